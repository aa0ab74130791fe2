import { inArray, sql } from 'drizzle-orm';
import { fuzzyMailboxKey, mailboxKey, nearMissParts, normalizeEmailAddress } from '../core/addresses.ts';
import type { CredentialRow, IssuerRow } from '../import/row-schemas.ts';
import type { Database, Drizzle } from './database.ts';
import { credentials, issuers } from './schema.ts';

/** Rows per INSERT: large enough to amortise round trips, far below PostgreSQL's 65,535 parameters. */
const BATCH_SIZE = 1000;

export interface NumberedRow<T> {
  line: number;
  value: T;
}

export interface RowProblem {
  line: number;
  message: string;
}

export interface ImportOutcome {
  imported: number;
  /** Rows refused because of what is in the database (an unknown issuer), with their lines. */
  problems: RowProblem[];
}

/** Upserts issuers by id in one transaction. */
export async function importIssuers(database: Database, rows: NumberedRow<IssuerRow>[]): Promise<ImportOutcome> {
  await database.transaction(async ({ db }) => {
    for (const batch of batches(rows)) {
      await db
        .insert(issuers)
        .values(batch.map(({ value }) => ({ ...value, updatedAt: new Date() })))
        .onConflictDoUpdate({ target: issuers.id, set: excludedColumns(['name', 'contact_name', 'contact_email', 'support_url', 'aliases', 'updated_at']) });
    }
  });
  return { imported: rows.length, problems: [] };
}

/**
 * Upserts credentials by id in one transaction, deriving the matching keys from each recipient address.
 * A row naming an unknown issuer is a problem: with `skipInvalid` it is left out, otherwise nothing is written.
 */
export async function importCredentials(
  database: Database,
  rows: NumberedRow<CredentialRow>[],
  options: { skipInvalid: boolean },
): Promise<ImportOutcome> {
  return database.transaction(async ({ db }) => {
    const known = await findKnownIssuerIds(db, rows);
    const problems: RowProblem[] = [];
    const accepted = rows.filter((row) => {
      if (known.has(row.value.issuerId)) return true;
      problems.push({ line: row.line, message: `issuer_id: no issuer "${row.value.issuerId}" (import issuers first)` });
      return false;
    });
    if (problems.length > 0 && !options.skipInvalid) return { imported: 0, problems };

    for (const batch of batches(accepted)) {
      await db
        .insert(credentials)
        .values(batch.map(({ value }) => toCredentialRecord(value)))
        .onConflictDoUpdate({
          target: credentials.id,
          set: excludedColumns([
            'issuer_id',
            'recipient_email',
            'recipient_name',
            'course_name',
            'url',
            'status',
            'issued_at',
            'mailbox_key',
            'fuzzy_key',
            'near_domain',
            'near_local',
            'near_local_reversed',
            'updated_at',
          ]),
        });
    }
    return { imported: accepted.length, problems };
  });
}

function toCredentialRecord(row: CredentialRow): typeof credentials.$inferInsert {
  const address = normalizeEmailAddress(row.recipientEmail) ?? row.recipientEmail.trim().toLowerCase();
  const parts = nearMissParts(address);
  return {
    id: row.id,
    issuerId: row.issuerId,
    recipientEmail: address,
    recipientName: row.recipientName,
    courseName: row.courseName,
    url: row.url,
    status: row.status,
    issuedAt: row.issuedAt.toISOString().slice(0, 10),
    mailboxKey: mailboxKey(address),
    fuzzyKey: fuzzyMailboxKey(address),
    nearDomain: parts.domain,
    nearLocal: parts.local,
    nearLocalReversed: [...parts.local].reverse().join(''),
    updatedAt: new Date(),
  };
}

async function findKnownIssuerIds(db: Drizzle, rows: NumberedRow<CredentialRow>[]): Promise<Set<string>> {
  const wanted = [...new Set(rows.map((row) => row.value.issuerId))];
  const known = new Set<string>();
  for (const batch of batches(wanted)) {
    const found = await db.select({ id: issuers.id }).from(issuers).where(inArray(issuers.id, batch));
    for (const { id } of found) known.add(id);
  }
  return known;
}

function excludedColumns(columns: string[]) {
  return Object.fromEntries(columns.map((column) => [toCamel(column), sql.raw(`excluded.${column}`)]));
}

function toCamel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) yield items.slice(start, start + BATCH_SIZE);
}
