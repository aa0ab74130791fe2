import type { JobAttempt } from '../channel-wiring.ts';
import { extractEmailAddresses, withoutEmailAddresses } from '../core/addresses.ts';
import { type ChannelModeReader, type ConversationRequests, mayHaveBeenPosted, type ReplyLedger, type RequestForReply, runReplySteps } from '../core/channel-ports.ts';
import type { HandledMessage } from '../core/handle-message.ts';
import type { InboundMessage } from '../core/ports.ts';
import { errorText } from '../error-text.ts';
import type { Logger } from '../logger.ts';
import { CREDBOT_TAG, FINISHED_TAGS, handOverAfterFailedReply, planTicketReply, type ReplyPlanOptions } from './ticket-reply-plan.ts';
import { type ZendeskTicketMessage, zendeskIdSchema, zendeskTicketMessageSchema } from './webhook-payload.ts';
import { isZendeskApiError, type ZendeskApi } from './zendesk-api.ts';
import { readZendeskReplyContext, zendeskReplyContext } from './zendesk-reply-context.ts';

export const ZENDESK_MESSAGE_QUEUE = 'zendesk-message';

/** Re-reads after a safe-update conflict before the job itself fails and is retried later. */
const CONFLICT_RETRIES = 3;

export interface ZendeskWorkerDeps {
  api: ZendeskApi;
  replies: ReplyLedger;
  handleMessage(message: InboundMessage): Promise<HandledMessage>;
  conversations: ConversationRequests;
  channelModes: ChannelModeReader;
  plan: ReplyPlanOptions;
  logger: Logger;
}

/**
 * A learner's message from a webhook, through the core. Skips what is not a learner's new words: tickets
 * credbot finished with, comments by agents, and our own replies coming back through the trigger.
 */
export function createZendeskMessageWorker(deps: ZendeskWorkerDeps) {
  return async function handleZendeskMessage(job: unknown): Promise<void> {
    const message = zendeskTicketMessageSchema.parse(job);
    const conversationId = String(message.ticketId);
    const log = deps.logger.child({ channel: 'zendesk', ticketId: message.ticketId });
    const mode = await deps.channelModes.modeOf('zendesk');
    if (mode === 'off') {
      log.debug('webhook message dropped: the Zendesk channel is off');
      return;
    }
    // Every answer credbot posts on a ticket adds its tag: on a ticket without it there is no reply of ours to come
    // back through the trigger, and no earlier turn of credbot's to follow up on (nothing to read for either).
    const credbotAnswered = message.tags.includes(CREDBOT_TAG);
    const skip = skipReason(message) ?? (credbotAnswered && (await deps.replies.isOwnReply('zendesk', conversationId, message.text)) ? 'our own reply' : null);
    if (skip) {
      log.info({ reason: skip }, 'webhook message skipped');
      return;
    }
    // Event webhooks name the requester by id only: the API gives their address, and their locale with it.
    const user = message.requester.email === null && message.requester.id !== null ? await deps.api.getUser(message.requester.id) : null;
    const requesterEmail = message.requester.email ?? user?.email ?? null;
    const handled = await deps.handleMessage({
      channel: 'zendesk',
      externalId: message.dedupeKey,
      ...(await continueConversation(message, deps)),
      // The requester's own address: only it gets answers that say what is on record.
      vouchedAddress: requesterEmail ?? undefined,
      locale: message.requester.language ?? user?.locale ?? undefined,
      requester: requesterOf(message),
      conversationId,
      opensConversation: !credbotAnswered,
      context: zendeskReplyContext({ ticketId: message.ticketId }),
      mode,
    });
    log.info({ mode, status: handled.status, outcome: handled.status === 'decided' ? handled.decision.kind : handled.outcome }, 'ticket message handled');
  };
}

/**
 * An address the learner gives later on a ticket credbot answered (to its question for an address, or to "if you
 * used another one, reply with it") is read together with the request that opened the conversation (without the
 * addresses it gave), as in Slack: "Oh, I signed up with ann@…" alone says little.
 */
async function continueConversation(message: ZendeskTicketMessage, deps: ZendeskWorkerDeps): Promise<Pick<InboundMessage, 'text' | 'subject' | 'earlierTurn'>> {
  const asWritten = { text: message.text, subject: message.subject || undefined };
  if (!message.tags.includes(CREDBOT_TAG) || extractEmailAddresses(message.text).length === 0) return asWritten;
  const opening = await deps.conversations.findOpeningRequest('zendesk', String(message.ticketId));
  const request = opening ? withoutEmailAddresses(opening.messageText) : '';
  // The subject is the opening request's too, and it is read with that request.
  return request ? { text: message.text, earlierTurn: request } : asWritten;
}

/** Zendesk's identity of the requester; every real ticket has one, the ticket stands in for it otherwise. */
function requesterOf(message: ZendeskTicketMessage): string {
  if (message.requester.id) return `zendesk:user:${message.requester.id}`;
  if (message.requester.email) return `zendesk:email:${message.requester.email.toLowerCase()}`;
  return `zendesk:ticket:${message.ticketId}`;
}

function skipReason(message: ZendeskTicketMessage): string | null {
  if (message.tags.some((tag) => (FINISHED_TAGS as readonly string[]).includes(tag))) return 'ticket left to people (credbot is done with it)';
  if (message.writtenByStaff) return 'written by an agent';
  // Someone copied on the ticket is an end user too; what they write is for the agents, never answered by credbot.
  if (message.authorId !== null && message.requester.id !== null && message.authorId !== message.requester.id) return 'written by someone other than the requester';
  if (message.text === '' && message.subject === '') return 'no text';
  return null;
}

/**
 * Answers on the ticket: the steps of the reply plan, each a safe update against the ticket as just read.
 * Progress is recorded per step, so a retried job resumes instead of commenting twice. When Zendesk refuses, or the
 * last attempt fails, the reply is recorded as failed (`credbot failures` lists it) and the ticket left to people.
 */
export function createZendeskReplyWorker(deps: ZendeskWorkerDeps) {
  return async function replyOnTicket(requestId: string, attempt: JobAttempt): Promise<void> {
    const request = await deps.replies.startAttempt(requestId);
    if (!request) return;
    const log = deps.logger.child({ channel: 'zendesk', requestId, outcome: request.outcome });
    const stored = readZendeskReplyContext(request.channelContext);
    if (!stored.ok) {
      await deps.replies.recordFailure(requestId, `no ticket to answer: ${stored.problem}`, true);
      log.error({ problem: stored.problem }, 'ticket reply impossible: the request names no ticket');
      return;
    }
    const { ticketId } = stored.context;

    try {
      // A first attempt posts without reading the ticket first (one API call a step instead of two).
      const mayHaveLanded = mayHaveBeenPosted(request);
      const steps = planTicketReply(request, deps.plan).map((step) => () => applyStep(deps.api, ticketId, step, mayHaveLanded));
      await runReplySteps(deps.replies, request, steps);
      log.info({ ticketId }, 'ticket updated');
    } catch (error) {
      const retryable = !isZendeskApiError(error) || error.retryable;
      const message = errorText(error);
      if (retryable && !attempt.isLast) {
        await deps.replies.recordFailure(requestId, message, false);
        throw error;
      }
      log.error({ ticketId, error: message, attempt: attempt.number }, retryable ? 'ticket reply failed; no tries left' : 'ticket update refused by Zendesk; not retrying');
      const handedOver = await leaveToPeople(deps, ticketId, request, message, log);
      // What became of the ticket first: the stored text is cut at 1,000 characters.
      await deps.replies.recordFailure(requestId, `${handedOver}; last error: ${message}`, true);
    }
  };
}

/**
 * One plain update, after credbot gave up, that puts the ticket in front of a person (an internal note, the
 * hand-off group). A request that had nothing to say (a ticket that was not for credbot) is left alone. Returns
 * what became of the ticket, for the record.
 */
async function leaveToPeople(deps: ZendeskWorkerDeps, ticketId: number, request: RequestForReply, failure: string, log: Logger): Promise<string> {
  if (request.learnerReply === '' && request.agentNote === '') return 'Nothing to hand over';
  try {
    await deps.api.updateTicket(ticketId, handOverAfterFailedReply(request, failure, deps.plan));
    log.info({ ticketId }, 'ticket left to people after the failed reply');
    return 'Ticket left to people with an internal note';
  } catch (error) {
    const reason = errorText(error);
    log.error({ ticketId, error: reason }, 'could not leave the ticket to people either');
    return `Could not leave the ticket to people either (${reason})`;
  }
}

/**
 * One step of the reply. After an earlier attempt, the ticket is read first: its marker tag means the step landed
 * then, and the update is a safe update against the ticket as read, so two attempts running at once (a job that
 * outlived its timeout and its retry) cannot both post it: the second meets a conflict, reads again and finds the
 * marker.
 */
async function applyStep(
  api: ZendeskApi,
  ticketId: number,
  step: { update: Parameters<ZendeskApi['updateTicket']>[1]; marker: string },
  mayHaveLanded: boolean,
) {
  if (!mayHaveLanded) {
    await api.updateTicket(ticketId, step.update);
    return;
  }
  for (let attempt = 0; ; attempt++) {
    const ticket = await api.getTicket(ticketId);
    if (ticket.tags.includes(step.marker)) return;
    try {
      await api.updateTicket(ticketId, { ...step.update, safeUpdate: { updatedStamp: ticket.updatedStamp } });
      return;
    } catch (error) {
      if (!isZendeskApiError(error) || error.kind !== 'conflict' || attempt >= CONFLICT_RETRIES) throw error;
    }
  }
}
