import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Channel } from '../core/model.ts';
import type { ConversationRequests } from '../core/channel-ports.ts';
import type { ConversationHistoryReader } from '../core/ports.ts';
import type { Drizzle } from './database.ts';
import { decidedOutcome } from './request-outcome.ts';
import { outboundEmails, supportRequests } from './schema.ts';

/** The emails a conversation's history tells of: a withheld one (shadow or suggest mode) never left credbot. */
const TOLD_STATUSES = ['queued', 'sent', 'failed'] as const;
type ToldStatus = (typeof TOLD_STATUSES)[number];
const isTold = <Email extends { status: string }>(email: Email): email is Email & { status: ToldStatus } =>
  (TOLD_STATUSES as readonly string[]).includes(email.status);

const columns = {
  id: supportRequests.id,
  channel: supportRequests.channel,
  messageText: supportRequests.messageText,
  conversationId: supportRequests.conversationId,
  channelContext: supportRequests.channelContext,
};

export function createConversationRecords(db: Drizzle): ConversationRequests & ConversationHistoryReader {
  return {
    async findRequest(requestId) {
      const [row] = await db.select(columns).from(supportRequests).where(eq(supportRequests.id, requestId));
      return row ?? null;
    },

    async findOpeningRequest(channel, conversationId) {
      const [row] = await db
        .select(columns)
        .from(supportRequests)
        .where(
          and(
            eq(supportRequests.channel, channel),
            eq(supportRequests.conversationId, conversationId),
            eq(supportRequests.intent, 'missing_credential'),
          ),
        )
        .orderBy(asc(supportRequests.receivedAt))
        .limit(1);
      return row ?? null;
    },

    async readHistory(channel, conversationId) {
      const inConversation = and(eq(supportRequests.channel, channel), eq(supportRequests.conversationId, conversationId));
      const [requests, emails] = await Promise.all([
        db
          .select({ id: supportRequests.id, outcome: supportRequests.outcome, addresses: supportRequests.addresses, vouchedAddress: supportRequests.vouchedAddress })
          .from(supportRequests)
          .where(and(inConversation, ne(supportRequests.outcome, 'pending'), isNull(supportRequests.erasedAt))),
        db
          .select({
            address: outboundEmails.toAddress,
            status: outboundEmails.status,
            sentAt: outboundEmails.sentAt,
            timesSent: sql<number>`(select count(*)::int from outbound_emails sent
              where sent.to_address = ${outboundEmails.toAddress} and sent.kind = 'retrieve' and sent.status = 'sent')`.mapWith(Number),
          })
          .from(outboundEmails)
          .innerJoin(supportRequests, eq(supportRequests.id, outboundEmails.supportRequestId))
          // A withheld email (shadow or suggest mode) never left credbot: nothing to tell of it.
          .where(and(inConversation, eq(outboundEmails.kind, 'retrieve'), inArray(outboundEmails.status, [...TOLD_STATUSES]), isNull(outboundEmails.erasedAt)))
          .orderBy(asc(outboundEmails.createdAt)),
      ]);
      // The latest email per address speaks for it: a resend that arrived outweighs an earlier failure.
      const latest = new Map(emails.filter(isTold).map((email) => [email.address, email]));
      const vouched = requests.flatMap((request) => (request.vouchedAddress ? [request.vouchedAddress] : []));
      return {
        outcomes: requests.map((request) => decidedOutcome(request.id, request.outcome)),
        knownAddresses: [...new Set([...requests.flatMap((request) => request.addresses), ...vouched, ...latest.keys()])],
        vouchedAddresses: [...new Set(vouched)],
        emails: [...latest.values()],
      };
    },
  };
}
