import { verifySlackRequest } from '@slack/bolt';

/** Bolt's window for the past; we hold the future to the same, which Bolt does not check. */
const MAX_SKEW_SECONDS = 5 * 60;

export type SlackSignatureCheck =
  | { valid: true }
  | { valid: false; reason: 'missing_signature' | 'stale_timestamp' | 'future_timestamp' | 'bad_signature' };

export interface SlackSignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  /** The body exactly as received: the signature covers these bytes. */
  rawBody: string;
}

/**
 * Slack's request signing (v0 HMAC-SHA256 over `v0:timestamp:body`, timestamps older than five minutes refused),
 * checked by Bolt's own `verifySlackRequest`; this names the reason for the 401. A timestamp more than five
 * minutes ahead is refused here: signed in advance (a leaked secret, a clock set wrong), it would pass Bolt's
 * replay window for as long as it stays in the future.
 */
export function checkSlackSignature(request: SlackSignedRequest, options: { signingSecret: string; nowMs: number }): SlackSignatureCheck {
  if (!request.signature || !request.timestamp || !/^\d+$/.test(request.timestamp)) return { valid: false, reason: 'missing_signature' };
  if (Number(request.timestamp) - options.nowMs / 1000 > MAX_SKEW_SECONDS) return { valid: false, reason: 'future_timestamp' };
  try {
    verifySlackRequest({
      signingSecret: options.signingSecret,
      body: request.rawBody,
      headers: { 'x-slack-signature': request.signature, 'x-slack-request-timestamp': Number(request.timestamp) },
      nowMilliseconds: options.nowMs,
    });
    return { valid: true };
  } catch {
    const ageSeconds = options.nowMs / 1000 - Number(request.timestamp);
    return { valid: false, reason: ageSeconds > MAX_SKEW_SECONDS ? 'stale_timestamp' : 'bad_signature' };
  }
}
