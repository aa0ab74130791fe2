import type { SqlExecutor } from '../db/sql-executor.ts';
import { readQueueBacklog } from './queue-backlog.ts';

/**
 * Not ready when one of the queues this process works has work waiting longer than `maxWaitSeconds` (a job not yet
 * running, retries included; the same reading as /metrics'): its
 * workers are stuck or far behind, and learners wait. The reason names each such queue and its wait. A queue no
 * process here works (a channel turned off, or the web role's) is not this process's to answer for.
 */
export async function checkJobBacklog(sql: SqlExecutor, queues: readonly string[], maxWaitSeconds: number): Promise<string | null> {
  if (queues.length === 0) return null;
  let backlog: Awaited<ReturnType<typeof readQueueBacklog>>;
  try {
    backlog = await readQueueBacklog(sql);
  } catch {
    return 'could not read the job queue';
  }
  const late = backlog
    .filter((entry) => queues.includes(entry.queue))
    .map((entry) => ({ queue: entry.queue, waitedSeconds: entry.oldestWaitingSeconds }))
    .filter((entry) => entry.waitedSeconds > maxWaitSeconds)
    .sort((a, b) => b.waitedSeconds - a.waitedSeconds);
  if (late.length === 0) return null;
  const ages = late.map((entry) => `${entry.queue} ${formatWait(entry.waitedSeconds)}`).join(', ');
  return `work waiting longer than ${formatWait(maxWaitSeconds)} (READY_MAX_JOB_WAIT_SECONDS): ${ages}`;
}

function formatWait(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}
