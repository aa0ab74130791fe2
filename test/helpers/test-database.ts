import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Database } from '../../src/db/database.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { openDatabase } from '../../src/db/open-database.ts';

/**
 * A fresh database for one test file, migrated unless `migrated: false` (what a first start meets): an in-memory
 * PGlite by default, or a new database on the PostgreSQL server named by `serverUrl` (TEST_DATABASE_URL unless
 * given; dropped again by `drop`).
 */
export interface TestDatabase {
  database: Database;
  /** The connection string of the fresh PostgreSQL database, when on a server (for child processes). */
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(options: { migrated?: boolean; serverUrl?: string | undefined } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const serverUrl = 'serverUrl' in options ? options.serverUrl : process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ kind: 'embedded' });
    if (migrated) await migrateDatabase(database);
    return { database, url: undefined, drop: () => database.close() };
  }
  const name = `credbot_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 5 });
  if (migrated) await migrateDatabase(database);
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
