import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Drizzle } from './database.ts';
import type { StoredOutcome } from './request-outcome.ts';
import { outboundEmails, supportRequests } from './schema.ts';

/**
 * Still unsent this long after it was decided, a reply or an email is taken as stuck: its retries (minutes for a
 * reply, hours for an email) are long over, so its last attempt died with its worker and nothing will try again.
 */
export const STUCK_AFTER_HOURS = 24;

export interface FailedReply {
  requestId: string;
  channel: string;
  /** The ticket id, or the Slack channel and thread. */
  conversationId: string | null;
  outcome: StoredOutcome;
  status: 'failed' | 'stuck';
  attempts: number;
  /** Stored with every address masked. */
  error: string | null;
  receivedAt: Date;
}

export interface FailedEmail {
  emailId: string;
  requestId: string;
  kind: string;
  /** The recipient as stored: callers mask it before showing it. */
  toAddress: string;
  status: 'failed' | 'stuck';
  attempts: number;
  /** Stored with every address masked. */
  error: string | null;
  createdAt: Date;
}

export interface Failures {
  replies: FailedReply[];
  emails: FailedEmail[];
}

/**
 * What needs a person, newest first, at most `limit` of each: replies and emails that failed for good, and those
 * stuck (see STUCK_AFTER_HOURS).
 */
export async function listFailures(db: Drizzle, limit: number): Promise<Failures> {
  const stuckBefore = sql`now() - make_interval(hours => ${STUCK_AFTER_HOURS})`;
  const [replies, emails] = await Promise.all([
    db
      .select({
        requestId: supportRequests.id,
        channel: supportRequests.channel,
        conversationId: supportRequests.conversationId,
        outcome: supportRequests.outcome,
        replyStatus: supportRequests.replyStatus,
        attempts: supportRequests.replyAttempts,
        error: supportRequests.replyError,
        receivedAt: supportRequests.receivedAt,
      })
      .from(supportRequests)
      .where(
        or(
          eq(supportRequests.replyStatus, 'failed'),
          and(eq(supportRequests.replyStatus, 'pending'), lt(supportRequests.receivedAt, stuckBefore)),
        ),
      )
      .orderBy(desc(supportRequests.receivedAt))
      .limit(limit),
    db
      .select({
        emailId: outboundEmails.id,
        requestId: outboundEmails.supportRequestId,
        kind: outboundEmails.kind,
        toAddress: outboundEmails.toAddress,
        emailStatus: outboundEmails.status,
        attempts: outboundEmails.attempts,
        error: outboundEmails.lastError,
        createdAt: outboundEmails.createdAt,
      })
      .from(outboundEmails)
      .where(or(eq(outboundEmails.status, 'failed'), and(eq(outboundEmails.status, 'queued'), lt(outboundEmails.createdAt, stuckBefore))))
      .orderBy(desc(outboundEmails.createdAt))
      .limit(limit),
  ]);
  return {
    replies: replies.map(({ replyStatus, ...reply }) => ({ ...reply, status: replyStatus === 'failed' ? 'failed' : 'stuck' })),
    emails: emails.map(({ emailStatus, ...email }) => ({ ...email, status: emailStatus === 'failed' ? 'failed' : 'stuck' })),
  };
}
