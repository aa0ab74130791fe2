import { longestSlackReplyMs, type SlackCallSettings } from '../slack/slack-call-limits.ts';

/**
 * How long an attempt's claim on work in flight lasts (src/db/claims.ts): longer than the longest the work may
 * take, which the clients' own timeouts bound, so that a retry of the job finds the claim held for as long as the
 * first attempt may still be sending. JOB_TIMEOUT_SECONDS must be at least as long (src/config.ts).
 */

/** What a claim outlasts its work by: the durable commit that records the work done, a busy event loop. */
export const CLAIM_MARGIN_SECONDS = 5;

/** An email: the mailer abandons a send after `smtpSendTimeoutMs` (src/mail/mailer.ts). */
export function emailClaimLeaseSeconds(smtpSendTimeoutMs: number): number {
  return Math.ceil(smtpSendTimeoutMs / 1000) + CLAIM_MARGIN_SECONDS;
}

/** A Slack reply attempt: its calls, each bounded by the client's timeout and retries. */
export function slackReplyClaimLeaseSeconds(settings: SlackCallSettings): number {
  return Math.ceil(longestSlackReplyMs(settings) / 1000) + CLAIM_MARGIN_SECONDS;
}
