import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The secret Zendesk signs "Test webhook" deliveries with, before a webhook exists. It is public, so a
 * request signed with it proves nothing: the route answers it and does nothing else.
 */
export const ZENDESK_TEST_SIGNING_SECRET = 'dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==';

export type SignatureCheck =
  | { valid: true; test: boolean }
  | { valid: false; reason: 'missing_signature' | 'bad_signature' | 'malformed_timestamp' | 'stale_timestamp' | 'future_timestamp' };

export interface SignedRequest {
  signature: string | undefined;
  /** As sent in X-Zendesk-Webhook-Signature-Timestamp, e.g. 2026-11-26T10:00:00Z. */
  timestamp: string | undefined;
  rawBody: Buffer;
}

/** base64(HMAC-SHA256(secret, timestamp + raw body)); the secret is used as the string it is, not decoded. */
export function signZendeskWebhook(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(timestamp).update(rawBody).digest('base64');
}

/**
 * An ISO 8601 instant that names its zone (`Z` or an offset), as Zendesk sends it. Without one, Date.parse reads it
 * as the server's local time, so the replay window would move with the server's time zone.
 */
const ZONED_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

export function checkZendeskSignature(
  request: SignedRequest,
  options: { secret: string; toleranceSeconds: number; now: Date },
): SignatureCheck {
  const { signature, timestamp } = request;
  if (!signature || !timestamp) return { valid: false, reason: 'missing_signature' };
  const signedAt = ZONED_TIMESTAMP.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
  if (Number.isNaN(signedAt)) return { valid: false, reason: 'malformed_timestamp' };
  const skewMs = signedAt - options.now.getTime();
  if (skewMs < -options.toleranceSeconds * 1000) return { valid: false, reason: 'stale_timestamp' };
  if (skewMs > options.toleranceSeconds * 1000) return { valid: false, reason: 'future_timestamp' };
  if (matches(signature, signZendeskWebhook(options.secret, timestamp, request.rawBody))) return { valid: true, test: false };
  if (matches(signature, signZendeskWebhook(ZENDESK_TEST_SIGNING_SECRET, timestamp, request.rawBody))) {
    return { valid: true, test: true };
  }
  return { valid: false, reason: 'bad_signature' };
}

function matches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
