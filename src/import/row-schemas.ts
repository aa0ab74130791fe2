import { z } from 'zod';
import { normalizeEmailAddress } from '../core/addresses.ts';
import type { Credential, CredentialStatus, Issuer } from '../core/model.ts';
import { hasControlCharacters, toOneLine } from '../core/one-line.ts';

/*
 * One zod object per kind of import file, and how its columns become a row. The object's shape is the
 * contract of the file: its keys are the column names of a CSV header (and the keys of a JSON line), and a
 * column whose schema accepts `undefined` is optional. The generic collector in ./import-row-collector.ts
 * trims every value and turns empty ones into `undefined` before a schema sees it, so the schemas only
 * decide what a present value means.
 *
 * Issue messages complete the sentence `<column>: <message>`, e.g. `issued_at: "2024-02-30" is not a valid
 * date`; the collector prefixes the column.
 *
 * Each column is a bare z.transform rather than z.string().transform(…), and the renaming to a row happens
 * outside zod: in zod 4 every pipe has a cost per value that, over millions of values, is a large share of an
 * import's time (docs/performance.md).
 */

export type ImportKind = 'issuers' | 'credentials';

// A valid row is the domain's issuer or credential as it will be stored: the core's types, not a copy of them.
export type IssuerRow = Issuer;
export type CredentialRow = Credential;

// A value quoted back in a message is cut here: after a misplaced quote a whole file can land in one field.
const MAX_QUOTED_LENGTH = 60;

function quote(value: string): string {
  const quoted = JSON.stringify(value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value);
  // JSON escapes C0 controls but not DEL, C1 controls or U+2028/2029, which a terminal or a log may break lines at.
  return quoted.replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'boolean' ? String(value) : `a ${typeof value}`;
}

// PostgreSQL cannot store the NUL character in text; caught here, it is a bad row rather than a failed import.
const HAS_NUL = 'contains a NUL character';
const HAS_CONTROL = 'contains a line break, a tab or another control character';

/**
 * What a column does with control characters (core/one-line.ts): a name is read as one line, since a stray line
 * break in a spreadsheet cell is common and harmless once collapsed; an id, an address or a URL is refused, since
 * any change would make it another value.
 */
type ControlCharacters = 'refuse' | 'collapse';

function parseText<T>(
  input: unknown,
  context: z.RefinementCtx,
  parse: (value: string) => T | null,
  problem: string,
  controls: ControlCharacters,
): T {
  if (typeof input !== 'string') {
    const message = input === undefined ? 'is required' : `expected text, got ${describeValue(input)}`;
    context.addIssue({ code: 'custom', message, input });
    return z.NEVER;
  }
  let value = input;
  // One test for the common case, a value without any control character: this runs for every value of an import.
  if (hasControlCharacters(input)) {
    const refusal = input.includes('\u0000') ? HAS_NUL : controls === 'refuse' ? HAS_CONTROL : null;
    value = toOneLine(input);
    if (refusal !== null || value === '') {
      context.addIssue({ code: 'custom', message: `${quote(input)} ${refusal ?? HAS_CONTROL}`, input });
      return z.NEVER;
    }
  }
  const parsed = parse(value);
  if (parsed === null) {
    context.addIssue({ code: 'custom', message: `${quote(input)} ${problem}`, input });
    return z.NEVER;
  }
  return parsed;
}

/** A required text column whose value means something only when `parse` accepts it. */
function required<T>(parse: (value: string) => T | null, problem: string, controls: ControlCharacters = 'refuse') {
  return z.transform((input: unknown, context): T => parseText(input, context, parse, problem, controls));
}

/** An optional text column: null when missing, else as `required`. */
function optional<T>(parse: (value: string) => T | null, problem: string, controls: ControlCharacters = 'refuse') {
  return z.transform((input: unknown, context): T | null =>
    input === undefined ? null : parseText(input, context, parse, problem, controls),
  );
}

const text = required((value) => value, '');
const name = required((value) => value, '', 'collapse');
const optionalName = optional((value) => value, '', 'collapse');

// Whitespace is refused although URL would percent-encode it: the link is mailed to learners as written.
const HTTP_URL = /^https?:\/\/\S+$/i;

function parseHttpUrl(value: string): string | null {
  return HTTP_URL.test(value) && URL.canParse(value) ? value : null;
}

function parsePublicationStatus(value: string): CredentialStatus | null {
  const status = value.toLowerCase();
  return status === 'published' || status === 'draft' ? status : null;
}

// `2024-05-01`, or a date-time with `T` or a space, optional seconds and fraction, and `Z` or an offset.
// Groups: 1 year, 2 month, 3 day, 4 hour, 5 minute, 6 second, 7 fraction, 8 offset sign, 9 hours, 10 minutes.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
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
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const [year, month, day] = [groupNumber(match, 1), groupNumber(match, 2), groupNumber(match, 3)];
  const [hour, minute, second] = [groupNumber(match, 4), groupNumber(match, 5), groupNumber(match, 6)];
  const [offsetHours, offsetMinutes] = [groupNumber(match, 9), groupNumber(match, 10)];
  // Year 0 is 1 BC in ISO 8601, which PostgreSQL does not take as `0000-…`.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;
  const fraction = match[7];
  const milliseconds = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  let time = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
  if (year < 100) {
    // Date.UTC reads the years 0–99 as 1900–1999.
    const date = new Date(time);
    date.setUTCFullYear(year, month - 1, day);
    time = date.getTime();
  }
  const offset = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return new Date(time - offset * 60_000);
}

// A file holds few distinct dates (many rows a day), and matching ISO_DATE costs more than reading a row's CSV:
// the time each text stands for is remembered. Bounded, as a file may hold
// any number of them.
const MAX_REMEMBERED_DATES = 4096;
const rememberedDates = new Map<string, number | null>();

/** parseIsoDate, remembered; a fresh Date each time, as the caller may change it. */
function parseIsoDateRemembered(value: string): Date | null {
  let time = rememberedDates.get(value);
  if (time === undefined) {
    time = parseIsoDate(value)?.getTime() ?? null;
    if (rememberedDates.size >= MAX_REMEMBERED_DATES) rememberedDates.clear();
    rememberedDates.set(value, time);
  }
  return time === null ? null : new Date(time);
}

// A function of its own, not a closure made per call: this runs for every row of an import.
function groupNumber(match: RegExpExecArray, group: number): number {
  return Number(match[group] ?? 0);
}

// Recipient addresses are kept as written; the importer derives the canonical keys when it stores them.
function parseRecipientEmail(value: string): string | null {
  return normalizeEmailAddress(value) === null ? null : value;
}

const NOT_AN_ADDRESS = 'is not a valid email address';
const NOT_A_URL = 'is not an http(s) URL';

/** `|`-separated text, or in a JSON line a list of text; each read as one line, without empty or repeated names. */
const aliasList = z.transform((value: unknown, context): string[] => {
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
  if (names.some((alias) => alias.includes('\u0000'))) {
    context.addIssue({ code: 'custom', message: `a name ${HAS_NUL}`, input: value });
    return z.NEVER;
  }
  return [...new Set(names.map((alias) => toOneLine(alias).trim()).filter((alias) => alias !== ''))];
});

/** How one kind of file is read: its columns, and the row they make once valid. */
export interface ImportRowSpec<T, C extends z.ZodObject = z.ZodObject> {
  /** One schema per column; an `id` column is required, and unique within a file. */
  columns: C;
  toRow(columns: z.output<C>): T;
  /**
   * The column naming whom a row belongs to (a credential's issuer). A refused row's problems name its owner
   * when that column could be read, so that `import credentials --replace` can leave that owner's rows alone.
   */
  ownerColumn?: keyof z.output<C> & string;
}

const issuerColumns = z.object({
  id: text,
  name,
  contact_name: optionalName,
  contact_email: optional(normalizeEmailAddress, NOT_AN_ADDRESS),
  support_url: optional(parseHttpUrl, NOT_A_URL),
  aliases: aliasList,
});

export const issuerRows: ImportRowSpec<IssuerRow, typeof issuerColumns> = {
  columns: issuerColumns,
  toRow: (columns) => ({
    id: columns.id,
    name: columns.name,
    contactName: columns.contact_name,
    contactEmail: columns.contact_email,
    supportUrl: columns.support_url,
    aliases: columns.aliases,
  }),
};

const credentialColumns = z.object({
  id: text,
  issuer_id: text,
  recipient_email: required(parseRecipientEmail, NOT_AN_ADDRESS),
  recipient_name: optionalName,
  course_name: name,
  url: required(parseHttpUrl, NOT_A_URL),
  status: required(parsePublicationStatus, 'is not "published" or "draft"'),
  issued_at: required(parseIsoDateRemembered, 'is not a valid date'),
});

export const credentialRows: ImportRowSpec<CredentialRow, typeof credentialColumns> = {
  columns: credentialColumns,
  toRow: (columns) => ({
    id: columns.id,
    issuerId: columns.issuer_id,
    recipientEmail: columns.recipient_email,
    recipientName: columns.recipient_name,
    courseName: columns.course_name,
    url: columns.url,
    status: columns.status,
    issuedAt: columns.issued_at,
  }),
  ownerColumn: 'issuer_id',
};

export interface ImportRowTypes {
  issuers: IssuerRow;
  credentials: CredentialRow;
}

export type ImportRow<K extends ImportKind> = ImportRowTypes[K];

export const importRowSpecs: { [K in ImportKind]: ImportRowSpec<ImportRowTypes[K]> } = {
  issuers: issuerRows,
  credentials: credentialRows,
};
