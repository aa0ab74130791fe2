import { zendeskChannelEnv } from './zendesk-delivery.ts';

export const ZENDESK_SECRET = 'zendesk-webhook-secret-for-tests';
export const SLACK_SECRET = 'slack-signing-secret-for-tests';
/** The Slack channel credbot reads, and the one where staff get hand-off summaries. */
export const SUPPORT_CHANNEL = 'CHELPDESK1';
export const HANDOFF_CHANNEL = 'CSTAFF0001';

/** Both channels on, against the test's fake Zendesk and Slack APIs, with a hand-off group and channel for staff. */
export function bothChannelsEnv(zendeskUrl: string, slackApiUrl: string): Record<string, string> {
  return {
    ...zendeskChannelEnv(zendeskUrl, ZENDESK_SECRET),
    ZENDESK_HANDOFF_GROUP_ID: '77',
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_API_URL: slackApiUrl,
    SLACK_SUPPORT_CHANNELS: SUPPORT_CHANNEL,
    SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL,
  };
}
