import type { SqlExecutor } from '../db/sql-executor.ts';
import { existingJobTables } from './queued-messages.ts';
import { JOB_SCHEMA } from './job-queue.ts';

/** The longest-waiting piece of work on one queue: how long it has been ready to run and not yet taken. */
export interface WaitingWork {
  queue: string;
  waitedSeconds: number;
}

/**
 * Per queue of `queues`, how long its oldest waiting work has been due: jobs ready to run (a retry counts from when it became
 * due, not from its first try) and inbox messages not relayed into their jobs yet. Reads pg-boss's job table,
 * like the erasure does (src/jobs/queued-messages.ts), whose layout pg-boss 10 pins; `state < 'active'` is the
 * condition of its index of waiting jobs.
 */
export async function findOldestWaitingWork(sql: SqlExecutor, queues: readonly string[]): Promise<WaitingWork[]> {
  const inbox = `select queue, min(accepted_at) as due from accepted_messages where relayed_at is null and queue = any($1::text[]) group by queue`;
  const jobs = `select name as queue, min(start_after) as due from ${JOB_SCHEMA}.job
    where name = any($1::text[]) and state < 'active' and start_after <= now() group by name`;
  const hasJobs = (await existingJobTables(sql)).length > 0;
  const { rows } = await sql.executeSql(
    `select queue, extract(epoch from now() - min(due))::float8 as waited_seconds
     from (${hasJobs ? `${inbox} union all ${jobs}` : inbox}) as waiting
     group by queue order by waited_seconds desc`,
    [queues],
  );
  return (rows as { queue: string; waited_seconds: number }[]).map((row) => ({ queue: row.queue, waitedSeconds: Math.max(0, row.waited_seconds) }));
}

/**
 * Not ready when one of the queues this process works has work waiting longer than `maxWaitSeconds`: its workers
 * are stuck or far behind, and learners wait. The reason names each such queue and its wait. A queue no process
 * here works (a channel turned off, or the web role's) is not this process's to answer for.
 */
export async function checkJobBacklog(sql: SqlExecutor, queues: readonly string[], maxWaitSeconds: number): Promise<string | null> {
  if (queues.length === 0) return null;
  let waiting: WaitingWork[];
  try {
    waiting = await findOldestWaitingWork(sql, queues);
  } catch {
    return 'could not read the job queue';
  }
  const late = waiting.filter((work) => work.waitedSeconds > maxWaitSeconds);
  if (late.length === 0) return null;
  const ages = late.map((work) => `${work.queue} ${formatWait(work.waitedSeconds)}`).join(', ');
  return `work waiting longer than ${formatWait(maxWaitSeconds)} (READY_MAX_JOB_WAIT_SECONDS): ${ages}`;
}

function formatWait(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}
