import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobQueue, startJobQueue } from '../src/jobs/job-queue.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

describe('the job queue (pg-boss in our own database)', () => {
  let testDb: TestDatabase;
  let queue: JobQueue;
  const worked: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    queue = await startJobQueue(testDb.database, createLogger('silent'), {
      emailMaxAttempts: 3,
      emailRetryDelaySeconds: 1,
      pollingIntervalSeconds: 0.5,
    });
    await queue.workEmails(async ({ emailId }) => {
      worked.push(emailId);
    });
  });
  afterAll(async () => {
    await queue?.stop(1000);
    await testDb?.drop();
  });

  it('runs a job enqueued in a committed transaction, once, even if it was enqueued twice', async () => {
    const emailId = randomUUID();
    await testDb.database.transaction(async (scope) => {
      await queue.scheduleEmailDelivery(scope, emailId);
      await queue.scheduleEmailDelivery(scope, emailId);
    });
    queue.nudgeWorkers();
    await until(() => worked.includes(emailId));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(worked.filter((id) => id === emailId)).toHaveLength(1);
  });

  it('never runs a job whose transaction rolled back', async () => {
    const emailId = randomUUID();
    const marker = randomUUID();
    await expect(
      testDb.database.transaction(async (scope) => {
        await queue.scheduleEmailDelivery(scope, emailId);
        throw new Error(marker);
      }),
    ).rejects.toThrow(marker);
    const committed = randomUUID();
    await testDb.database.transaction((scope) => queue.scheduleEmailDelivery(scope, committed));
    queue.nudgeWorkers();
    await until(() => worked.includes(committed));
    expect(worked).not.toContain(emailId);
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
