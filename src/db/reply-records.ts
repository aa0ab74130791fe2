import { and, eq, sql } from 'drizzle-orm';
import type { ReplyLedger, ReplyLedgerOptions, RequestForReply } from '../core/channel-ports.ts';
import type { DecisionSummary } from '../core/decision.ts';
import { maskEmailsIn } from '../core/mask.ts';
import { claimExpiry, isUnclaimed } from './claims.ts';
import type { Database } from './database.ts';
import { prebuiltStatement } from './prebuilt-statement.ts';
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

// Each reply job runs these: built once (src/db/prebuilt-statement.ts).
const startAttemptStatement = prebuiltStatement<StoredRequestForReply>((db) =>
  db
    .update(supportRequests)
    .set({ replyAttempts: sql`${supportRequests.replyAttempts} + 1` })
    .where(and(eq(supportRequests.id, requestIdParam), eq(supportRequests.replyStatus, 'pending')))
    .returning(requestForReply),
);
const claimAttemptStatement = prebuiltStatement<StoredRequestForReply>((db) =>
  db
    .update(supportRequests)
    .set({ replyAttempts: sql`${supportRequests.replyAttempts} + 1`, replyClaimedUntil: claimExpiry(leaseParam) })
    .where(and(eq(supportRequests.id, requestIdParam), eq(supportRequests.replyStatus, 'pending'), isUnclaimed(supportRequests.replyClaimedUntil)))
    .returning(requestForReply),
);
const markStepDoneStatement = prebuiltStatement((db) =>
  db.update(supportRequests).set({ replyStepsDone: sql`${stepsDoneParam}` }).where(eq(supportRequests.id, requestIdParam)),
);
const markDeliveredStatement = prebuiltStatement((db) =>
  db
    .update(supportRequests)
    .set({ replyStatus: 'delivered', replyStepsDone: sql`${stepsDoneParam}`, repliedAt: sql`now()`, replyError: null, replyClaimedUntil: null })
    .where(eq(supportRequests.id, requestIdParam)),
);

/**
 * A step done and a delivery record what was posted outside, and a claim must hold before anything is posted, so
 * they commit durably; a failure, a released claim and the reads are bookkeeping (Database.asyncCommit): a retry
 * after losing them posts nothing twice. So is an attempt's start where the first attempt finds a posted reply:
 * the request, committed asynchronously, may be lost after its reply is posted, and redone under the same id it
 * meets that reply. Elsewhere the attempt's start (a claim, for Slack) commits durably, which makes the request
 * durable too (the log is flushed in order) before anything is posted: no request is then redone from scratch
 * after its reply went out, and a retry knows it is one.
 */
export function createReplyRecords(database: Pick<Database, 'db' | 'asyncCommit'>, options: ReplyLedgerOptions): ReplyLedger {
  const { db } = database;
  const bookkeeping = database.asyncCommit.db;
  const attemptStarts = options.firstAttemptFindsPostedReply ? bookkeeping : db;
  return {
    async startAttempt(requestId) {
      const [row] = await startAttemptStatement(attemptStarts, { requestId });
      return row ? asDecided(row) : null;
    },

    async claimAttempt(requestId, leaseSeconds) {
      const [row] = await claimAttemptStatement(db, { requestId, leaseSeconds });
      if (row) return { kind: 'claimed', row: asDecided(row) };
      const [current] = await bookkeeping
        .select({ replyStatus: supportRequests.replyStatus, claimedUntil: supportRequests.replyClaimedUntil })
        .from(supportRequests)
        .where(eq(supportRequests.id, requestId));
      // Still pending: held a moment ago, even if the holder has let go since; the job's next try claims it.
      if (current?.replyStatus === 'pending') return { kind: 'held', until: current.claimedUntil ?? new Date() };
      return { kind: 'settled' };
    },

    async releaseClaim(requestId, attempt) {
      await bookkeeping
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
      await bookkeeping
        .update(supportRequests)
        .set({ replyError: maskEmailsIn(error).slice(0, 1000), ...(final ? { replyStatus: 'failed' as const } : {}) })
        .where(eq(supportRequests.id, requestId));
    },

    async isOwnReply(channel, conversationId, text) {
      const incoming = normaliseWords(text);
      if (incoming === '') return false;
      const replies = await bookkeeping
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
