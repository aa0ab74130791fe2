import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Sql } from 'postgres';

/**
 * The smallest SQL surface: what pg-boss's `db` option expects, and what our own raw statements use.
 * A call without values may hold several statements (pg-boss's schema migrations do).
 */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export function createPgliteExecutor(client: PGlite | Transaction): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await client.query(text, values);
        return { rows: result.rows };
      }
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export function createPostgresJsExecutor(client: Sql): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        return { rows: Array.from(await client.unsafe(text, values.map(toPostgresJsParameter) as never[])) };
      }
      // The simple protocol allows several statements; postgres.js then answers one row list per statement.
      // pg-boss's migrations run BEGIN…COMMIT this way, which postgres.js allows only on a reserved connection.
      const result: unknown[] = Array.from(await runOnOneConnection(client, (connection) => connection.unsafe(text).simple()));
      const lastStatementRows = Array.isArray(result[0]) ? result.at(-1) : result;
      return { rows: Array.from(lastStatementRows as unknown[]) };
    },
  };
}

async function runOnOneConnection<T>(client: Sql, work: (connection: Sql) => Promise<T>): Promise<T> {
  if (typeof (client as Partial<Sql>).reserve !== 'function') return work(client);
  const connection = await client.reserve();
  try {
    return await work(connection);
  } catch (error) {
    // A statement failing after a BEGIN of the text's own leaves that transaction open and aborted, and the pool
    // would hand the connection on so ("current transaction is aborted"); pg-boss ignores some such failures.
    // The rollback fails only on a lost connection, whose transaction is gone with it: the first error is the news.
    await connection.unsafe('rollback').catch(() => {});
    throw error;
  } finally {
    connection.release();
  }
}

/**
 * pg-boss was written for node-postgres, which sends a Date as an ISO string and any other object as JSON.
 * Drizzle sets postgres.js to pass json and timestamp parameters through untouched, so we convert the same way.
 */
function toPostgresJsParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Buffer.isBuffer(value)) return value;
  return JSON.stringify(value);
}
