import type { JobAttempt } from '../channel-wiring.ts';
import { extractEmailAddresses, withoutEmailAddresses } from '../core/addresses.ts';
import { isProposalOnly } from '../core/channel-mode.ts';
import { type ChannelModeReader, type ConversationRequests, mayHaveBeenPosted, type ReplyLedger, type RequestForReply, runReplySteps } from '../core/channel-ports.ts';
import { WorkInFlightError } from '../core/claims.ts';
import { isForPerson } from '../core/decision.ts';
import type { HandledMessage } from '../core/handle-message.ts';
import { maskEmail } from '../core/mask.ts';
import type { Language } from '../core/messages/languages.ts';
import type { InboundMessage } from '../core/ports.ts';
import { errorText } from '../error-text.ts';
import type { Logger } from '../logger.ts';
import { readSlackReplyContext, type SlackInbound, slackInboundSchema, type SlackReplyContext, slackReplyContext } from './slack-inbound.ts';
import { isSlackApiError, type SlackWebApi } from './slack-web-api.ts';
import { type AddressButtons, askForAddressMessage, handoffSummaryMessage, learnerReplyMessage } from './views.ts';

export const SLACK_MESSAGE_QUEUE = 'slack-message';

export interface SlackWorkerDeps {
  api: SlackWebApi;
  replies: ReplyLedger;
  conversations: ConversationRequests;
  channelModes: ChannelModeReader;
  handleMessage(message: InboundMessage): Promise<HandledMessage>;
  /** Where hand-off summaries go; null: nowhere. */
  handoffChannel: string | null;
  /** STAFF_LANGUAGE: the hand-off summaries' own words are written in it. */
  staffLanguage: Language;
  /** In shared channels, answers that reveal whether an address has credentials are ephemeral. */
  ephemeralReplies: boolean;
  /** How long a reply attempt holds the reply it posts (src/jobs/claim-leases.ts): longer than its calls may take. */
  claimLeaseSeconds: number;
  logger: Logger;
}

/** A learner's message or gesture from a listener, through the core. */
export function createSlackMessageWorker(deps: SlackWorkerDeps) {
  return async function handleSlackInbound(job: unknown): Promise<void> {
    const inbound = slackInboundSchema.parse(job);
    const log = deps.logger.child({ channel: 'slack', kind: inbound.kind, key: inbound.key });
    const mode = await deps.channelModes.modeOf('slack');
    if (mode === 'off') {
      log.debug('Slack message dropped: the Slack channel is off');
      return;
    }
    const message = await toInboundMessage(inbound, deps);
    if ('skip' in message) {
      log.info({ reason: message.skip }, 'Slack message skipped');
      return;
    }
    const handled = await deps.handleMessage({ ...message, locale: await readLocale(deps, inbound.userId, log), mode });
    log.info({ mode, status: handled.status, outcome: handled.status === 'decided' ? handled.decision.kind : handled.outcome }, 'Slack message handled');
  };
}

async function toInboundMessage(inbound: SlackInbound, deps: SlackWorkerDeps): Promise<InboundMessage | { skip: string }> {
  switch (inbound.kind) {
    case 'message': {
      const conversationId = await conversationOf(inbound, deps);
      return {
        channel: 'slack',
        // The message itself, not the event: an @mention in a channel credbot reads arrives as two events.
        externalId: `message:${inbound.channelId}:${inbound.ts}`,
        ...(await continueConversation(inbound, conversationId, deps)),
        requester: slackRequester(inbound.userId),
        conversationId,
        opensConversation: inbound.threadTs === null || inbound.threadTs === inbound.ts,
        context: slackReplyContext({
          channelId: inbound.channelId,
          threadTs: inbound.threadTs ?? inbound.ts,
          userId: inbound.userId,
          isDm: inbound.isDm,
          responseUrl: null,
          vouched: false,
        }),
      };
    }
    case 'command':
      return {
        channel: 'slack',
        externalId: inbound.key,
        text: inbound.text.trim(),
        requested: 'send_my_credentials',
        requester: slackRequester(inbound.userId),
        conversationId: inbound.key,
        opensConversation: true,
        context: slackReplyContext({
          channelId: inbound.channelId,
          threadTs: null,
          userId: inbound.userId,
          isDm: inbound.channelId.startsWith('D'),
          responseUrl: inbound.responseUrl,
          vouched: false,
        }),
      };
    case 'profile_address':
    case 'typed_address': {
      const ask = await deps.conversations.findRequest(inbound.askRequestId);
      const stored = ask?.channel === 'slack' ? readSlackReplyContext(ask.channelContext) : null;
      if (!ask || !stored) return { skip: 'the question it answers is unknown' };
      if (!stored.ok) return { skip: `the question it answers cannot be read: ${stored.problem}` };
      const askContext = stored.context;
      if (askContext.userId !== inbound.userId) return { skip: 'answered by someone other than the learner' };
      const request = withoutEmailAddresses(ask.messageText);
      const context = slackReplyContext({
        ...askContext,
        // No thread to answer in (a slash command): the click's own response_url is the fresh one.
        responseUrl: askContext.responseUrl === null ? null : (inbound.responseUrl ?? askContext.responseUrl),
        vouched: inbound.kind === 'profile_address',
      });
      const common = {
        channel: 'slack' as const,
        externalId: inbound.key,
        requester: slackRequester(inbound.userId),
        conversationId: ask.conversationId ?? undefined,
        context,
        // Clicking under credbot's question, or answering it in its modal, asks for the credentials.
        requested: 'send_my_credentials' as const,
      };
      // A typed address is the learner's word only, so it is answered like anyone's address.
      if (inbound.kind === 'typed_address') return { ...common, text: inbound.address, earlierTurn: request || undefined };
      // Read now, at the learner's click, for the user who clicked: never from the button, never without a click.
      // The click confirms it as theirs: the one Slack address answered in detail.
      const profileAddress = await deps.api.readProfileEmail(inbound.userId);
      if (!profileAddress) return { skip: 'no address on the learner’s profile' };
      return { ...common, text: request, vouchedAddress: profileAddress };
    }
  }
}

/**
 * The language the learner uses Slack in, which credbot answers in when it writes it. Only a hint: when Slack cannot
 * say, the message's own language decides, rather than the message waiting for Slack.
 */
async function readLocale(deps: SlackWorkerDeps, userId: string, log: Logger): Promise<string | undefined> {
  try {
    return (await deps.api.readLocale(userId)) ?? undefined;
  } catch (error) {
    log.warn({ error: errorText(error) }, 'could not read the learner’s Slack locale; the message’s language decides');
    return undefined;
  }
}

function slackRequester(userId: string): string {
  return `slack:${userId}`;
}

/**
 * A thread is the conversation of the learner who opened it. Someone else writing in it (a colleague, a member of
 * staff) has a conversation of their own there: they are never answered with what the learner was told or sent.
 */
async function conversationOf(inbound: Extract<SlackInbound, { kind: 'message' }>, deps: SlackWorkerDeps): Promise<string> {
  const thread = `${inbound.channelId}:${inbound.threadTs ?? inbound.ts}`;
  if (inbound.threadTs === null || inbound.threadTs === inbound.ts) return thread;
  const opening = await deps.conversations.findOpeningRequest('slack', thread);
  const stored = opening ? readSlackReplyContext(opening.channelContext) : null;
  const openedBy = stored?.ok ? stored.context.userId : undefined;
  return openedBy === undefined || openedBy === inbound.userId ? thread : `${thread}:${inbound.userId}`;
}

/**
 * A thread reply that gives an address answers the question asked in the thread: it is read together with the
 * thread's opening request (without the addresses that one gave, so they are not looked up again).
 */
async function continueConversation(
  inbound: Extract<SlackInbound, { kind: 'message' }>,
  conversationId: string,
  deps: SlackWorkerDeps,
): Promise<Pick<InboundMessage, 'text' | 'earlierTurn'>> {
  const isThreadReply = inbound.threadTs !== null && inbound.threadTs !== inbound.ts;
  if (!isThreadReply || extractEmailAddresses(inbound.text).length === 0) return { text: inbound.text };
  const opening = await deps.conversations.findOpeningRequest('slack', conversationId);
  const request = opening ? withoutEmailAddresses(opening.messageText) : '';
  return { text: inbound.text, earlierTurn: request || undefined };
}


/**
 * Answers in Slack: the core's reply to the learner, in the thread under their message (ephemeral where it must
 * be), then the hand-off summary for the support team. Progress is recorded per step, so a retried job resumes
 * instead of posting twice; and an attempt claims the reply before it posts (src/core/claims.ts), so a job retried
 * while its first attempt still waits on Slack posts nothing.
 */
export function createSlackReplyWorker(deps: SlackWorkerDeps) {
  return async function replyInSlack(requestId: string, attempt: JobAttempt): Promise<void> {
    const claim = await deps.replies.claimAttempt(requestId, deps.claimLeaseSeconds);
    if (claim.kind === 'settled') return;
    if (claim.kind === 'held') throw new WorkInFlightError(`the Slack reply to request ${requestId}`, claim.until);
    const request = claim.row;
    const log = deps.logger.child({ channel: 'slack', requestId, outcome: request.outcome });
    const stored = readSlackReplyContext(request.channelContext);
    if (!stored.ok) {
      await deps.replies.recordFailure(requestId, `nowhere to answer in Slack: ${stored.problem}`, true);
      log.error({ problem: stored.problem }, 'Slack reply impossible: the request says nowhere to answer');
      return;
    }
    const { context } = stored;

    try {
      // Only proposed: the learner hears nothing; staff see the answer in the hand-off channel.
      const steps =
        isProposalOnly(request)
          ? [() => postHandoffSummary(deps, request, context)]
          : [() => answerLearner(deps, request, context, log), () => postHandoffSummary(deps, request, context)];
      await runReplySteps(deps.replies, request, steps);
      log.info({ channelId: context.channelId }, 'Slack reply posted');
    } catch (error) {
      const retryable = !isSlackApiError(error) || error.retryable;
      const final = !retryable || attempt.isLast;
      const message = errorText(error);
      await deps.replies.recordFailure(requestId, message, final);
      if (final) {
        log.error({ error: message, attempt: attempt.number }, retryable ? 'Slack reply failed; no tries left' : 'Slack reply refused by Slack; not retrying');
        return;
      }
      // The job's retry comes after its delay; held until then, it would find the reply busy and wait out the lease.
      await deps.replies.releaseClaim(requestId, request.replyAttempts);
      throw error;
    }
  };
}

async function answerLearner(deps: SlackWorkerDeps, request: RequestForReply, context: SlackReplyContext, log: Logger): Promise<void> {
  if (request.learnerReply === '') return;
  const buttons = request.outcome === 'ask_for_email' ? await offerAddressButtons(deps, request, context, log) : null;
  // A request recorded before credbot had languages was answered in English.
  const message = buttons ? askForAddressMessage(request.learnerReply, buttons, request.language ?? 'en') : learnerReplyMessage(request.learnerReply);

  if (context.responseUrl) return deps.api.respond(context.responseUrl, message);
  const target = { channel: context.channelId, threadTs: context.threadTs };
  // A shared channel must not learn whether someone's address has credentials, nor see their profile address.
  const revealsLookup = request.outcome !== 'ask_for_email' || context.vouched || Boolean(buttons?.maskedProfileAddress);
  if (!context.isDm && deps.ephemeralReplies && revealsLookup) {
    return deps.api.postEphemeral({ ...target, user: context.userId }, message);
  }
  // A retry looks for the reply first: the attempt before may have posted it and failed before recording so.
  const thread = target.threadTs;
  if (mayHaveBeenPosted(request) && thread !== null && (await deps.api.hasMarkedMessage({ channel: target.channel, threadTs: thread }, request.id))) {
    log.info('Slack reply already in the thread; not posting it again');
    return;
  }
  return deps.api.postMessage(target, message, request.id);
}

/**
 * Buttons under the question for an address: the profile address (masked) when Slack lets us read it and it was
 * not the one just tried, and a modal for another one. Without a readable profile address: a plain question,
 * answered in the thread.
 */
async function offerAddressButtons(deps: SlackWorkerDeps, request: RequestForReply, context: SlackReplyContext, log: Logger): Promise<AddressButtons | null> {
  if (context.vouched) return { askRequestId: request.id };
  let profileAddress: string | null = null;
  try {
    profileAddress = await deps.api.readProfileEmail(context.userId);
  } catch (error) {
    log.warn({ error: errorText(error) }, 'could not read the learner’s profile; asking without buttons');
  }
  return profileAddress ? { askRequestId: request.id, maskedProfileAddress: maskEmail(profileAddress) } : null;
}

async function postHandoffSummary(deps: SlackWorkerDeps, request: RequestForReply, context: SlackReplyContext): Promise<void> {
  if (!deps.handoffChannel || (!isProposalOnly(request) && !isForPerson(request.decision))) return;
  const recorded = await deps.conversations.findRequest(request.id);
  // A thread reply that only gave an address was read with the thread's opening request: staff read both.
  const opening = request.conversationId === null ? null : await deps.conversations.findOpeningRequest('slack', request.conversationId);
  const earlierTurn = opening !== null && opening.id !== request.id ? withoutEmailAddresses(opening.messageText) : '';
  // A click on a button under credbot's question is recorded with that request's words: they are not quoted twice.
  const learnerWords = [...new Set([earlierTurn, recorded?.messageText ?? ''])].filter((words) => words !== '').join('\n\n');
  await deps.api.postMessage(
    { channel: deps.handoffChannel, threadTs: null },
    handoffSummaryMessage({
      learnerUserId: context.userId,
      channelId: context.channelId,
      isDm: context.isDm,
      learnerMessage: learnerWords === '' ? null : learnerWords,
      agentNote: request.agentNote,
    }, deps.staffLanguage),
  );
}
