import { z } from 'zod';
import { readChannelContext, type StoredChannelContext } from '../core/channel-ports.ts';
import { zendeskIdSchema } from './webhook-payload.ts';

/** Where a request from Zendesk is answered, stored with it (`channel_context`): its ticket. */
export const zendeskReplyContextSchema = z.object({ ticketId: zendeskIdSchema });

export type ZendeskReplyContext = z.output<typeof zendeskReplyContextSchema>;

/** Checked as it is written, so a context no reply job could read is never stored. */
export function zendeskReplyContext(context: ZendeskReplyContext): ZendeskReplyContext {
  return zendeskReplyContextSchema.parse(context);
}

export function readZendeskReplyContext(stored: unknown): StoredChannelContext<ZendeskReplyContext> {
  return readChannelContext(zendeskReplyContextSchema, stored);
}
