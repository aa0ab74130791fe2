import { type AddressToForget, mentionsAddress, stringsInJson } from '../core/address-mentions.ts';
import type { SqlExecutor } from '../db/sql-executor.ts';
import { JOB_SCHEMA } from './job-tables.ts';
import { jobIdFor } from './job-queue.ts';

/**
 * Erasure of the learner's words on their way through the queue: pg-boss's jobs (`job`, and `archive`, where
 * pg-boss keeps finished jobs for a week). A channel's message job carries the whole message (a webhook's or a
 * Slack event's); the others carry ids only.
 *
 * This reads pg-boss's tables, which are not its public API: their layout is pinned by pg-boss's schema version
 * (10.x), and test/erasure.test.ts fails loudly if a release moves the data elsewhere.
 */

export interface ErasedQueueEntries {
  jobs: number;
}

const JOB_TABLES = [`${JOB_SCHEMA}.job`, `${JOB_SCHEMA}.archive`];

/** pg-boss creates its tables when the service first starts: a database only migrated has none yet. */
export async function existingJobTables(sql: SqlExecutor): Promise<string[]> {
  const { rows } = await sql.executeSql('select to_regclass($1) is not null as present', [JOB_TABLES[0]]);
  return (rows[0] as { present: boolean }).present ? JOB_TABLES : [];
}

/**
 * Deletes finished jobs created before `olderThanDays` days ago. A job still to run is left: its message is
 * handled, then erased from the records by a later purge, and pg-boss drops the job itself a week after it finishes.
 */
export async function deleteQueuedOlderThan(sql: SqlExecutor, olderThanDays: number): Promise<ErasedQueueEntries> {
  if ((await existingJobTables(sql)).length === 0) return { jobs: 0 };
  const [jobs, archived] = await Promise.all([
    countDeleted(
      sql,
      `delete from ${JOB_SCHEMA}.job
       where state in ('completed', 'cancelled', 'failed') and created_on < now() - make_interval(days => $1) returning 1`,
      [olderThanDays],
    ),
    countDeleted(sql, `delete from ${JOB_SCHEMA}.archive where created_on < now() - make_interval(days => $1) returning 1`, [olderThanDays]),
  ]);
  return { jobs: jobs + archived };
}

/**
 * Deletes, whatever their state, the jobs whose data names the address, and those that carried the messages
 * accepted under `messageKeys` (a message job's id is derived from its key). A job waiting to run is cancelled by
 * its deletion: the learner asked to be forgotten, not answered.
 */
export async function deleteQueuedNaming(sql: SqlExecutor, target: AddressToForget, messageKeys: readonly string[]): Promise<ErasedQueueEntries> {
  const messageJobIds = messageKeys.map(jobIdFor);
  let jobs = 0;
  for (const table of await existingJobTables(sql)) {
    const { rows } = await sql.executeSql(
      `select id::text as id, coalesce(data::text, 'null') as data, coalesce(output::text, 'null') as output from ${table}
       where exists (
         select 1 from unnest($1::text[]) as fragment
         where strpos(lower(coalesce(data::text, '') || ' ' || coalesce(output::text, '')), fragment) > 0)`,
      [target.fragments],
    );
    const namingIds = (rows as { id: string; data: string; output: string }[])
      .filter((row) => mentionsAddress([...stringsInJson(JSON.parse(row.data)), ...stringsInJson(JSON.parse(row.output))], target))
      .map((row) => row.id);
    jobs += await countDeleted(sql, `delete from ${table} where id = any($1::uuid[]) returning 1`, [[...namingIds, ...messageJobIds]]);
  }
  return { jobs };
}

async function countDeleted(sql: SqlExecutor, deletion: string, values: unknown[]): Promise<number> {
  const { rows } = await sql.executeSql(`with deleted as (${deletion}) select count(*)::int as count from deleted`, values);
  return (rows[0] as { count: number }).count;
}
