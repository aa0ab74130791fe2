import { verifySlackRequest } from '@slack/bolt';

/** Bolt's window; used here only to name the reason Bolt refused a request. */
const MAX_AGE_SECONDS = 5 * 60;

export type SlackSignatureCheck = { valid: true } | { valid: false; reason: 'missing_signature' | 'stale_timestamp' | 'bad_signature' };

export interface SlackSignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  /** The body exactly as received: the signature covers these bytes. */
  rawBody: string;
}

/**
 * Slack's request signing (v0 HMAC-SHA256 over `v0:timestamp:body`, timestamps older than five minutes refused),
 * checked by Bolt's own `verifySlackRequest`; this only names the reason for the 401.
 */
export function checkSlackSignature(request: SlackSignedRequest, options: { signingSecret: string; nowMs: number }): SlackSignatureCheck {
  if (!request.signature || !request.timestamp || !/^\d+$/.test(request.timestamp)) return { valid: false, reason: 'missing_signature' };
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
    return { valid: false, reason: ageSeconds > MAX_AGE_SECONDS ? 'stale_timestamp' : 'bad_signature' };
  }
}
