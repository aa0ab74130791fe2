import type { Channel } from '../core/model.ts';
import type { LedgerScheduling } from '../db/support-ledger.ts';
import type { JobQueue } from './job-queue.ts';

export const SEND_EMAIL_QUEUE = 'send-email';
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

export interface SendEmailJob {
  emailId: string;
}

export interface ReplyJob {
  requestId: string;
}

/**
 * The next stages as jobs, scheduled in the transaction that records the decision (src/db/support-ledger.ts): each
 * email its delivery job, each request with a reply to post its channel's reply job, both keyed by their record's id.
 */
export function deliveryScheduling(queue: Pick<JobQueue, 'schedule'>): LedgerScheduling {
  return {
    scheduleEmailDelivery: async (scope, emailId) => {
      await queue.schedule(scope, SEND_EMAIL_QUEUE, { emailId } satisfies SendEmailJob, emailId);
    },
    scheduleReplyDelivery: (scope, requestId, channel) => {
      const replyQueue = REPLY_QUEUE_BY_CHANNEL[channel];
      if (replyQueue === undefined) return null;
      return queue.schedule(scope, replyQueue, { requestId } satisfies ReplyJob, requestId).then(() => undefined);
    },
  };
}
