import type { Database } from '../../src/db/database.ts';
import { jobIdFor } from '../../src/jobs/job-queue.ts';
import { JOB_SCHEMA } from '../../src/jobs/job-tables.ts';

/**
 * Resolves once the service has nothing left to do: no job is waiting, due for a retry or running. A test that
 * expects something *not* to happen waits for this end state, then looks.
 */
export async function untilQueueIdle(database: Database, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await database.sql.executeSql(`select count(*)::int as busy from ${JOB_SCHEMA}.job where state in ('created', 'retry', 'active')`, []);
    if ((rows[0] as { busy: number }).busy === 0) return;
    if (Date.now() > deadline) throw new Error(`the queue still had work after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether a message was accepted under the channel's idempotency `key`: its job exists, whatever its state. */
export async function acceptedUnderKey(database: Database, key: string): Promise<boolean> {
  const { rows } = await database.sql.executeSql(`select 1 from ${JOB_SCHEMA}.job where id = $1`, [jobIdFor(key)]);
  return rows.length > 0;
}

/** How many jobs, in any queue and state, carry a message about this Zendesk ticket. */
export async function jobsForTicket(database: Database, ticketId: string): Promise<number> {
  const { rows } = await database.sql.executeSql(`select count(*)::int as count from ${JOB_SCHEMA}.job where data->>'ticketId' = $1`, [ticketId]);
  return (rows[0] as { count: number }).count;
}
