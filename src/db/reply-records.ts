import { and, eq, sql } from 'drizzle-orm';
import type { ReplyLedger, RequestForReply } from '../core/channel-ports.ts';
import type { DecisionSummary } from '../core/decision.ts';
import { maskEmailsIn } from '../core/mask.ts';
import { claimExpiry, isUnclaimed } from './claims.ts';
import type { Database } from './database.ts';
import { builtOnce } from './built-once.ts';
import { decidedOutcome } from './request-outcome.ts';
import { supportRequests } from './schema.ts';

const MIN_CHARS_TO_MATCH_INSIDE = 60;

type StoredRequestForReply = {
  /** The stored decision, of which the reply plans read the summary (erasure keeps no more). */
  decision: DecisionSummary;
} & Pick<
  typeof supportRequests.$inferSelect,
  'id' | 'channel' | 'outcome' | 'band' | 'mode' | 'learnerReply' | 'agentNote' | 'language' | 'channelContext' | 'replyStatus' | 'replyAttempts' | 'replyStepsDone' | 'conversationId'
>;

function asDecided(row: StoredRequestForReply): RequestForReply {
  return { ...row, outcome: decidedOutcome(row.id, row.outcome) };
}

const requestIdParam = sql.placeholder('requestId');
const stepsDoneParam = sql.placeholder('stepsDone');
const leaseParam = sql.placeholder('leaseSeconds');

const requestForReply = {
  id: supportRequests.id,
  channel: supportRequests.channel,
  outcome: supportRequests.outcome,
  decision: supportRequests.decision,
  band: supportRequests.band,
  mode: supportRequests.mode,
  learnerReply: supportRequests.learnerReply,
  agentNote: supportRequests.agentNote,
  language: supportRequests.language,
  channelContext: supportRequests.channelContext,
  replyStatus: supportRequests.replyStatus,
  replyAttempts: supportRequests.replyAttempts,
  replyStepsDone: supportRequests.replyStepsDone,
  conversationId: supportRequests.conversationId,
};

// Each reply job runs these: built once (src/db/built-once.ts).
const startAttemptStatement = builtOnce<StoredRequestForReply>((db) =>
  db
    .update(supportRequests)
    .set({ replyAttempts: sql`${supportRequests.replyAttempts} + 1` })
    .where(and(eq(supportRequests.id, requestIdParam), eq(supportRequests.replyStatus, 'pending')))
    .returning(requestForReply),
);
const claimAttemptStatement = builtOnce<StoredRequestForReply>((db) =>
  db
    .update(supportRequests)
    .set({ replyAttempts: sql`${supportRequests.replyAttempts} + 1`, replyClaimedUntil: claimExpiry(leaseParam) })
    .where(and(eq(supportRequests.id, requestIdParam), eq(supportRequests.replyStatus, 'pending'), isUnclaimed(supportRequests.replyClaimedUntil)))
    .returning(requestForReply),
);
const markStepDoneStatement = builtOnce((db) =>
  db.update(supportRequests).set({ replyStepsDone: sql`${stepsDoneParam}` }).where(eq(supportRequests.id, requestIdParam)),
);
const markDeliveredStatement = builtOnce((db) =>
  db
    .update(supportRequests)
    .set({ replyStatus: 'delivered', replyStepsDone: sql`${stepsDoneParam}`, repliedAt: sql`now()`, replyError: null, replyClaimedUntil: null })
    .where(eq(supportRequests.id, requestIdParam)),
);

/**
 * Every statement here commits durably (one statement each: a relaxed commit would cost a transaction around it).
 * The attempt's start, or a Slack reply's claim, makes the request's own relaxed commit durable too (the log is
 * flushed in order) before anything is posted: no request is then redone from scratch after its reply went out,
 * and a retry knows it is one.
 */
export function createReplyRecords(database: Pick<Database, 'db'>): ReplyLedger {
  const { db } = database;
  return {
    async startAttempt(requestId) {
      const [row] = await startAttemptStatement(db, { requestId });
      return row ? asDecided(row) : null;
    },

    async claimAttempt(requestId, leaseSeconds) {
      const [row] = await claimAttemptStatement(db, { requestId, leaseSeconds });
      if (row) return { kind: 'claimed', row: asDecided(row) };
      const [current] = await db
        .select({ replyStatus: supportRequests.replyStatus, claimedUntil: supportRequests.replyClaimedUntil })
        .from(supportRequests)
        .where(eq(supportRequests.id, requestId));
      // Still pending: held a moment ago, even if the holder has let go since; the job's next try claims it.
      if (current?.replyStatus === 'pending') return { kind: 'held', until: current.claimedUntil ?? new Date() };
      return { kind: 'settled' };
    },

    async releaseClaim(requestId, attempt) {
      await db
        .update(supportRequests)
        .set({ replyClaimedUntil: null })
        .where(and(eq(supportRequests.id, requestId), eq(supportRequests.replyAttempts, attempt)));
    },

    async markStepDone(requestId, stepsDone) {
      await markStepDoneStatement(db, { requestId, stepsDone });
    },

    async markDelivered(requestId, stepsDone) {
      await markDeliveredStatement(db, { requestId, stepsDone });
    },

    async recordFailure(requestId, error, final) {
      await db
        .update(supportRequests)
        .set({ replyError: maskEmailsIn(error).slice(0, 1000), ...(final ? { replyStatus: 'failed' as const } : {}) })
        .where(eq(supportRequests.id, requestId));
    },

    async isOwnReply(channel, conversationId, text) {
      const incoming = normaliseWords(text);
      if (incoming === '') return false;
      const replies = await db
        .select({ reply: supportRequests.learnerReply })
        .from(supportRequests)
        .where(and(eq(supportRequests.channel, channel), eq(supportRequests.conversationId, conversationId)));
      return replies.some(({ reply }) => {
        const ours = normaliseWords(reply);
        // A short learner reply ("thanks") can occur inside ours by chance; a long one cannot.
        return ours !== '' && (incoming.includes(ours) || (incoming.length >= MIN_CHARS_TO_MATCH_INSIDE && ours.includes(incoming)));
      });
    },
  };
}

/** Channels re-wrap text (line breaks, quotes, HTML to plain text): compare words, not characters. */
function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}
