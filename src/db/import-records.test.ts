import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.ts';
import type { CredentialRow, IssuerRow } from '../import/row-schemas.ts';
import type { Database } from './database.ts';
import { type ImportBatch, importCredentialBatches, importIssuers, type RowProblem } from './import-records.ts';

let testDb: TestDatabase;
let database: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  database = testDb.database;
});

afterAll(async () => {
  await testDb.drop();
});

// Each test starts from empty tables: some of them are about what an import does to an empty table.
beforeEach(async () => {
  await database.sql.executeSql('truncate credentials, issuers');
});

const acme: IssuerRow = {
  id: 'acme',
  name: 'Acme Academy',
  contactName: null,
  contactEmail: null,
  supportUrl: null,
  aliases: [],
};

function credential(n: number, overrides: Partial<CredentialRow> = {}): CredentialRow {
  return {
    id: `c-${n}`,
    issuerId: 'acme',
    recipientEmail: `Learner.${n}+certs@GoogleMail.com`,
    recipientName: `Lee ${n}`,
    courseName: `Course ${n}`,
    url: `https://badges.example/${n}`,
    status: 'published',
    issuedAt: new Date('2024-05-01T00:00:00Z'),
    ...overrides,
  };
}

/** Batches of `size` rows numbered from line 2, as a file reader yields them. */
function batchesOf(rows: CredentialRow[], size: number): ImportBatch<CredentialRow>[] {
  const batches: ImportBatch<CredentialRow>[] = [];
  for (let start = 0; start < rows.length; start += size) {
    batches.push({ rows: rows.slice(start, start + size).map((value, index) => ({ line: start + index + 2, value })), errors: [] });
  }
  return batches;
}

async function query<T>(text: string): Promise<T[]> {
  return (await database.sql.executeSql(text)).rows as T[];
}

async function indexAndKeyNames(): Promise<string[]> {
  const rows = await query<{ name: string }>(
    `select indexname as name from pg_indexes where tablename = 'credentials'
     union all select conname from pg_constraint where conrelid = 'credentials'::regclass order by 1`,
  );
  return rows.map((row) => row.name);
}

describe('importCredentialBatches', () => {
  it('writes the rows of every batch, with the matching keys derived from each address', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    const outcome = await importCredentialBatches(database, batchesOf([credential(1), credential(2), credential(3)], 2), {
      skipInvalid: false,
    });
    expect(outcome).toEqual({ imported: 3, refused: 0 });
    const rows = await query<Record<string, string>>(
      "select recipient_email, mailbox_key, near_domain, near_local, near_local_reversed, issued_at::text from credentials where id = 'c-1'",
    );
    expect(rows).toEqual([
      {
        recipient_email: 'learner.1+certs@googlemail.com',
        mailbox_key: 'learner1@gmail.com',
        near_domain: 'gmail.com',
        near_local: 'learner1',
        near_local_reversed: '1renrael',
        issued_at: '2024-05-01',
      },
    ]);
  });

  it('stores tabs, line breaks, backslashes and a missing name exactly', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    const courseName = 'Tabs\there,\nlines\r\nand a back\\slash \\N';
    await importCredentialBatches(database, batchesOf([credential(1, { courseName, recipientName: null })], 10), {
      skipInvalid: false,
    });
    expect(await query('select course_name, recipient_name from credentials')).toEqual([
      { course_name: courseName, recipient_name: null },
    ]);
  });

  it('writes every row of an import whose COPY text takes many writes, staged or loaded straight in', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    const rows = (from: number) =>
      Array.from({ length: 400 }, (_, n) =>
        credential(from + n, {
          courseName: `A course with a long name, to fill the COPY text sooner: ${'x'.repeat(100)} ${n}`,
          issuedAt: new Date(Date.UTC(2024, 0, 1 + (n % 40))),
        }),
      );
    await importCredentialBatches(database, batchesOf(rows(0), 7), { skipInvalid: false });
    await database.sql.executeSql('truncate credentials');
    await importCredentialBatches(database, batchesOf(rows(1000), 7), { skipInvalid: false, rebuildIndexesFromRows: 50 });
    await importCredentialBatches(database, batchesOf(rows(0), 7), { skipInvalid: false });
    expect(await query('select count(*)::int as count, count(distinct issued_at)::int as days from credentials')).toEqual([
      { count: 800, days: 40 },
    ]);
    expect(await query("select issued_at::text from credentials where id in ('c-41', 'c-1041')")).toEqual([
      { issued_at: '2024-01-02' },
      { issued_at: '2024-01-02' },
    ]);
  });

  it('writes nothing when a later batch has a problem, and reports every problem with its line', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    const batches = batchesOf([credential(1), credential(2), credential(3, { issuerId: 'nobody' }), credential(4)], 2);
    batches[1]?.errors.push({ line: 9, message: 'issued_at: "2024-02-30" is not a valid date' });
    const problems: RowProblem[] = [];
    const outcome = await importCredentialBatches(database, batches, {
      skipInvalid: false,
      onProblems: (found) => problems.push(...found),
    });
    expect(outcome).toEqual({ imported: 0, refused: 2 });
    expect(problems).toEqual([
      { line: 4, message: 'issuer_id: no issuer "nobody" (import issuers first)' },
      { line: 9, message: 'issued_at: "2024-02-30" is not a valid date' },
    ]);
    expect(await query('select id from credentials')).toEqual([]);
  });

  it('with skipInvalid writes the good rows and reports the others', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    const problems: RowProblem[] = [];
    const outcome = await importCredentialBatches(
      database,
      batchesOf([credential(1), credential(2, { issuerId: 'nobody' }), credential(3)], 2),
      { skipInvalid: true, onProblems: (found) => problems.push(...found) },
    );
    expect(outcome).toEqual({ imported: 2, refused: 1 });
    expect(problems).toEqual([{ line: 3, message: 'issuer_id: no issuer "nobody" (import issuers first)' }]);
    expect(await query('select id from credentials order by id')).toEqual([{ id: 'c-1' }, { id: 'c-3' }]);
  });

  it('leaves an unchanged row alone when the file is imported again, and updates a changed one', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    await importCredentialBatches(database, batchesOf([credential(1), credential(2)], 10), { skipInvalid: false });
    const before = await query<{ updated_at: string }>('select updated_at::text from credentials order by id');
    await importCredentialBatches(database, batchesOf([credential(1), credential(2, { status: 'draft' })], 10), {
      skipInvalid: false,
    });
    const after = await query<{ status: string; updated_at: string }>(
      'select status, updated_at::text from credentials order by id',
    );
    expect(after.map((row) => row.status)).toEqual(['published', 'draft']);
    expect(after[0]?.updated_at).toBe(before[0]?.updated_at);
    expect(after[1]?.updated_at).not.toBe(before[1]?.updated_at);
  });

  it('loads a large import into an empty table with its indexes and foreign key built again afterwards', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    const shape = await indexAndKeyNames();
    const rows = Array.from({ length: 10 }, (_, n) => credential(n));
    const outcome = await importCredentialBatches(database, batchesOf(rows, 3), {
      skipInvalid: false,
      rebuildIndexesFromRows: 4,
    });
    expect(outcome).toEqual({ imported: 10, refused: 0 });
    expect(await indexAndKeyNames()).toEqual(shape);
    expect(await query("select id from credentials where mailbox_key = 'learner7@gmail.com'")).toEqual([{ id: 'c-7' }]);
    expect(await query('select count(*)::int as count from credentials')).toEqual([{ count: 10 }]);
  });

  it('leaves the table, its indexes and its foreign key as they were when a large load fails', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    const shape = await indexAndKeyNames();
    const batches = batchesOf(Array.from({ length: 10 }, (_, n) => credential(n)), 3);
    batches[3]?.errors.push({ line: 12, message: 'url: "ftp://x" is not an http(s) URL' });
    const outcome = await importCredentialBatches(database, batches, { skipInvalid: false, rebuildIndexesFromRows: 4 });
    expect(outcome).toEqual({ imported: 0, refused: 1 });
    expect(await indexAndKeyNames()).toEqual(shape);
    expect(await query('select id from credentials')).toEqual([]);
  });

  it('fails with the database error when the database refuses a row, staged or loaded straight in', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    // Year 0 is valid in ISO 8601 (1 BC) but not as PostgreSQL date input; file rows never get here with it.
    const refused = credential(99, { issuedAt: new Date('0000-05-01T00:00:00Z') });
    const small = batchesOf([credential(1), refused], 10);
    const large = batchesOf([...Array.from({ length: 8 }, (_, n) => credential(n)), refused], 3);
    await expect(importCredentialBatches(database, small, { skipInvalid: false })).rejects.toThrow(/date/);
    await expect(
      importCredentialBatches(database, large, { skipInvalid: false, rebuildIndexesFromRows: 4 }),
    ).rejects.toThrow(/date/);
    expect(await query('select id from credentials')).toEqual([]);
  });

  it('upserts an import larger than a table that has rows, rebuilding the indexes', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    await importCredentialBatches(database, batchesOf([credential(1), credential(2)], 10), { skipInvalid: false });
    const shape = await indexAndKeyNames();
    const rows = [credential(1, { courseName: 'Renamed' }), credential(2), credential(3), credential(4), credential(5)];
    const outcome = await importCredentialBatches(database, batchesOf(rows, 2), {
      skipInvalid: false,
      rebuildIndexesFromRows: 4,
    });
    expect(outcome).toEqual({ imported: 5, refused: 0 });
    expect(await indexAndKeyNames()).toEqual(shape);
    expect(await query('select id, course_name from credentials order by id')).toEqual([
      { id: 'c-1', course_name: 'Renamed' },
      { id: 'c-2', course_name: 'Course 2' },
      { id: 'c-3', course_name: 'Course 3' },
      { id: 'c-4', course_name: 'Course 4' },
      { id: 'c-5', course_name: 'Course 5' },
    ]);
  });
});
