import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { normalizeEmailAddress } from '../core/addresses.ts';
import { LANGUAGES, type Language } from '../core/messages/languages.ts';
import type { Logger } from '../logger.ts';
import { slackTextToPlain } from './mrkdwn.ts';
import { type SlackInbound, slackInboundSchema } from './slack-inbound.ts';
import { slackLabels } from './slack-labels.ts';
import type { SlackWebApi } from './slack-web-api.ts';
import {
  ACTION_SEND_TO_PROFILE,
  ACTION_USE_ANOTHER_ADDRESS,
  ADDRESS_BLOCK_ID,
  ADDRESS_INPUT_ID,
  ADDRESS_MODAL_ID,
  addressModal,
  type AddressModalState,
  languageOfAddressChoice,
} from './views.ts';

export const SLASH_COMMAND = '/credentials';

export interface SlackListenerDeps {
  /** Puts the learner's message or gesture on the queue; resolves false when this delivery was accepted before. */
  accept(inbound: SlackInbound): Promise<boolean>;
  api: SlackWebApi;
  /** Channels whose messages credbot reads; null: every channel it is in. */
  supportChannels: string[] | null;
  handoffChannel: string | null;
  /** DEFAULT_LANGUAGE: the modal's, when a click comes from buttons that name no language. */
  defaultLanguage: Language;
  logger: Logger;
}

/** The fields of a `message` or `app_mention` event credbot reads. */
const userMessageSchema = z.object({
  type: z.enum(['message', 'app_mention']),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  user: z.string().optional(),
  text: z.string().optional(),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});

type UserMessage = z.infer<typeof userMessageSchema>;

const uuid = z.uuid();
const modalStateSchema = z.object({ askRequestId: z.uuid(), responseUrl: z.url().optional(), language: z.enum(LANGUAGES).optional() });

/**
 * The listeners: each validates what Slack sent, puts it on the queue and acknowledges. Nothing here looks
 * anything up or answers the learner; the workers do, so Slack's 3-second limit never depends on them.
 */
export function registerSlackListeners(bolt: App, deps: SlackListenerDeps): void {
  /** A delivery whose ids Slack's Web API would refuse is acknowledged and dropped: no answer could ever be posted. */
  const accept = async (inbound: SlackInbound): Promise<void> => {
    const checked = slackInboundSchema.safeParse(inbound);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      deps.logger.warn({ channel: 'slack', kind: inbound.kind, field: issue?.path.join('.'), problem: issue?.message }, 'Slack delivery ignored: malformed id');
      return;
    }
    await deps.accept(checked.data);
  };

  const acceptMessage = async (event: unknown, eventId: unknown, botUserId: string | undefined) => {
    const parsed = userMessageSchema.safeParse(event);
    if (!parsed.success || typeof eventId !== 'string') return;
    const message = parsed.data;
    const skip = skipReason(message, { botUserId, supportChannels: deps.supportChannels, handoffChannel: deps.handoffChannel });
    if (skip || !message.user) {
      deps.logger.debug({ channel: 'slack', eventId, reason: skip }, 'Slack event ignored');
      return;
    }
    await accept({
      kind: 'message',
      key: `event:${eventId}`,
      channelId: message.channel,
      ts: message.ts,
      threadTs: message.thread_ts ?? null,
      userId: message.user,
      text: slackTextToPlain(message.text ?? ''),
      isDm: message.channel_type === 'im',
    });
  };

  bolt.event('message', async ({ event, body, context }) => acceptMessage(event, body.event_id, context.botUserId));
  bolt.event('app_mention', async ({ event, body, context }) => acceptMessage(event, body.event_id, context.botUserId));

  bolt.command(SLASH_COMMAND, async ({ command, ack }) => {
    await accept({
      kind: 'command',
      key: `command:${command.trigger_id}`,
      channelId: command.channel_id,
      userId: command.user_id,
      text: slackTextToPlain(command.text ?? ''),
      responseUrl: command.response_url,
    });
    await ack();
  });

  bolt.action<BlockAction<ButtonAction>>(ACTION_SEND_TO_PROFILE, async ({ action, body, ack }) => {
    const askRequestId = uuid.safeParse(action.value);
    if (askRequestId.success) {
      await accept({
        kind: 'profile_address',
        // One click per question counts: a second click on the same button is the same request.
        key: `profile:${askRequestId.data}`,
        askRequestId: askRequestId.data,
        userId: body.user.id,
        responseUrl: body.response_url ?? null,
      });
    }
    await ack();
  });

  bolt.action<BlockAction<ButtonAction>>(ACTION_USE_ANOTHER_ADDRESS, async ({ action, body, ack }) => {
    await ack();
    const askRequestId = uuid.safeParse(action.value);
    if (!askRequestId.success) return;
    const state: AddressModalState = {
      askRequestId: askRequestId.data,
      ...(body.response_url ? { responseUrl: body.response_url } : {}),
      language: languageOfAddressChoice(action.block_id) ?? deps.defaultLanguage,
    };
    // The trigger id expires 3 seconds after the click: the modal is opened here, not from a job.
    await deps.api.openView(body.trigger_id, addressModal(state));
  });

  bolt.view(ADDRESS_MODAL_ID, async ({ view, body, ack }) => {
    const typed = view.state.values[ADDRESS_BLOCK_ID]?.[ADDRESS_INPUT_ID]?.value ?? '';
    const address = normalizeEmailAddress(typed);
    const state = parseModalState(view.private_metadata);
    if (!address) {
      const { modalAddressInvalid } = slackLabels(state?.language ?? deps.defaultLanguage);
      await ack({ response_action: 'errors', errors: { [ADDRESS_BLOCK_ID]: modalAddressInvalid } });
      return;
    }
    if (state) {
      await accept({
        kind: 'typed_address',
        key: `address:${view.id}`,
        askRequestId: state.askRequestId,
        userId: body.user.id,
        address,
        responseUrl: state.responseUrl ?? null,
      });
    }
    await ack();
  });
}

/** Why a message event is not a learner's new words for credbot, or null when it is. */
export function skipReason(
  message: UserMessage,
  options: { botUserId: string | undefined; supportChannels: string[] | null; handoffChannel: string | null },
): string | null {
  // Edits, deletions, joins, bot posts, broadcasts...: only a person's plain new message counts.
  if (message.subtype !== undefined) return `subtype ${message.subtype}`;
  if (message.bot_id !== undefined) return 'posted by a bot';
  if (!message.user) return 'no author';
  if (message.user === options.botUserId) return 'our own message';
  if (!message.text?.trim()) return 'no text';
  if (message.type === 'app_mention') return null;
  if (message.channel_type === 'im') return null;
  if (message.channel === options.handoffChannel) return 'the support team’s hand-off channel';
  if (options.supportChannels && !options.supportChannels.includes(message.channel)) return 'not a support channel';
  return null;
}

function parseModalState(metadata: string): Partial<AddressModalState> & Pick<AddressModalState, 'askRequestId'> | null {
  try {
    const parsed = modalStateSchema.safeParse(JSON.parse(metadata));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
