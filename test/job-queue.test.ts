import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobAttempt, type JobQueue, jobIdFor, startJobQueue } from '../src/jobs/job-queue.ts';
import { JOB_SCHEMA } from '../src/jobs/job-tables.ts';
import { UPGRADE_INBOX } from '../src/jobs/upgrade-inbox.ts';
import type { Database, TransactionOptions } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import { untilQueueIdle } from './helpers/queue-idle.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

describe('the job queue (pg-boss in our own database)', () => {
  let testDb: TestDatabase;
  let queue: JobQueue;
  const worked: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    queue = await startJobQueue(testDb.database, createLogger('silent'), { pollingIntervalSeconds: 0.5, concurrency: 5, maintenanceIntervalSeconds: 60 });
    await queue.define('test-jobs', { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 });
    await queue.work('test-jobs', async (data) => {
      worked.push((data as { emailId: string }).emailId);
    });
  });
  afterAll(async () => {
    await queue?.stop(1000);
    await testDb?.drop();
  });

  it('runs a job enqueued in a committed transaction, once, even if it was enqueued twice', async () => {
    const emailId = randomUUID();
    const created = await testDb.database.transaction(async (scope) => [
      await queue.schedule(scope, 'test-jobs', { emailId }, emailId),
      await queue.schedule(scope, 'test-jobs', { emailId }, emailId),
    ]);
    expect(created).toEqual([true, false]);
    queue.nudgeWorkers();
    await until(() => worked.includes(emailId));
    await untilQueueIdle(testDb.database);
    expect(worked.filter((id) => id === emailId)).toHaveLength(1);
  });

  it('gives the same job id for the same key, and a valid UUID', () => {
    expect(jobIdFor('zendesk:42:abc')).toBe(jobIdFor('zendesk:42:abc'));
    expect(jobIdFor('zendesk:42:abc')).not.toBe(jobIdFor('zendesk:42:abd'));
    expect(jobIdFor('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('retries a job that failed, and runs the other jobs of its batch', async () => {
    const flaky = randomUUID();
    const steady = randomUUID();
    let flakyTries = 0;
    await queue.define('test-flaky', { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 });
    const done: string[] = [];
    await queue.work('test-flaky', async (data) => {
      const { emailId } = data as { emailId: string };
      if (emailId === flaky && ++flakyTries === 1) throw new Error('first try fails');
      done.push(emailId);
    });
    await testDb.database.transaction(async (scope) => {
      await queue.schedule(scope, 'test-flaky', { emailId: flaky }, flaky);
      await queue.schedule(scope, 'test-flaky', { emailId: steady }, steady);
    });
    queue.nudgeWorkers();
    await until(() => done.includes(flaky) && done.includes(steady));
    expect(flakyTries).toBe(2);
    expect(done.filter((id) => id === steady)).toHaveLength(1);
  });

  it('never runs a job whose transaction rolled back', async () => {
    const emailId = randomUUID();
    const marker = randomUUID();
    await expect(
      testDb.database.transaction(async (scope) => {
        await queue.schedule(scope, 'test-jobs', { emailId }, emailId);
        throw new Error(marker);
      }),
    ).rejects.toThrow(marker);
    const committed = randomUUID();
    await testDb.database.transaction((scope) => queue.schedule(scope, 'test-jobs', { emailId: committed }, committed));
    queue.nudgeWorkers();
    await until(() => worked.includes(committed));
    expect(worked).not.toContain(emailId);
  });

  it('runs the job of an accepted message once, however often the message is accepted', async () => {
    const emailId = randomUUID();
    const key = `test:${emailId}`;
    const created = await Promise.all([1, 2, 3].map(() => queue.accept('test-jobs', { emailId }, key)));
    expect([...created].sort()).toEqual([false, false, true]);
    queue.nudgeWorkers();
    await until(() => worked.includes(emailId));
    expect(await queue.accept('test-jobs', { emailId }, key)).toBe(false);
    await untilQueueIdle(testDb.database);
    expect(worked.filter((id) => id === emailId)).toHaveLength(1);
  });

  it('stores every one of many messages accepted at once, each once, and says which acceptance created it', async () => {
    // More than a batch and more than the batches at once: acceptances share transactions, and a redelivery may
    // land in the same batch as its original or in another one under way.
    const ids: string[] = Array.from({ length: 450 }, () => randomUUID());
    const deliveries = [...ids, ...ids.slice(0, 150)].map((emailId) => ({ emailId, key: `burst:${emailId}` }));
    const created = await Promise.all(deliveries.map(({ emailId, key }) => queue.accept('test-jobs', { emailId }, key)));
    const createdFor = new Map<string, number>();
    deliveries.forEach(({ emailId }, index) => createdFor.set(emailId, (createdFor.get(emailId) ?? 0) + (created[index] ? 1 : 0)));
    expect([...createdFor.values()].every((count) => count === 1)).toBe(true);
    queue.nudgeWorkers();
    await until(() => ids.every((id) => worked.includes(id)), 60_000);
    await untilQueueIdle(testDb.database);
    expect(worked.filter((id) => ids.includes(id))).toHaveLength(ids.length);
  });

  it('runs what a process without workers accepted (a web process) at the next poll of one with workers', async () => {
    const webQueue = await startJobQueue(testDb.database, createLogger('silent'), { pollingIntervalSeconds: 60, concurrency: 5, maintenanceIntervalSeconds: 60 });
    try {
      const ids: string[] = Array.from({ length: 200 }, () => randomUUID());
      for (const emailId of ids) expect(await webQueue.accept('test-jobs', { emailId }, `web:${emailId}`)).toBe(true);
      webQueue.nudgeWorkers(); // wakes nothing here: this process runs no workers
      await until(() => ids.every((id) => worked.includes(id)), 30_000);
      expect(worked.filter((id) => ids.includes(id))).toHaveLength(ids.length);
    } finally {
      await webQueue.stop(1000);
    }
  });

  it('keeps a message for a queue without workers until a worker for it starts', async () => {
    await queue.define('test-later', { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 });
    const emailId = randomUUID();
    expect(await queue.accept('test-later', { emailId }, `later:${emailId}`)).toBe(true);
    const { rows } = await testDb.database.sql.executeSql(`select state from ${JOB_SCHEMA}.job where id = $1`, [jobIdFor(`later:${emailId}`)]);
    expect(rows).toEqual([{ state: 'created' }]);
    const done: string[] = [];
    await queue.work('test-later', async (data) => void done.push((data as { emailId: string }).emailId));
    await until(() => done.includes(emailId));
  });

  it('moves the messages an older version left in its inbox into their jobs when it starts, once, and drops the inbox', async () => {
    // The inbox as migration 0013 leaves it: the old table, renamed, with the messages no relay had moved.
    await testDb.database.sql.executeSql(
      `create table ${UPGRADE_INBOX} (key text primary key, queue text not null, payload jsonb not null, accepted_at timestamptz not null default now(), relayed_at timestamptz)`,
      [],
    );
    const waiting: string[] = [randomUUID(), randomUUID()];
    for (const emailId of waiting) {
      await testDb.database.sql.executeSql(`insert into ${UPGRADE_INBOX} (key, queue, payload) values ($1, 'test-jobs', $2::jsonb)`, [
        `upgrade:${emailId}`,
        JSON.stringify({ emailId }),
      ]);
    }
    // Two processes starting together: the setup lock lets one move them.
    const started = await Promise.all([1, 2].map(() => startJobQueue(testDb.database, createLogger('silent'), { pollingIntervalSeconds: 60, concurrency: 1, maintenanceIntervalSeconds: 60 })));
    try {
      queue.nudgeWorkers();
      await until(() => waiting.every((id) => worked.includes(id)));
      await untilQueueIdle(testDb.database);
      expect(worked.filter((id) => waiting.includes(id))).toHaveLength(2);
      const { rows } = await testDb.database.sql.executeSql(`select to_regclass('${UPGRADE_INBOX}') is null as dropped`, []);
      expect(rows).toEqual([{ dropped: true }]);
      // A redelivery of one of them is recognised as the message already taken.
      expect(await queue.accept('test-jobs', { emailId: waiting[0] }, `upgrade:${waiting[0]}`)).toBe(false);
    } finally {
      await Promise.all(started.map((other) => other.stop(1000)));
    }
  });

  it('takes the next batch at once after a full one, without waiting for the polling interval', async () => {
    await queue.define('test-backlog', { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 });
    const done: string[] = [];
    await queue.work('test-backlog', async (data) => void done.push((data as { emailId: string }).emailId), {
      pollingIntervalSeconds: 60,
      concurrency: 2,
    });
    const backlog = Array.from({ length: 7 }, () => randomUUID());
    await testDb.database.transaction(async (scope) => {
      for (const emailId of backlog) await queue.schedule(scope, 'test-backlog', { emailId }, emailId);
    });
    queue.nudgeWorkers();
    // Four batches: one nudge, then no poll for a minute; waiting between full batches would take three.
    await until(() => done.length === backlog.length, 5000);
    expect([...done].sort()).toEqual([...backlog].sort());
  });

  it('keeps running the other jobs of a queue while one of them hangs, and finishes that one when it resumes', async () => {
    await queue.define('test-slow', { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 });
    const slow = randomUUID();
    let resumeSlow = () => {};
    const slowResumed = new Promise<void>((resolve) => (resumeSlow = resolve));
    const started: string[] = [];
    const done: string[] = [];
    await queue.work(
      'test-slow',
      async (data) => {
        const { emailId } = data as { emailId: string };
        started.push(emailId);
        if (emailId === slow) await slowResumed;
        done.push(emailId);
      },
      { pollingIntervalSeconds: 60, concurrency: 3 },
    );
    await testDb.database.transaction((scope) => queue.schedule(scope, 'test-slow', { emailId: slow }, slow));
    queue.nudgeWorkers();
    await until(() => started.includes(slow));

    const others = Array.from({ length: 7 }, () => randomUUID());
    await testDb.database.transaction(async (scope) => {
      for (const emailId of others) await queue.schedule(scope, 'test-slow', { emailId }, emailId);
    });
    queue.nudgeWorkers();
    // More jobs than the slots left beside the hung one: they pass through the two free slots while it hangs.
    await until(() => others.every((id) => done.includes(id)));
    expect(done).not.toContain(slow);

    resumeSlow();
    await until(() => done.includes(slow));
  });

  it('tells a handler which attempt it runs and whether it is the last one', async () => {
    await queue.define('test-doomed', { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 });
    const attempts: JobAttempt[] = [];
    await queue.work('test-doomed', async (_data, attempt) => {
      attempts.push(attempt);
      throw new Error('always fails');
    });
    const emailId = randomUUID();
    await testDb.database.transaction((scope) => queue.schedule(scope, 'test-doomed', { emailId }, emailId));
    queue.nudgeWorkers();
    await until(() => attempts.length === 3);
    expect(attempts).toEqual([
      { number: 1, isLast: false },
      { number: 2, isLast: false },
      { number: 3, isLast: true },
    ]);
  });
});

describe("the job queue's own bookkeeping", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it('stores an accepted message durably, and takes and completes its job with relaxed commits', async () => {
    const transactions: { commit: TransactionOptions['commit']; statements: string[] }[] = [];
    const observed: Database = {
      ...testDb.database,
      // A statement outside a transaction commits on its own, durably (the database's default).
      sql: {
        executeSql: (text, values) => {
          transactions.push({ commit: 'durable', statements: [text] });
          return testDb.database.sql.executeSql(text, values);
        },
      },
      transaction: (work, options) => {
        const seen = { commit: options?.commit ?? 'durable', statements: [] as string[] };
        transactions.push(seen);
        return testDb.database.transaction(
          (scope) =>
            work({
              ...scope,
              sql: {
                executeSql: (text, values) => {
                  seen.statements.push(text);
                  return scope.sql.executeSql(text, values);
                },
              },
            }),
          options,
        );
      },
    };
    const queue = await startJobQueue(observed, createLogger('silent'), { pollingIntervalSeconds: 0.5, concurrency: 2, maintenanceIntervalSeconds: 60 });
    try {
      await queue.define('test-ledger', { retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 });
      const worked: string[] = [];
      await queue.work('test-ledger', async (data) => {
        worked.push((data as { id: string }).id);
      });
      const id = randomUUID();
      await queue.accept('test-ledger', { id }, `ledger:${id}`);
      // The only job of this database: once nothing waits or runs, it has been taken, run and marked completed.
      await untilQueueIdle(testDb.database);
      expect(worked).toEqual([id]);

      const running = (pattern: RegExp) => transactions.filter((transaction) => transaction.statements.some((text) => pattern.test(text)));
      const accepted = running(/insert into\s+\S*job\b/i);
      const taken = running(/state = 'active'/);
      const completed = running(/state = 'completed'/);
      expect(accepted.length).toBeGreaterThan(0);
      expect(taken.length).toBeGreaterThan(0);
      expect(completed.length).toBeGreaterThan(0);
      expect(accepted.map((transaction) => transaction.commit)).not.toContain('relaxed');
      expect([...taken, ...completed].map((transaction) => transaction.commit)).toEqual([...taken, ...completed].map(() => 'relaxed'));
    } finally {
      await queue.stop(1000);
    }
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
