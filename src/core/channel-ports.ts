import type { z } from 'zod';
import type { ChannelMode, ChannelWithMode } from './channel-mode.ts';
import type { Claim } from './claims.ts';
import type { DecisionKind, DecisionSummary } from './decision.ts';
import type { IntentBand } from './intent/intent-thresholds.ts';
import type { Language } from './messages/languages.ts';
import type { Channel } from './model.ts';

/*
 * What a channel's workers use besides the core's handleMessage: the channel's mode, the earlier requests of a
 * conversation, and the record of the answer they post. Implemented over the database (src/db/), built by the
 * composition root (src/main.ts) and handed to the channels, which never import the database.
 */

/** Each channel's mode, as the message workers read it (src/core/channel-mode.ts). */
export interface ChannelModeReader {
  /** The channel's mode as read at most the reader's `maxAgeMs` ago. */
  modeOf(channel: ChannelWithMode): Promise<ChannelMode>;
}

export interface RecordedRequest {
  id: string;
  channel: string;
  messageText: string;
  conversationId: string | null;
  /** Read through the channel's schema (readChannelContext). */
  channelContext: unknown;
}

/**
 * Earlier requests of a conversation, for channels where a learner answers a question in pieces: a thread reply
 * that only gives an address, or a button under credbot's question.
 */
export interface ConversationRequests {
  findRequest(requestId: string): Promise<RecordedRequest | null>;
  /** The first request of the conversation that read as a missing-credential request, if any. */
  findOpeningRequest(channel: Channel, conversationId: string): Promise<RecordedRequest | null>;
}

/** A decided request, as a reply job reads it. */
export interface RequestForReply {
  id: string;
  channel: string;
  outcome: DecisionKind;
  /** The stored decision, of which the reply plans read the summary (erasure keeps no more). */
  decision: DecisionSummary;
  band: IntentBand;
  mode: ChannelMode;
  learnerReply: string;
  agentNote: string;
  /** The language the reply is written in; null for requests recorded before credbot had languages. */
  language: Language | null;
  /** Where to answer, as the channel stored it: read back through the channel's schema (readChannelContext). */
  channelContext: unknown;
  replyStatus: 'none' | 'pending' | 'delivered' | 'failed';
  /** Attempts counted so far, the current one included. */
  replyAttempts: number;
  replyStepsDone: number;
  conversationId: string | null;
}

/** What the channels' reply jobs read and write on a support request. */
export interface ReplyLedger {
  /**
   * Counts an attempt at a request whose reply is still pending and returns the request as it now is (its
   * `replyAttempts` counting this one); null when there is nothing to reply to.
   */
  startAttempt(requestId: string): Promise<RequestForReply | null>;
  /**
   * As startAttempt, for a channel whose posts cannot be recognised afterwards (Slack): the attempt also claims the
   * reply for `leaseSeconds` (src/core/claims.ts), and none is counted while another attempt holds it.
   */
  claimAttempt(requestId: string, leaseSeconds: number): Promise<Claim<RequestForReply>>;
  /** Lets go of a claim after a failure, so the job's retry need not wait out the lease; only attempt `attempt`'s. */
  releaseClaim(requestId: string, attempt: number): Promise<void>;
  markStepDone(requestId: string, stepsDone: number): Promise<void>;
  /** The last step is done: records it and the reply as delivered together. */
  markDelivered(requestId: string, stepsDone: number): Promise<void>;
  /** Stores the error text with every address in it masked, whoever wrote it. */
  recordFailure(requestId: string, error: string, final: boolean): Promise<void>;
  /** Whether credbot itself said `text` in this conversation: a webhook about our own reply is not a learner's. */
  isOwnReply(channel: Channel, conversationId: string, text: string): Promise<boolean>;
}

/**
 * Whether an earlier attempt at this reply may have posted without recording so (a timeout, a crash): only then is
 * the channel worth reading for it. A first attempt's start committed durably, so nothing before it posted, not even
 * an attempt for a request the server then lost and redid under the same id.
 */
export function mayHaveBeenPosted(request: Pick<RequestForReply, 'replyAttempts'>): boolean {
  return request.replyAttempts > 1;
}

/**
 * Runs a reply's steps from the first not yet done, recording progress after each, so that a retried job resumes
 * instead of posting twice; the last step is recorded together with the delivery.
 */
export async function runReplySteps(
  replies: Pick<ReplyLedger, 'markStepDone' | 'markDelivered'>,
  request: Pick<RequestForReply, 'id' | 'replyStepsDone'>,
  steps: (() => Promise<void>)[],
): Promise<void> {
  for (let index = request.replyStepsDone; index < steps.length; index++) {
    await steps[index]!();
    if (index + 1 < steps.length) await replies.markStepDone(request.id, index + 1);
  }
  await replies.markDelivered(request.id, steps.length);
}

/**
 * A request's `channel_context` read back through its channel's schema (each channel keeps its own beside its
 * workers): the context, or a one-line account of what does not fit. The account names fields and expectations,
 * never the stored values.
 */
export type StoredChannelContext<Context> = { ok: true; context: Context } | { ok: false; problem: string };

export function readChannelContext<Schema extends z.ZodType>(schema: Schema, stored: unknown): StoredChannelContext<z.output<Schema>> {
  const parsed = schema.safeParse(stored);
  if (parsed.success) return { ok: true, context: parsed.data };
  const issues = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the context'}: ${issue.message}`);
  return { ok: false, problem: `the stored channel context does not fit: ${issues.join('; ')}` };
}
