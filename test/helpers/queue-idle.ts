import type { Database } from '../../src/db/database.ts';
import { JOB_SCHEMA } from '../../src/jobs/job-queue.ts';

/**
 * Resolves once the service has nothing left to do: no accepted message waits for its job, and no job is waiting,
 * due for a retry or running. A test that expects something *not* to happen waits for this end state, then looks.
 */
export async function untilQueueIdle(database: Database, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await database.sql.executeSql(
      `select (select count(*) from accepted_messages where relayed_at is null)::int
            + (select count(*) from ${JOB_SCHEMA}.job where state in ('created', 'retry', 'active'))::int as busy`,
      [],
    );
    if ((rows[0] as { busy: number }).busy === 0) return;
    if (Date.now() > deadline) throw new Error(`the queue still had work after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
