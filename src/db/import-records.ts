import { sql } from 'drizzle-orm';
import { addressKeys } from '../core/addresses.ts';
import type { CredentialRow, IssuerRow } from '../import/row-schemas.ts';
import type { CopyWriter, Database, TransactionScope } from './database.ts';
import { issuers } from './schema.ts';

/*
 * Imports upsert by id in one transaction. Rows arrive in batches as a file is read; every problem is reported
 * as it is found, and a problem without `skipInvalid` rolls the whole import back (reading goes on, writing
 * nothing more, so that one run names every bad row).
 *
 * Credentials are copied (COPY) into a temporary table and upserted from there with one statement, or, for a
 * large load into an empty table, copied straight into it (see CredentialWriter). When the import has at
 * least twice as many rows as the table, its secondary indexes and foreign keys are dropped while the rows
 * go in and built again after: building an index sorts once, while maintaining it costs a random page
 * access per row and index, which on millions of rows is many times slower (5M rows into an empty table:
 * 378 s with the indexes kept, about 115 s with them rebuilt). Lookups wait while the indexes are missing:
 * the table is locked from the drop to the commit.
 */

/** Rows per INSERT of issuers: large enough to amortise round trips, far below PostgreSQL's 65,535 parameters. */
const ISSUER_BATCH_SIZE = 1000;
/** Below this many rows keeping the indexes up to date costs less than building them again. */
const MIN_ROWS_TO_REBUILD_INDEXES = 50_000;
const INDEX_BUILD_MEMORY = '256MB';

export interface NumberedRow<T> {
  line: number;
  value: T;
}

export interface RowProblem {
  line: number;
  message: string;
}

/** Rows as a file reader yields them: the valid ones, and the problems of the others. */
export interface ImportBatch<T> {
  rows: NumberedRow<T>[];
  errors: RowProblem[];
}

export interface BatchImportOptions {
  skipInvalid: boolean;
  /** Receives the problems of each batch, sorted by line: the file's own, and unknown issuers. */
  onProblems?: (problems: RowProblem[]) => void;
  /** From how many rows the indexes are built after the load rather than kept up to date (tests lower it). */
  rebuildIndexesFromRows?: number;
}

export interface BatchImportOutcome {
  /** Rows written; 0 when a problem without `skipInvalid` rolled the import back. */
  imported: number;
  /** Lines with a problem: refused, or the reason nothing was imported. */
  refused: number;
}

export interface ImportOutcome {
  imported: number;
  /** Rows refused because of what is in the database (an unknown issuer), with their lines. */
  problems: RowProblem[];
}

/** Upserts issuers by id in one transaction. */
export async function importIssuers(database: Database, rows: NumberedRow<IssuerRow>[]): Promise<ImportOutcome> {
  const { imported } = await importIssuerBatches(database, [{ rows, errors: [] }], { skipInvalid: false });
  return { imported, problems: [] };
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
  const problems: RowProblem[] = [];
  const onProblems = (found: RowProblem[]) => problems.push(...found);
  const { imported } = await importCredentialBatches(database, [{ rows, errors: [] }], { ...options, onProblems });
  return { imported, problems };
}

export function importIssuerBatches(
  database: Database,
  batches: AsyncIterable<ImportBatch<IssuerRow>> | Iterable<ImportBatch<IssuerRow>>,
  options: BatchImportOptions,
): Promise<BatchImportOutcome> {
  return importInOneTransaction(database, batches, options, async (scope) => ({
    refuse: () => null,
    async write(rows) {
      for (let start = 0; start < rows.length; start += ISSUER_BATCH_SIZE) {
        const batch = rows.slice(start, start + ISSUER_BATCH_SIZE);
        await scope.db
          .insert(issuers)
          .values(batch.map(({ value }) => ({ ...value, updatedAt: new Date() })))
          .onConflictDoUpdate({ target: issuers.id, set: excludedColumns(ISSUER_UPDATED_COLUMNS) });
      }
    },
    async finish() {},
    abort() {},
  }));
}

export async function importCredentialBatches(
  database: Database,
  batches: AsyncIterable<ImportBatch<CredentialRow>> | Iterable<ImportBatch<CredentialRow>>,
  options: BatchImportOptions,
): Promise<BatchImportOutcome> {
  let writer: CredentialWriter | undefined;
  const outcome = await importInOneTransaction(database, batches, options, async (scope) => {
    writer = await CredentialWriter.open(scope, options.rebuildIndexesFromRows ?? MIN_ROWS_TO_REBUILD_INDEXES);
    return writer;
  });
  // Statistics of a table that has at least doubled would mislead the planner until autovacuum catches up.
  if (writer?.rebuiltIndexes === true) await database.sql.executeSql('analyze credentials');
  return outcome;
}

interface RowWriter<T> {
  /** Why a valid row cannot be imported, or null. */
  refuse(row: T): string | null;
  write(rows: NumberedRow<T>[]): Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}

/** Thrown inside the transaction to roll it back when a problem was found without `skipInvalid`. */
class NothingImported extends Error {
  constructor(readonly refused: number) {
    super('nothing imported');
  }
}

async function importInOneTransaction<T>(
  database: Database,
  batches: AsyncIterable<ImportBatch<T>> | Iterable<ImportBatch<T>>,
  options: BatchImportOptions,
  openWriter: (scope: TransactionScope) => Promise<RowWriter<T>>,
): Promise<BatchImportOutcome> {
  try {
    return await database.transaction(async (scope) => {
      const writer = await openWriter(scope);
      try {
        let imported = 0;
        let refused = 0;
        for await (const batch of batches) {
          const problems = [...batch.errors];
          const accepted: NumberedRow<T>[] = [];
          for (const row of batch.rows) {
            const problem = writer.refuse(row.value);
            if (problem === null) accepted.push(row);
            else problems.push({ line: row.line, message: problem });
          }
          if (problems.length > 0) {
            problems.sort((a, b) => a.line - b.line);
            refused += new Set(problems.map((problem) => problem.line)).size;
            options.onProblems?.(problems);
            if (!options.skipInvalid) writer.abort();
          }
          if (refused > 0 && !options.skipInvalid) continue;
          if (accepted.length > 0) await writer.write(accepted);
          imported += accepted.length;
        }
        if (refused > 0 && !options.skipInvalid) throw new NothingImported(refused);
        await writer.finish();
        return { imported, refused };
      } catch (error) {
        writer.abort();
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof NothingImported) return { imported: 0, refused: error.refused };
    throw error;
  }
}

const ISSUER_UPDATED_COLUMNS = ['name', 'contact_name', 'contact_email', 'support_url', 'aliases', 'updated_at'];

function excludedColumns(columns: string[]) {
  return Object.fromEntries(columns.map((column) => [toCamel(column), sql.raw(`excluded.${column}`)]));
}

function toCamel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

async function selectIssuerIds(scope: TransactionScope): Promise<Set<string>> {
  const { rows } = await scope.sql.executeSql('select id from issuers');
  return new Set(rows.map((row: { id: string }) => row.id));
}

const STAGED_CREDENTIALS = 'credbot_staged_credentials';

/**
 * Rows arrive in small batches (few rows alive at a time are cheaper to collect); their COPY lines are
 * gathered into writes of about this many characters, some hundred rows each, as every write is a socket write.
 */
const COPY_WRITE_CHARS = 32 * 1024;

/** The columns of `credentials` an import writes, in the order of each COPY line. */
const STAGED_COLUMNS = [
  'id',
  'issuer_id',
  'recipient_email',
  'recipient_name',
  'course_name',
  'url',
  'status',
  'issued_at',
  'mailbox_key',
  'near_domain',
  'near_local',
  'near_local_reversed',
] as const;

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/** A value in COPY's text format. (The row schemas refuse NUL, which PostgreSQL cannot store.) */
function copyValue(value: string | null): string {
  if (value === null) return '\\N';
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (char) => ESCAPES[char] ?? char) : value;
}

function needsEscape(value: string | null): boolean {
  return value !== null && NEEDS_ESCAPE.test(value);
}

/**
 * One credential as a COPY line, in STAGED_COLUMNS order, with the matching keys of its recipient address
 * (stored in its canonical form: for a valid address, the email key is the normalised address).
 */
function toCopyLine(row: CredentialRow): string {
  const keys = addressKeys(row.recipientEmail);
  const { domain, local } = keys.nearMiss;
  const issuedOn = dateText(row.issuedAt);
  // The keys are made of the canonical address's characters (and provider names): if neither it nor the
  // other values need escaping, none does. (Testing each value allocates less than testing them joined.)
  const name = row.recipientName;
  if (
    !needsEscape(row.id) &&
    !needsEscape(row.issuerId) &&
    !needsEscape(keys.email) &&
    !needsEscape(name) &&
    !needsEscape(row.courseName) &&
    !needsEscape(row.url)
  ) {
    return (
      `${row.id}\t${row.issuerId}\t${keys.email}\t${name ?? '\\N'}\t${row.courseName}\t${row.url}\t${row.status}\t` +
      `${issuedOn}\t${keys.mailbox}\t${domain}\t${local}\t${reverse(local)}\n`
    );
  }
  return `${[
    row.id,
    row.issuerId,
    keys.email,
    name,
    row.courseName,
    row.url,
    row.status,
    issuedOn,
    keys.mailbox,
    domain,
    local,
    reverse(local),
  ]
    .map(copyValue)
    .join('\t')}\n`;
}

// An import holds a few thousand distinct dates, and toISOString cost a fifth of building a COPY line.
const MAX_REMEMBERED_DATES = 4096;
const rememberedDates = new Map<number, string>();

/** The UTC date of `date` as `YYYY-MM-DD`. */
function dateText(date: Date): string {
  const time = date.getTime();
  let text = rememberedDates.get(time);
  if (text === undefined) {
    text = date.toISOString().slice(0, 10);
    if (rememberedDates.size >= MAX_REMEMBERED_DATES) rememberedDates.clear();
    rememberedDates.set(time, text);
  }
  return text;
}

/** By code point, as PostgreSQL's reverse() does. */
function reverse(text: string): string {
  if (HAS_SURROGATE.test(text)) return Array.from(text).reverse().join('');
  let reversed = '';
  for (let index = text.length - 1; index >= 0; index--) reversed += text[index];
  return reversed;
}

const DATA_COLUMNS = STAGED_COLUMNS.filter((column) => column !== 'id');
const STAGED_VALUES = STAGED_COLUMNS.map((column) => (column === 'issued_at' ? 'issued_at::date' : column));

const INSERT_STAGED = `insert into credentials (${STAGED_COLUMNS.join(', ')}, updated_at)
  select ${STAGED_VALUES.join(', ')}, now() from ${STAGED_CREDENTIALS}`;

/** A row whose values are all unchanged is left alone: re-importing a file writes only what changed. */
const UPSERT_STAGED = `${INSERT_STAGED}
  on conflict (id) do update set ${[...DATA_COLUMNS, 'updated_at'].map((column) => `${column} = excluded.${column}`).join(', ')}
  where (${DATA_COLUMNS.map((column) => `credentials.${column}`).join(', ')})
    is distinct from (${DATA_COLUMNS.map((column) => `excluded.${column}`).join(', ')})`;

/**
 * Writes credentials in one of two ways. Rows are staged (copied into a temporary table) and upserted in one
 * statement at the end, rebuilding the indexes then if the import has at least twice the table's rows. But
 * when the table is empty once MIN_ROWS_TO_REBUILD_INDEXES rows are staged, it is locked against other
 * writers, stripped of its secondary indexes and foreign keys, and the rest of the file is copied straight
 * into it while it is read; the indexes are built once at the end.
 */
class CredentialWriter implements RowWriter<CredentialRow> {
  readonly #scope: TransactionScope;
  readonly #knownIssuers: Set<string>;
  readonly #rebuildFrom: number;
  #copy: CopyWriter;
  #staged = 0;
  /** What makes the table whole again after a load straight into it; null while staging. */
  #restore: string[] | null = null;
  #checkedForEmptyTable = false;
  /** COPY lines not yet written, up to COPY_WRITE_CHARS. */
  #unwritten = '';
  /** Once finished: whether the indexes were built again (so the table's statistics are worth refreshing). */
  rebuiltIndexes = false;

  private constructor(scope: TransactionScope, knownIssuers: Set<string>, rebuildFrom: number, copy: CopyWriter) {
    this.#scope = scope;
    this.#knownIssuers = knownIssuers;
    this.#rebuildFrom = rebuildFrom;
    this.#copy = copy;
  }

  static async open(scope: TransactionScope, rebuildFrom: number): Promise<CredentialWriter> {
    const knownIssuers = await selectIssuerIds(scope);
    const columns = STAGED_COLUMNS.map((column) => `${column} text`).join(', ');
    await scope.sql.executeSql(`create temporary table ${STAGED_CREDENTIALS} (${columns}) on commit drop`);
    const copy = await scope.copyInto(STAGED_CREDENTIALS, STAGED_COLUMNS);
    return new CredentialWriter(scope, knownIssuers, rebuildFrom, copy);
  }

  refuse(row: CredentialRow): string | null {
    return this.#knownIssuers.has(row.issuerId) ? null : `issuer_id: no issuer "${row.issuerId}" (import issuers first)`;
  }

  async write(rows: NumberedRow<CredentialRow>[]): Promise<void> {
    for (const { value } of rows) {
      this.#unwritten += toCopyLine(value);
      if (this.#unwritten.length >= COPY_WRITE_CHARS) await this.#flush();
    }
    this.#staged += rows.length;
    if (!this.#checkedForEmptyTable && this.#staged >= this.#rebuildFrom) {
      this.#checkedForEmptyTable = true;
      await this.#flush();
      await this.#copy.end();
      this.#copy = (await this.#loadStraightIntoEmptyTable()) ?? (await this.#scope.copyInto(STAGED_CREDENTIALS, STAGED_COLUMNS));
    }
  }

  async #flush(): Promise<void> {
    const text = this.#unwritten;
    this.#unwritten = '';
    if (text !== '') await this.#copy.write(text);
  }

  async finish(): Promise<void> {
    await this.#flush();
    await this.#copy.end();
    let restore = this.#restore;
    if (restore === null) {
      if (this.#staged === 0) return;
      // A re-import of about as many rows as the table holds mostly changes nothing: rows left alone cost no
      // index maintenance, while a rebuild would sort every row again.
      const rebuild =
        this.#staged >= this.#rebuildFrom && (await this.#tableHoldsAtMost(Math.floor(this.#staged / 2)));
      restore = rebuild ? await dropSecondaryIndexesAndForeignKeys(this.#scope) : [];
      await this.#scope.sql.executeSql(UPSERT_STAGED);
    }
    for (const statement of restore) await this.#scope.sql.executeSql(statement);
    this.rebuiltIndexes = restore.length > 0;
  }

  abort(): void {
    this.#copy.abort();
  }

  /** When the table is empty: moves the staged rows into it and returns a copy into it, else null. */
  async #loadStraightIntoEmptyTable(): Promise<CopyWriter | null> {
    // SHARE keeps other writers out (they would conflict with the plain insert) but not readers.
    await this.#scope.sql.executeSql('lock table credentials in share mode');
    if (!(await this.#tableHoldsAtMost(0))) return null;
    this.#restore = await dropSecondaryIndexesAndForeignKeys(this.#scope);
    // Empty and locked: no id can conflict (ids are unique within an import), so no conflict check.
    await this.#scope.sql.executeSql(INSERT_STAGED);
    await this.#scope.sql.executeSql(`truncate ${STAGED_CREDENTIALS}`);
    return this.#scope.copyInto('credentials', STAGED_COLUMNS);
  }

  async #tableHoldsAtMost(rows: number): Promise<boolean> {
    const { rows: found } = await this.#scope.sql.executeSql(
      'select count(*)::int as existing from (select 1 from credentials limit $1) as sample',
      [rows + 1],
    );
    return (found[0]?.existing ?? 0) <= rows;
  }
}

/**
 * Drops the indexes of `credentials` that back no constraint, and its foreign keys (which would check every
 * row), taking an exclusive lock on it; returns the statements that create them again, read from the
 * catalog so that they are exactly what the migrations made.
 */
async function dropSecondaryIndexesAndForeignKeys(scope: TransactionScope): Promise<string[]> {
  const { rows: indexes } = await scope.sql.executeSql(
    `select quote_ident(index.relname) as name, pg_get_indexdef(index.oid) as definition
       from pg_index join pg_class as index on index.oid = pg_index.indexrelid
      where pg_index.indrelid = 'credentials'::regclass
        and not exists (select 1 from pg_constraint where pg_constraint.conindid = index.oid)`,
  );
  const { rows: foreignKeys } = await scope.sql.executeSql(
    `select quote_ident(conname) as name, pg_get_constraintdef(oid) as definition
       from pg_constraint where conrelid = 'credentials'::regclass and contype = 'f'`,
  );
  for (const { name } of foreignKeys) await scope.sql.executeSql(`alter table credentials drop constraint ${name}`);
  for (const { name } of indexes) await scope.sql.executeSql(`drop index ${name}`);
  return [
    // Sorts for the index builds in memory rather than on disk; SET LOCAL ends with the transaction.
    `set local maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`,
    ...foreignKeys.map(({ name, definition }) => `alter table credentials add constraint ${name} ${definition}`),
    ...indexes.map(({ definition }) => definition as string),
  ];
}
