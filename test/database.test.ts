import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Connections } from '../src/db/database.ts';
import { countPendingMigrations } from '../src/db/migrate.ts';
import { issuers } from '../src/db/schema.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

describe('the database', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.drop());

  it('has every migration applied', async () => {
    expect(await countPendingMigrations(testDb.database)).toBe(0);
  });

  it('rolls a transaction back whole when its work throws', async () => {
    await expect(
      testDb.database.transaction(async ({ db }) => {
        await db.insert(issuers).values({ id: 'rolled-back', name: 'Gone' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await testDb.database.db.select().from(issuers).where(sql`${issuers.id} = 'rolled-back'`);
    expect(rows).toEqual([]);
  });

  it('runs raw SQL with several statements and with parameters', async () => {
    const multi = await testDb.database.sql.executeSql('select 1 as a; select 2 as b');
    expect(multi.rows).toEqual([{ b: 2 }]);
    const withValues = await testDb.database.sql.executeSql('select $1::text as greeting', ['hello']);
    expect(withValues.rows).toEqual([{ greeting: 'hello' }]);
  });

  // pg-boss sends its schema changes as one text, BEGIN to COMMIT, and ignores some failures (another process made it).
  it.skipIf(!process.env.TEST_DATABASE_URL)('hands no connection back to the pool inside a failed transaction', async () => {
    const { sql: pool } = testDb.database;
    await expect(pool.executeSql('begin; select 1 / 0; commit')).rejects.toThrow('division by zero');
    const answers = await Promise.all(Array.from({ length: 10 }, () => pool.executeSql('select 1 as one')));
    expect(answers.map(({ rows }) => rows)).toEqual(Array.from({ length: 10 }, () => [{ one: 1 }]));
  });

  it('commits durably unless a transaction asks for a relaxed commit, and then only that transaction', async () => {
    const settingOf = async (connections: Pick<Connections, 'sql'>) =>
      (await connections.sql.executeSql('show synchronous_commit')).rows[0] as { synchronous_commit: string };
    const { database } = testDb;
    expect(await settingOf(database)).toEqual({ synchronous_commit: 'on' });
    expect(await database.transaction(settingOf)).toEqual({ synchronous_commit: 'on' });
    expect(await database.transaction(settingOf, { commit: 'durable' })).toEqual({ synchronous_commit: 'on' });
    // Every connection of the pool in turn: the relaxed setting never outlives its transaction.
    const relaxed = await Promise.all(Array.from({ length: 12 }, () => database.transaction(settingOf, { commit: 'relaxed' })));
    expect(new Set(relaxed.map((setting) => setting.synchronous_commit))).toEqual(new Set(['off']));
    const afterwards = await Promise.all(Array.from({ length: 12 }, () => settingOf(database)));
    expect(new Set(afterwards.map((setting) => setting.synchronous_commit))).toEqual(new Set(['on']));
  });
});
