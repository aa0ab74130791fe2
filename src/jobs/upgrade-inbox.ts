import type { Database } from '../db/database.ts';
import { insertJobs, JOB_SCHEMA } from './job-tables.ts';

/**
 * Until migration 0013 a message was acknowledged once it was in an inbox table (`accepted_messages`), and a relay
 * moved it into its job later. The migration keeps the messages no relay had moved yet; this moves them into their
 * jobs, under the same ids the relay would have given them, and drops the table once it is empty. It runs where
 * the queue starts, under the setup lock, so two processes starting together never both move one message.
 *
 * Remove this module (and add a migration dropping the table if it still exists) once every deployment has started
 * on 0013 or later.
 */
export async function drainUpgradeInbox(
  database: Pick<Database, 'sql' | 'transaction' | 'withSetupLock'>,
  jobIdFor: (key: string) => string,
): Promise<number> {
  const { rows } = await database.sql.executeSql(`select to_regclass('${UPGRADE_INBOX}') is not null as present`, []);
  if (!(rows[0] as { present: boolean }).present) return 0;
  return database.withSetupLock(() =>
    database.transaction(async (scope) => {
      const { rows: present } = await scope.sql.executeSql(`select to_regclass('${UPGRADE_INBOX}') is not null as present`, []);
      if (!(present[0] as { present: boolean }).present) return 0;
      // Only messages for queues pg-boss knows: it would drop a job for any other.
      const { rows: waiting } = await scope.sql.executeSql(
        `delete from ${UPGRADE_INBOX} where queue in (select name from ${JOB_SCHEMA}.queue) returning key, queue, payload`,
        [],
      );
      const messages = waiting as { key: string; queue: string; payload: object }[];
      if (messages.length > 0) await insertJobs(scope.sql, messages.map((message) => ({ name: message.queue, id: jobIdFor(message.key), data: message.payload })));
      const { rows: left } = await scope.sql.executeSql(`select count(*)::int as left from ${UPGRADE_INBOX}`, []);
      if ((left[0] as { left: number }).left === 0) await scope.sql.executeSql(`drop table ${UPGRADE_INBOX}`, []);
      return messages.length;
    }),
  );
}

/** What migration 0013 renamed the old inbox to (only its messages not yet relayed are kept). */
export const UPGRADE_INBOX = 'accepted_messages_before_upgrade';
