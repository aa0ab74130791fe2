import { z } from 'zod';

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
    channelId: z.string().min(1),
    ts: z.string().min(1),
    threadTs: z.string().min(1).nullable(),
    userId: z.string().min(1),
    text: z.string(),
    isDm: z.boolean(),
  }),
  /** `/credentials [address]`: answered through its response_url, so only the learner sees it. */
  z.object({
    kind: z.literal('command'),
    key: z.string().min(1),
    channelId: z.string().min(1),
    userId: z.string().min(1),
    text: z.string(),
    responseUrl: z.url(),
  }),
  /** "Send to a•••@example.com": the address is read again from the clicking user's profile, never from the button. */
  z.object({
    kind: z.literal('profile_address'),
    key: z.string().min(1),
    askRequestId: z.uuid(),
    userId: z.string().min(1),
    responseUrl: z.url().nullable(),
  }),
  /** The address typed in the "Use another address" modal, already validated. */
  z.object({
    kind: z.literal('typed_address'),
    key: z.string().min(1),
    askRequestId: z.uuid(),
    userId: z.string().min(1),
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
  channelId: z.string().min(1),
  threadTs: z.string().min(1).nullable(),
  userId: z.string().min(1),
  isDm: z.boolean(),
  responseUrl: z.url().nullable(),
  vouched: z.boolean(),
});

export type SlackReplyContext = z.infer<typeof slackReplyContextSchema>;

export function parseSlackReplyContext(value: unknown): SlackReplyContext | null {
  const parsed = slackReplyContextSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
