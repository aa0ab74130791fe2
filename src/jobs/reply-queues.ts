import type { Channel } from '../core/model.ts';

export const ZENDESK_REPLY_QUEUE = 'zendesk-reply';
export const SLACK_REPLY_QUEUE = 'slack-reply';

/**
 * Channels that answer after the decision (a ticket update, a Slack thread reply) do it in a job of their
 * own, scheduled in the decision's transaction with the request id as job id, so each request is answered once.
 */
export const REPLY_QUEUE_BY_CHANNEL: Partial<Record<Channel, string>> = {
  zendesk: ZENDESK_REPLY_QUEUE,
  slack: SLACK_REPLY_QUEUE,
};

export interface ReplyJob {
  requestId: string;
}
