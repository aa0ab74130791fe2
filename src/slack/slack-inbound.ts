import { z } from 'zod';
import { readChannelContext, type StoredChannelContext } from '../core/channel-ports.ts';

/** Slack's ids (channels C…, D…, G…; users U…, W…) are upper-case letters and digits; the Web API refuses others. */
export const SLACK_ID_PATTERN = /^[A-Z0-9]{2,}$/;
const slackId = z.string().regex(SLACK_ID_PATTERN, 'must be a Slack id (upper-case letters and digits)');
/** A message's timestamp, which is its id in the channel: seconds, a dot, a sequence (`1700000000.000100`). */
const messageTs = z.string().regex(/^\d+\.\d+$/, 'must be a Slack message timestamp, e.g. 1700000000.000100');

/**
 * What a listener puts on the `slack-message` queue: the learner's words or gesture, with what is needed to find
 * the conversation again. `key` identifies the delivery (an event id, a slash command's trigger, the question a
 * button answers) and makes the job idempotent.
 */
export const slackInboundSchema = z.discriminatedUnion('kind', [
  /** A message in a support channel or a DM, or an @mention anywhere. */
  z.object({
    kind: z.literal('message'),
    key: z.string().min(1),
    channelId: slackId,
    ts: messageTs,
    threadTs: messageTs.nullable(),
    userId: slackId,
    text: z.string(),
    isDm: z.boolean(),
  }),
  /** `/credentials [address]`: answered through its response_url, so only the learner sees it. */
  z.object({
    kind: z.literal('command'),
    key: z.string().min(1),
    channelId: slackId,
    userId: slackId,
    text: z.string(),
    responseUrl: z.url(),
  }),
  /** "Send to a•••@example.com": the address is read again from the clicking user's profile, never from the button. */
  z.object({
    kind: z.literal('profile_address'),
    key: z.string().min(1),
    askRequestId: z.uuid(),
    userId: slackId,
    responseUrl: z.url().nullable(),
  }),
  /** The address typed in the "Use another address" modal, already validated. */
  z.object({
    kind: z.literal('typed_address'),
    key: z.string().min(1),
    askRequestId: z.uuid(),
    userId: slackId,
    address: z.string().min(3),
    responseUrl: z.url().nullable(),
  }),
]);

export type SlackInbound = z.infer<typeof slackInboundSchema>;

/**
 * Where and how to answer, stored with the request (`channel_context`). `threadTs` null: no thread (a slash
 * command), answered through `responseUrl`. `vouched`: the learner's profile address was looked up at their click.
 */
export const slackReplyContextSchema = z.object({
  channelId: slackId,
  threadTs: messageTs.nullable(),
  userId: slackId,
  isDm: z.boolean(),
  responseUrl: z.url().nullable(),
  vouched: z.boolean(),
});

export type SlackReplyContext = z.infer<typeof slackReplyContextSchema>;

/** Checked as it is written, so a context no reply job could read is never stored. */
export function slackReplyContext(context: SlackReplyContext): SlackReplyContext {
  return slackReplyContextSchema.parse(context);
}

export function readSlackReplyContext(stored: unknown): StoredChannelContext<SlackReplyContext> {
  return readChannelContext(slackReplyContextSchema, stored);
}
