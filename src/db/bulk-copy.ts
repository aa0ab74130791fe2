import { once } from 'node:events';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Sql } from 'postgres';
import type { CopyWriter } from './database.ts';

/* COPY … FROM STDIN for each driver: the fastest way to hand PostgreSQL many rows. */

type CopyInto = (table: string, columns: readonly string[]) => Promise<CopyWriter>;

function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `copy ${table} (${columns.join(', ')}) from ${source}`;
}

export function createPostgresJsCopy(client: Sql): CopyInto {
  return async (table, columns) => {
    const query = client.unsafe(copyStatement(table, columns, 'stdin'));
    let failure: unknown;
    let onFailure = (_error: unknown) => {};
    const fail = (error: unknown) => {
      failure ??= error;
      onFailure(failure);
    };
    // postgres.js resolves the query with the stream, and hands an error PostgreSQL reports after the last row
    // (once the stream has let go of the connection) only to the query's reject, which is then a no-op: without
    // this, `end` would wait for ever. (postgres.js 3.4.)
    const pending = query as unknown as { reject(error: unknown): void };
    const reject = pending.reject;
    pending.reject = (error) => {
      fail(error);
      reject(error);
    };
    const stream = await query.writable();
    stream.on('error', fail);
    return {
      async write(rows) {
        if (failure !== undefined) throw failure;
        if (!stream.write(rows)) await once(stream, 'drain');
      },
      end: () =>
        new Promise<void>((resolve, reject) => {
          if (failure !== undefined) return reject(failure);
          onFailure = reject;
          stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
        }),
      abort() {
        if (!stream.destroyed) stream.destroy(new Error('copy abandoned'));
      },
    };
  };
}

/** PGlite reads COPY's input from a blob: one COPY per write. */
export function createPgliteCopy(client: PGlite | Transaction): CopyInto {
  return async (table, columns) => {
    const statement = copyStatement(table, columns, "'/dev/blob'");
    return {
      async write(rows) {
        await client.query(statement, [], { blob: new Blob([rows]) });
      },
      async end() {},
      abort() {},
    };
  };
}
