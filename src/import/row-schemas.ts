import { z } from 'zod';
import { normalizeEmailAddress } from '../core/addresses.ts';

/*
 * One zod schema per kind of import file. Its object shape is the contract of the file: the keys are the
 * column names of a CSV header (and the keys of a JSON line), and a key whose schema accepts `undefined` is
 * an optional column. The generic reader in ./import-row-collector.ts trims every value and turns empty
 * ones into `undefined` before a schema sees it, so the schemas only decide what a present value means.
 *
 * Issue messages complete the sentence `<column>: <message>`, e.g. `issued_at: "2024-02-30" is not a valid
 * date`; the collector prefixes the column.
 */

export type ImportKind = 'issuers' | 'credentials';

export interface IssuerRow {
  id: string;
  name: string;
  contactName: string | null;
  contactEmail: string | null;
  supportUrl: string | null;
  aliases: string[];
}

export interface CredentialRow {
  id: string;
  issuerId: string;
  recipientEmail: string;
  recipientName: string | null;
  courseName: string;
  url: string;
  status: 'published' | 'draft';
  issuedAt: Date;
}

// A value quoted back in a message is cut here: after a misplaced quote a whole file can land in one field.
const MAX_QUOTED_LENGTH = 60;

function quote(value: string): string {
  return JSON.stringify(value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'boolean' ? String(value) : `a ${typeof value}`;
}

const text = z.string({
  error: (issue) => (issue.input === undefined ? 'is required' : `expected text, got ${describeValue(issue.input)}`),
});

/** A text column whose value means something only when `parse` accepts it; `problem` follows the quoted value. */
function parsedText<T>(parse: (value: string) => T | null, problem: string) {
  return text.transform((value, context): T => {
    const parsed = parse(value);
    if (parsed === null) {
      context.addIssue({ code: 'custom', message: `${quote(value)} ${problem}`, input: value });
      return z.NEVER;
    }
    return parsed;
  });
}

// Whitespace is refused although URL would percent-encode it: the link is mailed to learners as written.
const HTTP_URL = /^https?:\/\/\S+$/i;

function parseHttpUrl(value: string): string | null {
  return HTTP_URL.test(value) && URL.canParse(value) ? value : null;
}

function parsePublicationStatus(value: string): CredentialRow['status'] | null {
  const status = value.toLowerCase();
  return status === 'published' || status === 'draft' ? status : null;
}

// `2024-05-01`, or a date-time with `T` or a space, optional seconds and fraction, and `Z` or an offset.
const ISO_DATE =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[Tt ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d+))?)?(?:[Zz]|(?<offsetSign>[+-])(?<offsetHours>\d{2})(?::?(?<offsetMinutes>\d{2}))?)?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && isLeapYear ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * An ISO 8601 date (UTC midnight) or date-time, refusing dates that do not exist such as `2024-02-30`
 * (Date.parse would roll those over into March). A date-time without an offset is read as UTC.
 */
function parseIsoDate(value: string): Date | null {
  const parts = ISO_DATE.exec(value)?.groups;
  if (parts === undefined) return null;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [
    parts.year,
    parts.month,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.offsetHours,
    parts.offsetMinutes,
  ].map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;
  const milliseconds = Number((parts.fraction ?? '').slice(0, 3).padEnd(3, '0'));
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second, milliseconds));
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const offset = (parts.offsetSign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return new Date(date.getTime() - offset * 60_000);
}

// Recipient addresses are kept as written; the importer derives the canonical keys when it stores them.
function parseRecipientEmail(value: string): string | null {
  return normalizeEmailAddress(value) === null ? null : value;
}

const httpUrl = parsedText(parseHttpUrl, 'is not an http(s) URL');

/** `|`-separated text, or in a JSON line a list of text; trimmed, without empty or repeated names. */
const aliasList = z.unknown().transform((value, context): string[] => {
  if (value === undefined) return [];
  const names =
    typeof value === 'string'
      ? value.split('|')
      : Array.isArray(value) && value.every((name) => typeof name === 'string')
        ? (value as string[])
        : null;
  if (names === null) {
    context.addIssue({
      code: 'custom',
      message: `expected names separated by "|" or a list of text, got ${describeValue(value)}`,
      input: value,
    });
    return z.NEVER;
  }
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
});

export const issuerRowSchema = z
  .object({
    id: text,
    name: text,
    contact_name: text.optional(),
    contact_email: parsedText(normalizeEmailAddress, 'is not a valid email address').optional(),
    support_url: httpUrl.optional(),
    aliases: aliasList,
  })
  .transform(
    (columns): IssuerRow => ({
      id: columns.id,
      name: columns.name,
      contactName: columns.contact_name ?? null,
      contactEmail: columns.contact_email ?? null,
      supportUrl: columns.support_url ?? null,
      aliases: columns.aliases,
    }),
  );

export const credentialRowSchema = z
  .object({
    id: text,
    issuer_id: text,
    recipient_email: parsedText(parseRecipientEmail, 'is not a valid email address'),
    recipient_name: text.optional(),
    course_name: text,
    url: httpUrl,
    status: parsedText(parsePublicationStatus, 'is not "published" or "draft"'),
    issued_at: parsedText(parseIsoDate, 'is not a valid date'),
  })
  .transform(
    (columns): CredentialRow => ({
      id: columns.id,
      issuerId: columns.issuer_id,
      recipientEmail: columns.recipient_email,
      recipientName: columns.recipient_name ?? null,
      courseName: columns.course_name,
      url: columns.url,
      status: columns.status,
      issuedAt: columns.issued_at,
    }),
  );

/** A row schema: an object of columns (one of them `id`, unique within a file), then a mapping to the row. */
export type ImportRowSchema<T = unknown> = z.ZodPipe<z.ZodObject, z.ZodType<T>>;

export const importRowSchemas = {
  issuers: issuerRowSchema,
  credentials: credentialRowSchema,
} satisfies Record<ImportKind, ImportRowSchema>;

export type ImportRow<K extends ImportKind> = z.output<(typeof importRowSchemas)[K]>;
