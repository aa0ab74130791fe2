import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.ts';
import type { CredentialRow, IssuerRow } from '../import/row-schemas.ts';
import type { Database } from './database.ts';
import {
  type CredentialImportOutcome,
  type ImportBatch,
  importCredentialBatches,
  importIssuerBatches,
  importIssuers,
  type RowProblem,
} from './import-records.ts';

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

/** An import's outcome: the counts given, and 0 (or no replacement) for the others. */
function outcomeOf(counts: Partial<CredentialImportOutcome>): CredentialImportOutcome {
  return { imported: 0, inserted: 0, updated: 0, unchanged: 0, refused: 0, replacement: null, ...counts };
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
    expect(outcome).toEqual(outcomeOf({ imported: 3, inserted: 3 }));
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
    expect(outcome).toEqual(outcomeOf({ refused: 2 }));
    expect(problems).toEqual([
      { line: 4, message: 'issuer_id: no issuer "nobody" (import issuers first)', owner: 'nobody' },
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
    expect(outcome).toEqual(outcomeOf({ imported: 2, inserted: 2, refused: 1 }));
    expect(problems).toEqual([{ line: 3, message: 'issuer_id: no issuer "nobody" (import issuers first)', owner: 'nobody' }]);
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
    expect(outcome).toEqual(outcomeOf({ imported: 10, inserted: 10 }));
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
    expect(outcome).toEqual(outcomeOf({ refused: 1 }));
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
    expect(outcome).toEqual(outcomeOf({ imported: 5, inserted: 3, updated: 1, unchanged: 1 }));
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

describe('importCredentialBatches counts', () => {
  it('tells new, updated and unchanged rows apart when the file is imported again', async () => {
    await importIssuers(database, [{ line: 2, value: acme }]);
    await importCredentialBatches(database, batchesOf([credential(1), credential(2)], 10), { skipInvalid: false });
    const again = await importCredentialBatches(
      database,
      batchesOf([credential(1), credential(2, { status: 'draft' }), credential(3)], 10),
      { skipInvalid: false },
    );
    expect(again).toEqual(outcomeOf({ imported: 3, inserted: 1, updated: 1, unchanged: 1 }));
  });
});

describe('importIssuerBatches', () => {
  it('counts new, updated and unchanged issuers, and leaves an unchanged one as it was', async () => {
    const beta: IssuerRow = { ...acme, id: 'beta', name: 'Beta College' };
    const first = await importIssuerBatches(database, [{ rows: [{ line: 2, value: acme }, { line: 3, value: beta }], errors: [] }], {
      skipInvalid: false,
    });
    expect(first).toEqual({ imported: 2, inserted: 2, updated: 0, unchanged: 0, refused: 0 });
    const before = await query<{ id: string; updated_at: string }>('select id, updated_at::text from issuers order by id');

    const renamed = { ...beta, aliases: ['BC'] };
    const gamma: IssuerRow = { ...acme, id: 'gamma', name: 'Gamma School' };
    const rows = [acme, renamed, gamma].map((value, index) => ({ line: index + 2, value }));
    const second = await importIssuerBatches(database, [{ rows, errors: [] }], { skipInvalid: false });
    expect(second).toEqual({ imported: 3, inserted: 1, updated: 1, unchanged: 1, refused: 0 });
    const after = await query<{ id: string; updated_at: string; aliases: string[] }>(
      'select id, updated_at::text, aliases from issuers order by id',
    );
    expect(after[0]).toEqual({ ...before[0], aliases: [] });
    expect(after[1]).toMatchObject({ id: 'beta', aliases: ['BC'] });
    expect(after[1]?.updated_at).not.toBe(before[1]?.updated_at);
  });
});

describe('importCredentialBatches with replace', () => {
  const beta: IssuerRow = { ...acme, id: 'beta', name: 'Beta College' };

  /** acme holds c-1…c-4, beta c-11 and c-12. */
  async function seedTwoIssuers(): Promise<void> {
    await importIssuers(database, [
      { line: 2, value: acme },
      { line: 3, value: beta },
    ]);
    const rows = [1, 2, 3, 4].map((n) => credential(n)).concat([11, 12].map((n) => credential(n, { issuerId: 'beta' })));
    await importCredentialBatches(database, batchesOf(rows, 10), { skipInvalid: false });
  }

  async function ids(): Promise<string[]> {
    return (await query<{ id: string }>('select id from credentials order by id')).map((row) => row.id);
  }

  it('withdraws the credentials of each issuer in the file that the file does not list, and leaves other issuers alone', async () => {
    await seedTwoIssuers();
    const outcome = await importCredentialBatches(
      database,
      batchesOf([credential(1), credential(3, { courseName: 'Renamed' }), credential(5)], 2),
      { skipInvalid: false, replace: true },
    );
    expect(outcome).toEqual(
      outcomeOf({
        imported: 3,
        inserted: 1,
        updated: 1,
        unchanged: 1,
        replacement: { withdrawn: 2, kept: [], keptEveryIssuer: false },
      }),
    );
    expect(await ids()).toEqual(['c-1', 'c-11', 'c-12', 'c-3', 'c-5']);
  });

  it('withdraws nothing without replace', async () => {
    await seedTwoIssuers();
    const outcome = await importCredentialBatches(database, batchesOf([credential(1)], 2), { skipInvalid: false });
    expect(outcome.replacement).toBeNull();
    expect(await ids()).toHaveLength(6);
  });

  it('keeps a credential that moves to another issuer in the file', async () => {
    await seedTwoIssuers();
    const outcome = await importCredentialBatches(database, batchesOf([credential(11), credential(12)], 10), {
      skipInvalid: false,
      replace: true,
    });
    expect(outcome).toMatchObject({ updated: 2, replacement: { withdrawn: 4 } });
    expect(await query('select id, issuer_id from credentials order by id')).toEqual([
      { id: 'c-11', issuer_id: 'acme' },
      { id: 'c-12', issuer_id: 'acme' },
    ]);
  });

  it('withdraws nothing when a refused row rolls the import back', async () => {
    await seedTwoIssuers();
    const batches = batchesOf([credential(1)], 10);
    batches[0]?.errors.push({ line: 3, message: 'url: "ftp://x" is not an http(s) URL', owner: 'beta' });
    const outcome = await importCredentialBatches(database, batches, { skipInvalid: false, replace: true });
    expect(outcome).toEqual(outcomeOf({ refused: 1, replacement: { withdrawn: 0, kept: [], keptEveryIssuer: false } }));
    expect(await ids()).toHaveLength(6);
  });

  it('with skipInvalid does not replace an issuer with a refused row, and counts what it kept', async () => {
    await seedTwoIssuers();
    // acme's c-2 has a typo in its row: withdrawing acme's unlisted credentials would take it from its learner.
    const batches = batchesOf([credential(1), credential(11, { issuerId: 'beta' })], 10);
    batches[0]?.errors.push({ line: 4, message: 'recipient_email: "lee@" is not a valid email address', owner: 'acme' });
    const outcome = await importCredentialBatches(database, batches, { skipInvalid: true, replace: true });
    expect(outcome.replacement).toEqual({ withdrawn: 1, kept: [{ issuerId: 'acme', count: 3 }], keptEveryIssuer: false });
    expect(await ids()).toEqual(['c-1', 'c-11', 'c-2', 'c-3', 'c-4']);
  });

  it('with skipInvalid replaces no issuer when a refused row names no issuer that could be read', async () => {
    await seedTwoIssuers();
    const batches = batchesOf([credential(1), credential(11, { issuerId: 'beta' })], 10);
    batches[0]?.errors.push({ line: 4, message: 'has 2 fields but the header has 8' });
    const outcome = await importCredentialBatches(database, batches, { skipInvalid: true, replace: true });
    expect(outcome.replacement).toEqual({
      withdrawn: 0,
      kept: [
        { issuerId: 'acme', count: 3 },
        { issuerId: 'beta', count: 1 },
      ],
      keptEveryIssuer: true,
    });
    expect(await ids()).toHaveLength(6);
  });

  it('replaces on a large load, into an empty table or rebuilding the indexes of a small one', async () => {
    await importIssuers(database, [
      { line: 2, value: acme },
      { line: 3, value: beta },
    ]);
    const shape = await indexAndKeyNames();
    const large = Array.from({ length: 10 }, (_, n) => credential(n));
    const intoEmpty = await importCredentialBatches(database, batchesOf(large, 3), {
      skipInvalid: false,
      replace: true,
      rebuildIndexesFromRows: 4,
    });
    expect(intoEmpty).toEqual(
      outcomeOf({ imported: 10, inserted: 10, replacement: { withdrawn: 0, kept: [], keptEveryIssuer: false } }),
    );

    await database.sql.executeSql("delete from credentials where id not in ('c-0', 'c-1', 'c-2')");
    await importCredentialBatches(database, batchesOf([credential(50, { issuerId: 'beta' })], 3), { skipInvalid: false });
    const rebuilt = await importCredentialBatches(database, batchesOf(large.slice(1), 3), {
      skipInvalid: false,
      replace: true,
      rebuildIndexesFromRows: 4,
    });
    expect(rebuilt).toEqual(
      outcomeOf({
        imported: 9,
        inserted: 7,
        unchanged: 2,
        replacement: { withdrawn: 1, kept: [], keptEveryIssuer: false },
      }),
    );
    expect(await indexAndKeyNames()).toEqual(shape);
    expect(await query("select id from credentials where id in ('c-0', 'c-50') order by id")).toEqual([{ id: 'c-50' }]);
  });
});
