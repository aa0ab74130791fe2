import { and, eq } from 'drizzle-orm';
import type { DeliveryFailure } from '../core/delivery-failure.ts';
import type { Language } from '../core/messages/languages.ts';
import type { Channel } from '../core/model.ts';
import type { ComposedReply } from '../core/ports.ts';
import type { Database } from './database.ts';
import { outboundEmails, supportRequests } from './schema.ts';
import { supportRequestIdFor } from './stable-ids.ts';
import { type LedgerScheduling, summariseDecision } from './support-ledger.ts';

/** The conversation an email was sent for: where its failure is told. */
export interface EmailConversation {
  channel: Channel;
  kind: 'retrieve' | 'issuer_handoff';
  conversationId: string | null;
  /** As the opening request stored it, already checked by its channel's schema: the notice is answered in the same place. */
  channelContext: unknown;
  /** The language the conversation's learner was answered in (null for requests recorded before languages). */
  language: Language | null;
}

export interface FinalEmailFailure {
  emailId: string;
  /** The attempt that failed: the record is written only while the email is still this attempt's. */
  attempt: number;
  error: string;
  /** What to tell the conversation, if anything: recorded as a request of its own, answered by the channel's reply job. */
  notice: { channel: Channel; conversation: EmailConversation; decision: DeliveryFailure; reply: ComposedReply } | null;
}

export interface DeliveryFailureRecords {
  findConversation(emailId: string): Promise<EmailConversation | null>;
  /**
   * Marks the email failed and, in the same transaction, records the notice to its conversation and schedules the
   * channel's reply job for it. The notice's id derives from the email's, so a retried failure finds it and
   * schedules nothing twice; the reply job's markers (a Zendesk tag, a Slack claim) keep a retried post from
   * going out twice.
   */
  recordFinalFailure(failure: FinalEmailFailure): Promise<void>;
}

/** The external id of the notice about an email: one per email. */
export function deliveryFailureExternalId(emailId: string): string {
  return `delivery-failed:${emailId}`;
}

/** Relaxed commits (TransactionOptions): lost with a crash, the email is still queued, and its retry fails it again. */
export function createDeliveryFailureRecords(database: Pick<Database, 'db' | 'transaction'>, scheduling: Pick<LedgerScheduling, 'scheduleReplyDelivery'>): DeliveryFailureRecords {
  const { db } = database;
  return {
    async findConversation(emailId) {
      const [row] = await db
        .select({
          channel: supportRequests.channel,
          kind: outboundEmails.kind,
          conversationId: supportRequests.conversationId,
          channelContext: supportRequests.channelContext,
          language: supportRequests.language,
        })
        .from(outboundEmails)
        .innerJoin(supportRequests, eq(supportRequests.id, outboundEmails.supportRequestId))
        .where(eq(outboundEmails.id, emailId));
      return row ? { ...row, channel: row.channel as Channel } : null;
    },

    async recordFinalFailure({ emailId, attempt, error, notice }) {
      await database.transaction(async (scope) => {
        const failed = await scope.db
          .update(outboundEmails)
          .set({ lastError: error.slice(0, 1000), claimedUntil: null, status: 'failed' })
          .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.attempts, attempt)))
          .returning({ id: outboundEmails.id });
        if (failed.length === 0 || notice === null) return;
        const externalId = deliveryFailureExternalId(emailId);
        const inserted = await scope.db
          .insert(supportRequests)
          .values({
            id: supportRequestIdFor(notice.channel, externalId),
            channel: notice.channel,
            externalId,
            // No learner wrote it: credbot speaks first, about the conversation's email.
            messageText: '',
            conversationId: notice.conversation.conversationId,
            channelContext: notice.conversation.channelContext,
            intent: 'delivery_failure',
            confidence: 100,
            band: 'act',
            reasons: [],
            addresses: [notice.decision.address],
            outcome: notice.decision.kind,
            decision: summariseDecision(notice.decision),
            learnerReply: notice.reply.learnerReply,
            agentNote: notice.reply.agentNote,
            language: notice.reply.language,
            replyStatus: 'pending',
          })
          .onConflictDoNothing()
          .returning({ id: supportRequests.id });
        const requestId = inserted[0]?.id;
        if (requestId !== undefined) await scheduling.scheduleReplyDelivery(scope, requestId, notice.channel);
      }, { commit: 'relaxed' });
    },
  };
}
