import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertJobs, JOB_SCHEMA } from '../src/jobs/job-tables.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

/**
 * Our one-statement job insert against pg-boss's own `send`, on the same database: the rows must be the same in
 * every column pg-boss reads, for each kind of queue policy we might set, so that a pg-boss release changing its
 * table or its defaults fails here.
 */
describe('storing jobs in pg-boss’s table with one statement', () => {
  let testDb: TestDatabase;
  let boss: PgBoss;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    boss = new PgBoss({ db: testDb.database.sql as PgBoss.Db, schema: JOB_SCHEMA, schedule: false, supervise: false });
    await boss.start();
    // Ours: every retry setting given, with back-off.
    await boss.createQueue('tables-policy', { name: 'tables-policy', retryLimit: 3, retryDelay: 7, retryBackoff: true, expireInSeconds: 120 });
    // The rest of what a queue can say: a dead-letter queue, its own retention, no back-off.
    await boss.createQueue('tables-dead', { name: 'tables-dead' });
    await boss.createQueue('tables-kept', { name: 'tables-kept', retryLimit: 1, retryDelay: 0, retryBackoff: false, retentionMinutes: 90, deadLetter: 'tables-dead' });
    // Nothing said: pg-boss's own fallbacks.
    await boss.createQueue('tables-bare', { name: 'tables-bare' });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true });
    await testDb?.drop();
  });

  it.each(['tables-policy', 'tables-kept', 'tables-bare'])('writes the row pg-boss’s send writes, on %s', async (queue) => {
    const data = { key: 'zendesk:7', text: 'quote " backslash \\ accent é emoji 🎓', nested: { list: [1, null, 'x'] } };
    const ours = randomUUID();
    const theirs = randomUUID();
    expect(await insertJobs(testDb.database.sql, [{ name: queue, id: ours, data }])).toEqual([true]);
    expect(await boss.send(queue, data, { id: theirs })).toBe(theirs);

    const [ourRow, theirRow] = await Promise.all([jobRow(ours), jobRow(theirs)]);
    expect(ourRow).toEqual(theirRow);
    expect(ourRow?.data).toEqual(data);
  });

  it('tells which jobs it created, in the order given: an id taken before, or twice in one call, is created once', async () => {
    const [taken, fresh, twice] = [randomUUID(), randomUUID(), randomUUID()];
    await insertJobs(testDb.database.sql, [{ name: 'tables-policy', id: taken, data: { n: 0 } }]);
    const created = await insertJobs(testDb.database.sql, [
      { name: 'tables-policy', id: twice, data: { n: 1 } },
      { name: 'tables-policy', id: taken, data: { n: 2 } },
      { name: 'tables-bare', id: fresh, data: { n: 3 } },
      { name: 'tables-policy', id: twice, data: { n: 4 } },
    ]);
    expect(created).toEqual([true, false, true, false]);
    // The job taken before keeps its data; the first of the two in one call wins.
    expect((await jobRow(taken))?.data).toEqual({ n: 0 });
    expect((await jobRow(twice))?.data).toEqual({ n: 1 });
    expect((await jobRow(fresh))?.name).toBe('tables-bare');
  });

  it('stores no job for a queue pg-boss does not know, and says so', async () => {
    const id = randomUUID();
    expect(await insertJobs(testDb.database.sql, [{ name: 'tables-nowhere', id, data: {} }])).toEqual([false]);
    expect(await jobRow(id)).toBeUndefined();
  });

  it('stores all of a call or nothing: a failing row leaves none of the others', async () => {
    const id = randomUUID();
    await expect(
      insertJobs(testDb.database.sql, [
        { name: 'tables-policy', id, data: {} },
        { name: 'tables-policy', id: 'not-a-uuid', data: {} },
      ]),
    ).rejects.toThrow();
    expect(await jobRow(id)).toBeUndefined();
  });

  // On PostgreSQL the calls run on separate connections at once, each holding the rows it inserted until it commits:
  // in the order given, two of them would deadlock (seen with 2,000 ids). PGlite runs one statement at a time.
  it('lets calls holding the same ids in other orders run at once, and creates each job once', async () => {
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    const calls = Array.from({ length: 4 }, (_, call) => {
      const order = call % 2 === 0 ? ids : [...ids].reverse();
      return insertJobs(
        testDb.database.sql,
        order.map((id) => ({ name: 'tables-policy', id, data: { call } })),
      );
    });
    const created = (await Promise.all(calls)).flat().filter(Boolean);
    expect(created).toHaveLength(ids.length);
  });

  async function jobRow(id: string) {
    const { rows } = await testDb.database.sql.executeSql(
      `select name, data, priority, state, retry_limit, retry_count, retry_delay, retry_backoff, singleton_key, singleton_on,
              expire_in::text as expire_in, dead_letter, policy, output,
              (start_after - created_on)::text as waits, (keep_until - start_after)::text as kept
       from ${JOB_SCHEMA}.job where id = $1`,
      [id],
    );
    return rows[0] as Record<string, unknown> | undefined;
  }
});
