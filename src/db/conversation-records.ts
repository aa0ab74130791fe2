import { and, asc, eq } from 'drizzle-orm';
import type { Channel } from '../core/model.ts';
import type { Drizzle } from './database.ts';
import { supportRequests } from './schema.ts';

export interface RecordedRequest {
  id: string;
  channel: string;
  messageText: string;
  conversationId: string | null;
  /** Read through the channel's schema (src/db/channel-context.ts). */
  channelContext: unknown;
}

/**
 * Earlier requests of a conversation, for channels where a learner answers a question in pieces: a thread reply
 * that only gives an address, or a button under credbot's question.
 */
export interface ConversationRecords {
  findRequest(requestId: string): Promise<RecordedRequest | null>;
  /** The first request of the conversation that read as a missing-credential request, if any. */
  findOpeningRequest(channel: Channel, conversationId: string): Promise<RecordedRequest | null>;
}

const columns = {
  id: supportRequests.id,
  channel: supportRequests.channel,
  messageText: supportRequests.messageText,
  conversationId: supportRequests.conversationId,
  channelContext: supportRequests.channelContext,
};

export function createConversationRecords(db: Drizzle): ConversationRecords {
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
  };
}
