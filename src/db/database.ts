import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';
import type { SqlExecutor } from './sql-executor.ts';

/** Drizzle over either driver: the repositories are written once against this type. */
export type Drizzle = PgDatabase<PgQueryResultHKT, typeof schema>;

/** What a unit of work sees inside a transaction: typed queries, and raw SQL (its next jobs: src/jobs/job-tables.ts) on the same connection. */
export interface TransactionScope {
  db: Drizzle;
  sql: SqlExecutor;
  /** Bulk loading with COPY … FROM STDIN on the same connection, which runs nothing else until the copy ends. */
  copyInto(table: string, columns: readonly string[]): Promise<CopyWriter>;
}

/** Rows in COPY's text format: values separated by tabs, `\N` for null, each row ending in a line feed. */
export interface CopyWriter {
  write(rows: string): Promise<void>;
  /** Resolves once the database holds every row written. */
  end(): Promise<void>;
  /** Abandons the copy (its rows are not stored), so that the connection can roll back. */
  abort(): void;
}

export interface TransactionOptions {
  /**
   * `durable` (the default): the commit returns once it is on disk. `relaxed`: it returns before (PostgreSQL's
   * `synchronous_commit = off`, for this transaction only), for work that is redone when lost, such as a message's
   * decision. A crash of the PostgreSQL server (not of credbot) can lose the last fraction of a second of relaxed
   * commits, never one made before a durable commit: the log is flushed in order. So what records an effect outside
   * (an acknowledgement, an email sent, a reply posted) commits durably, and only the repository that knows its work
   * is redone safely asks for `relaxed`.
   */
  commit?: 'durable' | 'relaxed';
}

/** Statements and transactions on a set of connections. Statements outside a transaction commit durably. */
export interface Connections extends TransactionScope {
  transaction<T>(work: (scope: TransactionScope) => Promise<T>, options?: TransactionOptions): Promise<T>;
}

/** An open database, embedded (PGlite) or server (PostgreSQL through postgres.js), on one pool of connections. */
export interface Database extends Connections {
  readonly kind: 'embedded' | 'postgres';
  /** Where it lives, safe to print: the data directory or the URL without its password. */
  readonly location: string;
  /**
   * Runs `work` while no other process runs its own `withSetupLock` work on this database: for what each process
   * does when it starts (migrations, the demo data, the job queue's schema), which would clash on a new database
   * when several start at once. Not re-entrant: `work` must not ask for it again. Embedded: one process owns the
   * database, so there is no one to wait for.
   */
  withSetupLock<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
