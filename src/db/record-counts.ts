import type { DatabaseSnapshot } from '../metrics/metrics.ts';
import type { SqlExecutor } from './sql-executor.ts';

/**
 * The requests and emails of the last `windowHours`, counted for `/metrics`. Each scrape reads only that window's
 * rows, through the indexes on `support_requests.received_at` and `outbound_emails.created_at` (neither column
 * is ever updated, so the indexes keep the rows' updates heap-only); counting the whole history would read every
 * row ever kept, on every scrape.
 */
export async function readRecordCounts(sql: SqlExecutor, windowHours: number): Promise<Pick<DatabaseSnapshot, 'requests' | 'emails'>> {
  const [requests, emails] = await Promise.all([
    sql.executeSql(
      `select channel, outcome, band, mode, count(*)::int as count from support_requests
       where received_at > now() - make_interval(hours => $1) group by channel, outcome, band, mode`,
      [windowHours],
    ),
    sql.executeSql(
      `select kind, status as state, count(*)::int as count from outbound_emails
       where created_at > now() - make_interval(hours => $1) group by kind, status`,
      [windowHours],
    ),
  ]);
  return {
    requests: requests.rows as DatabaseSnapshot['requests'],
    emails: emails.rows as DatabaseSnapshot['emails'],
  };
}
