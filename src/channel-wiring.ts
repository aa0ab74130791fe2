import type { FastifyInstance } from 'fastify';
import type { Language } from './core/messages/languages.ts';
import type { ChannelWithMode } from './core/channel-mode.ts';
import type { ChannelModeReader, ConversationRequests, ReplyLedger } from './core/channel-ports.ts';
import type { HandledMessage } from './core/handle-message.ts';
import type { InboundMessage } from './core/ports.ts';
import type { ReadinessCheck } from './http/readiness.ts';
import type { JobAttempt } from './jobs/job-queue.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics/metrics.ts';

/*
 * The contract between the composition root (src/main.ts) and a channel (src/zendesk/, src/slack/): the root hands
 * the channel the core and its ports; the channel says, as data, what it adds. Neither the queue nor the database
 * reaches a channel any other way.
 */

export type { JobAttempt } from './jobs/job-queue.ts';

export interface ChannelDeps {
  /** The learners' language when a channel cannot tell it, and the support staff's. */
  languages: { default: Language; staff: Language };
  logger: Logger;
  metrics: Pick<Metrics, 'apiErrors' | 'observeAcknowledgement'>;
  handleMessage(message: InboundMessage): Promise<HandledMessage>;
  channelModes: ChannelModeReader;
  conversations: ConversationRequests;
  /** The record of the channel's answers: each step and delivery committed durably, after what it records was posted. */
  replies: ReplyLedger;
}

/** Stores an inbound message for the channel's message worker under the channel's idempotency key; false: accepted before. */
export type AcceptMessage = (message: object, key: string) => Promise<boolean>;

export interface ChannelReadiness {
  name: string;
  check: ReadinessCheck;
  /** `workers`: only the processes that run the channel's jobs call this neighbour. */
  neededBy: 'workers' | 'every role';
}

/** What a channel adds to the service; the root defines and works its queues and opens its routes as the role has it. */
export interface ChannelWiring {
  channel: ChannelWithMode;
  /** Its inbound messages' queue, and the worker that hands them to the core. */
  messages: { queue: string; handle(job: unknown, attempt: JobAttempt): Promise<void> };
  /** Answers a decided request on the channel: the worker of the reply job the decision scheduled (src/jobs/delivery-queues.ts). */
  answer(requestId: string, attempt: JobAttempt): Promise<void>;
  /** The neighbours it cannot work without, for `/readyz`. */
  readiness: ChannelReadiness[];
  /**
   * In the processes that take requests: registers its routes on the server, or connects out (Socket Mode). Returns
   * what to close with the server, if anything.
   */
  takeRequests(server: FastifyInstance, accept: AcceptMessage): Promise<{ close(): Promise<void> } | undefined>;
}
