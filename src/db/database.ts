import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';
import type { SqlExecutor } from './sql-executor.ts';

/** Drizzle over either driver: the repositories are written once against this type. */
export type Drizzle = PgDatabase<PgQueryResultHKT, typeof schema>;

/** What a unit of work sees inside a transaction: typed queries, and raw SQL (pg-boss's `send`) on the same connection. */
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

/** An open database, embedded (PGlite) or server (PostgreSQL through postgres.js). */
export interface Database extends TransactionScope {
  readonly kind: 'embedded' | 'postgres';
  /** Where it lives, safe to print: the data directory or the URL without its password. */
  readonly location: string;
  transaction<T>(work: (scope: TransactionScope) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
