import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres, { type Sql } from 'postgres';
import { CredbotError } from '../core/errors.ts';
import { redactUrl } from '../core/mask.ts';
import { createPgliteCopy, createPostgresJsCopy } from './bulk-copy.ts';
import type { Connections, Database, Drizzle, TransactionOptions, TransactionScope } from './database.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import * as schema from './schema.ts';
import { preparingStatements } from './prepared-statements.ts';
import { createPgliteExecutor, createPostgresJsExecutor } from './sql-executor.ts';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; maxConnections?: number; applicationName?: string }
  /** `dataDir` undefined: in memory, for tests. */
  | { kind: 'embedded'; dataDir?: string };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres'
    ? openPostgres(target.url, target.maxConnections ?? 10, target.applicationName ?? 'credbot')
    : openEmbedded(target.dataDir);
}

async function openPostgres(url: string, maxConnections: number, applicationName: string): Promise<Database> {
  const connect = (max: number, settings: Record<string, string>) =>
    postgres(url, {
      max,
      onnotice: () => {},
      connect_timeout: 10,
      connection: { application_name: applicationName, ...settings },
    });
  const client = connect(maxConnections, {});
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 });
    throw new CredbotError('database_unavailable', `Cannot connect to PostgreSQL at ${redactUrl(url)}: ${withholdUserInfo(describe(error), url)}`, {
      cause: error,
    });
  }
  return {
    kind: 'postgres',
    location: redactUrl(url),
    ...postgresConnections(client),
    withSetupLock: (work) => withSessionAdvisoryLock(() => connect(1, {}), SETUP_LOCK_KEY, work),
    close: async () => {
      await client.end({ timeout: 5 });
    },
  };
}

const SETUP_LOCK_KEY = 'credbot:database-setup';

/**
 * A session-level advisory lock, held on a connection of its own (outside the pools) while `work` runs on the
 * pools. Not a transaction-level one: drizzle's migrator opens its own transaction (postgres.js cannot nest one in
 * ours), and pg-boss creates its schema on connections of its own. Not a connection reserved from the pool either:
 * a pool of one would have none left for the work. A process that dies holding the lock loses its connection, and
 * the lock with it.
 */
async function withSessionAdvisoryLock<T>(openConnection: () => Sql, key: string, work: () => Promise<T>): Promise<T> {
  const connection = openConnection();
  try {
    await connection`select pg_advisory_lock(hashtextextended(${key}, 0))`;
    try {
      return await work();
    } finally {
      await connection`select pg_advisory_unlock(hashtextextended(${key}, 0))`;
    }
  } finally {
    await connection.end({ timeout: 5 });
  }
}

function postgresConnections(client: Sql): Connections {
  const preparing = preparingStatements(client);
  const db = drizzlePostgres(preparing, { schema }) as unknown as Drizzle;
  return {
    db,
    sql: createPostgresJsExecutor(preparing),
    copyInto: createPostgresJsCopy(client),
    transaction: (work, options) =>
      db.transaction(async (tx) => {
        const txClient = driverClientOf<Sql>(tx);
        // The COPY writer is made when asked for: an import's transactions use it, a message's never do.
        const copyInto = (table: string, columns: readonly string[]) => createPostgresJsCopy(txClient)(table, columns);
        const scope = { db: tx, sql: createPostgresJsExecutor(txClient), copyInto };
        await applyTransactionOptions(scope, options);
        return work(scope);
      }),
  };
}

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  let releaseLock = async () => {};
  let pgliteDir: string | undefined;
  if (dataDir !== undefined) {
    await mkdir(dataDir, { recursive: true });
    releaseLock = await acquireDataDirLock(dataDir);
    pgliteDir = path.join(dataDir, 'pglite');
  }
  let client: PGlite;
  try {
    client = await PGlite.create(pgliteDir === undefined ? {} : { dataDir: pgliteDir });
  } catch (error) {
    await releaseLock();
    throw new CredbotError('database_unavailable', `Cannot open the embedded database in ${pgliteDir}: ${describe(error)}`, {
      cause: error,
    });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Drizzle;
  const connections: Connections = {
    db,
    sql: createPgliteExecutor(client),
    copyInto: createPgliteCopy(client),
    transaction: (work, options) =>
      db.transaction(async (tx) => {
        const txClient = driverClientOf<Transaction>(tx);
        const copyInto = (table: string, columns: readonly string[]) => createPgliteCopy(txClient)(table, columns);
        const scope = { db: tx, sql: createPgliteExecutor(txClient), copyInto };
        await applyTransactionOptions(scope, options);
        return work(scope);
      }),
  };
  return {
    kind: 'embedded',
    location: pgliteDir ?? 'memory',
    ...connections,
    withSetupLock: (work) => work(),
    close: async () => {
      await client.close();
      await releaseLock();
    },
  };
}

/** Both drivers run the same statement, so a test on the embedded database checks what a server is told. */
async function applyTransactionOptions(scope: TransactionScope, options: TransactionOptions | undefined): Promise<void> {
  if (options?.commit === 'relaxed') await scope.sql.executeSql('set local synchronous_commit = off');
}

/**
 * The driver's own transaction handle behind a drizzle transaction, so that raw SQL (a job's insert) runs in the
 * same transaction as our rows. Drizzle keeps it as `session.client` for both drivers; it has no public getter.
 */
function driverClientOf<Client>(tx: unknown): Client {
  const client = (tx as { session?: { client?: Client } }).session?.client;
  if (client === undefined) throw new Error('drizzle transaction without a driver client: has drizzle changed?');
  return client;
}

/**
 * PostgreSQL quotes the user name in its refusals (`role "…" does not exist`, `password authentication failed for
 * user "…"`): the URL's user name and password are withheld there as they are in the URL we show.
 */
function withholdUserInfo(message: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return message;
  }
  const quoted = [parsed.username, parsed.password].filter((part) => part !== '').flatMap((part) => [`"${part}"`, `"${decodedOrSelf(part)}"`]);
  return quoted.reduce((text, part) => text.replaceAll(part, '"•••"'), message);
}

function decodedOrSelf(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
