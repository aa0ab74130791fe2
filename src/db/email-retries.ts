import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { recordAudit } from './console-audit.ts';
import type { Database, TransactionScope } from './database.ts';
import { STUCK_AFTER_HOURS } from './failure-records.ts';
import { outboundEmails } from './schema.ts';

/** Who asked for the retry, for the audit entry written with it. */
export interface RetryRequester {
  userId: string;
  userEmail: string;
}

/**
 * Puts failed (or stuck) emails back in the queue: each becomes `queued` with its attempts reset and its last error
 * cleared, an audit entry is written for it, and `scheduleDelivery` enqueues its send job, all in one transaction,
 * so a retry is never recorded without its job nor run without its record. An email sent, erased or already queued
 * afresh since the page was drawn is left alone. Returns the ids it re-queued.
 */
export async function requeueEmails(
  database: Database,
  which: { emailIds: string[] } | 'all',
  requester: RetryRequester,
  scheduleDelivery: (scope: TransactionScope, emailId: string, retryKey: string) => Promise<void>,
): Promise<string[]> {
  const stuckBefore = sql`now() - make_interval(hours => ${STUCK_AFTER_HOURS})`;
  const retryable = and(
    sql`${outboundEmails.erasedAt} is null`,
    or(eq(outboundEmails.status, 'failed'), and(eq(outboundEmails.status, 'queued'), lt(outboundEmails.createdAt, stuckBefore))),
  );
  return database.transaction(async (scope) => {
    const requeued = await scope.db
      .update(outboundEmails)
      .set({ status: 'queued', attempts: 0, lastError: null, claimedUntil: null })
      .where(which === 'all' ? retryable : and(retryable, inArray(outboundEmails.id, which.emailIds)))
      .returning({ id: outboundEmails.id, supportRequestId: outboundEmails.supportRequestId });
    for (const email of requeued) {
      const auditId = await recordAudit(scope.db, { ...requester, action: 'retry_email', subject: email.id, detail: { requestId: email.supportRequestId } });
      // The email's first job (id = email id) may still be on record: a retry's job is keyed by its audit entry.
      await scheduleDelivery(scope, email.id, auditId);
    }
    return requeued.map((email) => email.id);
  });
}
