import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuers } from '../src/db/schema.ts';
import type { TransactionScope } from '../src/db/database.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

// Prepared statements are a PostgreSQL-server matter (postgres.js); PGlite runs in-process.
describe.skipIf(!process.env.TEST_DATABASE_URL)('statements on a PostgreSQL server', () => {
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
  });
  afterAll(async () => {
    await testDatabase.drop();
  });

  /** Whether this connection holds a prepared statement with exactly this text. */
  async function isPrepared(scope: TransactionScope, statement: string): Promise<boolean> {
    const { rows } = await scope.sql.executeSql('select count(*)::int as held from pg_prepared_statements where statement = $1', [statement]);
    return rows[0].held > 0;
  }

  it('prepares drizzle queries and raw statements with parameters, in a transaction too', async () => {
    await testDatabase.database.transaction(async (scope) => {
      await scope.sql.executeSql('select $1::int as answer', [42]);
      expect(await isPrepared(scope, 'select $1::int as answer')).toBe(true);

      const query = scope.db.select({ id: issuers.id }).from(issuers).where(eq(issuers.id, 'no-such-issuer'));
      await query;
      expect(await isPrepared(scope, query.toSQL().sql)).toBe(true);
    });
  });

  it('leaves statements whose parameter count follows the data (batch inserts) unprepared', async () => {
    const many = Array.from({ length: 65 }, (_, index) => index);
    const text = `select array[${many.map((index) => `$${index + 1}::int`).join(', ')}] as numbers`;
    await testDatabase.database.transaction(async (scope) => {
      const { rows } = await scope.sql.executeSql(text, many);
      expect(rows[0].numbers).toEqual(many);
      expect(await isPrepared(scope, text)).toBe(false);
    });
  });
});
