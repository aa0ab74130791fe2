import type { SqlExecutor } from '../db/sql-executor.ts';
import type { DatabaseSnapshot } from '../metrics/metrics.ts';
import { JOB_SCHEMA } from './job-tables.ts';

/**
 * What waits, per job queue: pg-boss's jobs not yet running (`created`, or `retry` until their next try). Every queue pg-boss knows is listed, so a queue with nothing
 * waiting reads 0 rather than dropping out.
 *
 * pg-boss's tables are not its public API: this reads `job` and `queue` as pg-boss 10 lays them out (states compare
 * in the enum's order: created < retry < active), through its own index of waiting jobs (`job_i5`). Like
 * src/jobs/queued-messages.ts, test/metrics.test.ts fails loudly if a release moves them.
 */
export async function readQueueBacklog(sql: SqlExecutor): Promise<DatabaseSnapshot['queues']> {
  const { rows } = await sql.executeSql(
    `select q.name as queue,
       coalesce(j.waiting, 0)::int as "waitingJobs",
       coalesce(j.oldest, 0)::float8 as "oldestWaitingSeconds"
     from ${JOB_SCHEMA}.queue q
     left join (
       select name, count(*) as waiting, extract(epoch from now() - min(created_on)) as oldest
       from ${JOB_SCHEMA}.job where state < $1::${JOB_SCHEMA}.job_state group by name
     ) j on j.name = q.name
     order by q.name`,
    ['active'],
  );
  return rows as DatabaseSnapshot['queues'];
}
