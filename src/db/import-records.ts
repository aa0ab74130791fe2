import { sql } from 'drizzle-orm';
import { addressKeys } from '../core/addresses.ts';
import type { CredentialRow, IssuerRow } from '../import/row-schemas.ts';
import type { CopyWriter, Database, TransactionScope } from './database.ts';
import { issuers } from './schema.ts';

/*
 * Imports upsert by id in one transaction. Rows arrive in batches as a file is read; every problem is reported
 * as it is found, and a problem without `skipInvalid` rolls the whole import back (reading goes on, writing
 * nothing more, so that one run names every bad row). An import counts what it did: rows new, updated (a value
 * changed) and unchanged, told apart by the upsert itself (`xmax = 0` marks a row the statement inserted).
 *
 * With `replace`, a credential import is the whole truth for every issuer it names: that issuer's credentials
 * the file does not list are withdrawn, which means deleted. Nothing refers to a credential row: requests and
 * emails keep the ids and the rendered text of what they sent, so their history stays whole. A refused row
 * could be a credential the file means to keep, so an issuer with a refused row is not replaced, and a refused
 * row whose issuer cannot be read (a line that is no record, a missing or invalid issuer_id) keeps every issuer
 * from being replaced.
 *
 * Credentials are copied (COPY) into a temporary table and upserted from there with one statement, or, for a
 * large load into an empty table, copied straight into it (see CredentialWriter). When the import has at
 * least twice as many rows as the table, its secondary indexes and foreign keys are dropped while the rows
 * go in and built again after: building an index sorts once, while maintaining it costs a random page
 * access per row and index, which on millions of rows is several times slower (docs/performance.md). Lookups wait while the indexes are missing:
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
  /** The issuer a refused credential row names, when it could be read (see RowError.owner). */
  owner?: string;
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

export interface CredentialImportOptions extends BatchImportOptions {
  /** Withdraw the credentials of each issuer the file names that the file does not list (see above). */
  replace?: boolean;
}

/** What an upsert did with the rows it was given. */
export interface WriteCounts {
  /** Rows that were not in the table. */
  inserted: number;
  /** Rows that were, with a value the file changes. */
  updated: number;
}

export interface BatchImportOutcome extends WriteCounts {
  /** Valid rows of the file: inserted, updated or unchanged; 0 when a problem without `skipInvalid` rolled the import back. */
  imported: number;
  /** Rows that were in the table already, exactly as the file has them. */
  unchanged: number;
  /** Lines with a problem: refused, or the reason nothing was imported. */
  refused: number;
}

/** Credentials the file does not list that stayed, as the rows of their issuer were not all read. */
export interface KeptCredentials {
  issuerId: string;
  count: number;
}

export interface Replacement {
  /** Credentials deleted: of an issuer the file names, and not in the file. */
  withdrawn: number;
  /** By issuer, those that would have been withdrawn but for a refused row; sorted by issuer id. */
  kept: KeptCredentials[];
  /** Set when a refused row named no issuer that could be read: then no issuer was replaced. */
  keptEveryIssuer: boolean;
}

export interface CredentialImportOutcome extends BatchImportOutcome {
  /** What `replace` withdrew and kept; null without it. */
  replacement: Replacement | null;
}

const NOTHING_WRITTEN: WriteCounts = { inserted: 0, updated: 0 };

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

export async function importIssuerBatches(
  database: Database,
  batches: AsyncIterable<ImportBatch<IssuerRow>> | Iterable<ImportBatch<IssuerRow>>,
  options: BatchImportOptions,
): Promise<BatchImportOutcome> {
  const { outcome } = await importInOneTransaction(database, batches, options, async (scope) => {
    const counts = { ...NOTHING_WRITTEN };
    return {
      refuse: () => null,
      async write(rows) {
        for (let start = 0; start < rows.length; start += ISSUER_BATCH_SIZE) {
          const batch = rows.slice(start, start + ISSUER_BATCH_SIZE);
          const written = await scope.db
            .insert(issuers)
            .values(batch.map(({ value }) => ({ ...value, updatedAt: new Date() })))
            .onConflictDoUpdate({
              target: issuers.id,
              set: excludedColumns(ISSUER_UPDATED_COLUMNS),
              setWhere: sql.raw(isDistinctFromExcluded('issuers', ISSUER_DATA_COLUMNS)),
            })
            .returning({ inserted: sql<boolean>`(xmax = 0)` });
          for (const { inserted } of written) counts[inserted ? 'inserted' : 'updated']++;
        }
      },
      finish: async () => counts,
      abort() {},
    };
  });
  return outcome;
}

export async function importCredentialBatches(
  database: Database,
  batches: AsyncIterable<ImportBatch<CredentialRow>> | Iterable<ImportBatch<CredentialRow>>,
  options: CredentialImportOptions,
): Promise<CredentialImportOutcome> {
  const { outcome, writer } = await importInOneTransaction(database, batches, options, (scope) =>
    CredentialWriter.open(scope, {
      rebuildFrom: options.rebuildIndexesFromRows ?? MIN_ROWS_TO_REBUILD_INDEXES,
      replace: options.replace === true,
    }),
  );
  // Statistics of a table that has at least doubled would mislead the planner until autovacuum catches up.
  if (writer?.rebuiltIndexes === true) await database.sql.executeSql('analyze credentials');
  return { ...outcome, replacement: options.replace === true ? (writer?.replacement ?? NOTHING_REPLACED) : null };
}

const NOTHING_REPLACED: Replacement = { withdrawn: 0, kept: [], keptEveryIssuer: false };

/** The refused rows of an import, by the owner they name (see RowProblem.owner). */
interface Refusals {
  owners: Set<string>;
  /** Refused rows that name no owner that could be read. */
  withoutOwner: number;
}

interface RowWriter<T> {
  /** Why a valid row cannot be imported, or null. */
  refuse(row: T): Omit<RowProblem, 'line'> | null;
  write(rows: NumberedRow<T>[]): Promise<void>;
  /** Completes the import, once every row is written and the rows refused are known. */
  finish(refusals: Refusals): Promise<WriteCounts>;
  abort(): void;
}

/** Thrown inside the transaction to roll it back when a problem was found without `skipInvalid`. */
class NothingImported extends Error {
  constructor(readonly refused: number) {
    super('nothing imported');
  }
}

async function importInOneTransaction<T, W extends RowWriter<T>>(
  database: Database,
  batches: AsyncIterable<ImportBatch<T>> | Iterable<ImportBatch<T>>,
  options: BatchImportOptions,
  openWriter: (scope: TransactionScope) => Promise<W>,
): Promise<{ outcome: BatchImportOutcome; writer?: W }> {
  try {
    return await database.transaction(async (scope) => {
      const writer = await openWriter(scope);
      try {
        let imported = 0;
        let refused = 0;
        const refusals: Refusals = { owners: new Set(), withoutOwner: 0 };
        for await (const batch of batches) {
          const problems = [...batch.errors];
          const accepted: NumberedRow<T>[] = [];
          for (const row of batch.rows) {
            const problem = writer.refuse(row.value);
            if (problem === null) accepted.push(row);
            else problems.push({ line: row.line, ...problem });
          }
          if (problems.length > 0) {
            problems.sort((a, b) => a.line - b.line);
            refused += new Set(problems.map((problem) => problem.line)).size;
            for (const { owner } of problems) {
              if (owner === undefined) refusals.withoutOwner++;
              else refusals.owners.add(owner);
            }
            options.onProblems?.(problems);
            if (!options.skipInvalid) writer.abort();
          }
          if (refused > 0 && !options.skipInvalid) continue;
          if (accepted.length > 0) await writer.write(accepted);
          imported += accepted.length;
        }
        if (refused > 0 && !options.skipInvalid) throw new NothingImported(refused);
        const { inserted, updated } = await writer.finish(refusals);
        return { outcome: { imported, inserted, updated, unchanged: imported - inserted - updated, refused }, writer };
      } catch (error) {
        writer.abort();
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof NothingImported) {
      return { outcome: { imported: 0, ...NOTHING_WRITTEN, unchanged: 0, refused: error.refused } };
    }
    throw error;
  }
}

const ISSUER_DATA_COLUMNS = ['name', 'contact_name', 'contact_email', 'support_url', 'aliases'];
const ISSUER_UPDATED_COLUMNS = [...ISSUER_DATA_COLUMNS, 'updated_at'];

/** SQL true when a row about to be upserted changes a value: a row left alone keeps its `updated_at`. */
function isDistinctFromExcluded(table: string, columns: readonly string[]): string {
  const list = (prefix: string) => columns.map((column) => `${prefix}.${column}`).join(', ');
  return `(${list(table)}) is distinct from (${list('excluded')})`;
}

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

/**
 * A row whose values are all unchanged is left alone: re-importing a file writes only what changed. Answers how
 * many rows were inserted and updated; the rows left alone are not returned.
 */
const UPSERT_STAGED = `with written as (
  ${INSERT_STAGED}
  on conflict (id) do update set ${[...DATA_COLUMNS, 'updated_at'].map((column) => `${column} = excluded.${column}`).join(', ')}
  where ${isDistinctFromExcluded('credentials', DATA_COLUMNS)}
  returning (xmax = 0) as inserted)
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
  from written`;

/** The issuers named by the staged rows: a replacing import withdraws their credentials that are not staged. */
const NAMED_ISSUERS = `select distinct issuer_id from ${STAGED_CREDENTIALS}`;
const NOT_STAGED = `not exists (select 1 from ${STAGED_CREDENTIALS} as staged where staged.id = credentials.id)`;

/** Deletes the credentials of the issuers the file names, but those in $1, that the file does not list. */
const WITHDRAW_UNLISTED = `with withdrawn as (
  delete from credentials
   where issuer_id in (${NAMED_ISSUERS}) and issuer_id <> all($1::text[]) and ${NOT_STAGED}
  returning 1)
select count(*)::int as withdrawn from withdrawn`;

/** Counts, by issuer, the credentials the file does not list of the issuers in $1 (and, if $2, those it names). */
const COUNT_UNLISTED = `select issuer_id, count(*)::int as count from credentials
  where (issuer_id = any($1::text[]) or ($2::boolean and issuer_id in (${NAMED_ISSUERS}))) and ${NOT_STAGED}
  group by issuer_id order by issuer_id`;

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
  readonly #replace: boolean;
  #copy: CopyWriter;
  #staged = 0;
  /** What makes the table whole again after a load straight into it; null while staging. */
  #restore: string[] | null = null;
  #checkedForEmptyTable = false;
  /** COPY lines not yet written, up to COPY_WRITE_CHARS. */
  #unwritten = '';
  /** Once finished: whether the indexes were built again (so the table's statistics are worth refreshing). */
  rebuiltIndexes = false;
  /** Once finished, when replacing: what was withdrawn and kept. */
  replacement: Replacement | null = null;

  private constructor(
    scope: TransactionScope,
    knownIssuers: Set<string>,
    options: { rebuildFrom: number; replace: boolean },
    copy: CopyWriter,
  ) {
    this.#scope = scope;
    this.#knownIssuers = knownIssuers;
    this.#rebuildFrom = options.rebuildFrom;
    this.#replace = options.replace;
    this.#copy = copy;
  }

  static async open(
    scope: TransactionScope,
    options: { rebuildFrom: number; replace: boolean },
  ): Promise<CredentialWriter> {
    const knownIssuers = await selectIssuerIds(scope);
    const columns = STAGED_COLUMNS.map((column) => `${column} text`).join(', ');
    await scope.sql.executeSql(`create temporary table ${STAGED_CREDENTIALS} (${columns}) on commit drop`);
    const copy = await scope.copyInto(STAGED_CREDENTIALS, STAGED_COLUMNS);
    return new CredentialWriter(scope, knownIssuers, options, copy);
  }

  refuse(row: CredentialRow): Omit<RowProblem, 'line'> | null {
    if (this.#knownIssuers.has(row.issuerId)) return null;
    return { message: `issuer_id: no issuer "${row.issuerId}" (import issuers first)`, owner: row.issuerId };
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

  async finish(refusals: Refusals): Promise<WriteCounts> {
    await this.#flush();
    await this.#copy.end();
    if (this.#restore !== null) {
      // Loaded straight into an empty table: every row is new, and there was nothing to withdraw.
      for (const statement of this.#restore) await this.#scope.sql.executeSql(statement);
      this.rebuiltIndexes = this.#restore.length > 0;
      if (this.#replace) this.replacement = NOTHING_REPLACED;
      return { inserted: this.#staged, updated: 0 };
    }
    // Before the upsert, while the issuer index is there to find what the file does not list.
    if (this.#replace) this.replacement = await this.#withdrawUnlisted(refusals);
    if (this.#staged === 0) return NOTHING_WRITTEN;
    // A re-import of about as many rows as the table holds mostly changes nothing: rows left alone cost no
    // index maintenance, while a rebuild would sort every row again.
    const rebuild = this.#staged >= this.#rebuildFrom && (await this.#tableHoldsAtMost(Math.floor(this.#staged / 2)));
    const restore = rebuild ? await dropSecondaryIndexesAndForeignKeys(this.#scope) : [];
    const { rows } = await this.#scope.sql.executeSql(UPSERT_STAGED);
    for (const statement of restore) await this.#scope.sql.executeSql(statement);
    this.rebuiltIndexes = restore.length > 0;
    return { inserted: rows[0]?.inserted ?? 0, updated: rows[0]?.updated ?? 0 };
  }

  /** Withdraws what the file does not list of each issuer it names, but of the issuers with a refused row. */
  async #withdrawUnlisted(refusals: Refusals): Promise<Replacement> {
    const keptEveryIssuer = refusals.withoutOwner > 0;
    const heldBack = [...refusals.owners];
    const { rows: kept } =
      heldBack.length > 0 || keptEveryIssuer
        ? await this.#scope.sql.executeSql(COUNT_UNLISTED, [heldBack, keptEveryIssuer])
        : { rows: [] };
    let withdrawn = 0;
    if (!keptEveryIssuer) {
      const { rows } = await this.#scope.sql.executeSql(WITHDRAW_UNLISTED, [heldBack]);
      withdrawn = rows[0]?.withdrawn ?? 0;
    }
    return {
      withdrawn,
      kept: kept.map((row: { issuer_id: string; count: number }) => ({ issuerId: row.issuer_id, count: row.count })),
      keptEveryIssuer,
    };
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
