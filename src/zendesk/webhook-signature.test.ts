import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkZendeskSignature, signZendeskWebhook, ZENDESK_TEST_SIGNING_SECRET } from './webhook-signature.ts';

const secret = 'our-webhook-secret-123';
const timestamp = '2026-11-26T10:00:00Z';
const now = new Date('2026-11-26T10:01:00Z');
const body = Buffer.from('{"ticket":{"id":"42"}}');
const options = { secret, toleranceSeconds: 300, now };

describe('Zendesk webhook signatures', () => {
  it('follow the documented construction: base64 HMAC-SHA256 of timestamp then body, keyed by the secret string', () => {
    const byHand = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${timestamp}${body.toString()}`).digest('base64');
    expect(signZendeskWebhook(secret, timestamp, body)).toBe(byHand);
  });

  it('match a fixed vector computed independently', () => {
    // Computed once with `printf '%s%s' "$timestamp" "$body" | openssl dgst -sha256 -hmac "$secret" -binary | base64`.
    expect(signZendeskWebhook(secret, timestamp, body)).toBe('phSp3/hOs6QXyMEovSfcRizBO5KuPMlcHIXboyGWIn4=');
  });

  it('accept a request signed with our secret', () => {
    const signature = signZendeskWebhook(secret, timestamp, body);
    expect(checkZendeskSignature({ signature, timestamp, rawBody: body }, options)).toEqual({ valid: true, test: false });
  });

  it('recognise the static secret of "Test webhook" deliveries, as a test', () => {
    const signature = signZendeskWebhook(ZENDESK_TEST_SIGNING_SECRET, timestamp, body);
    expect(checkZendeskSignature({ signature, timestamp, rawBody: body }, options)).toEqual({ valid: true, test: true });
  });

  it('reject a signature over another body, or made with another secret', () => {
    const signature = signZendeskWebhook(secret, timestamp, body);
    expect(checkZendeskSignature({ signature, timestamp, rawBody: Buffer.from('{"ticket":{"id":"43"}}') }, options)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
    const forged = signZendeskWebhook('not-our-secret', timestamp, body);
    expect(checkZendeskSignature({ signature: forged, timestamp, rawBody: body }, options).valid).toBe(false);
  });

  it('reject a missing signature or timestamp', () => {
    expect(checkZendeskSignature({ signature: undefined, timestamp, rawBody: body }, options)).toEqual({ valid: false, reason: 'missing_signature' });
    expect(checkZendeskSignature({ signature: 'x', timestamp: undefined, rawBody: body }, options)).toEqual({ valid: false, reason: 'missing_signature' });
  });

  const checkSignedAt = (signedAt: string) =>
    checkZendeskSignature({ signature: signZendeskWebhook(secret, signedAt, body), timestamp: signedAt, rawBody: body }, options);

  it('reject a timestamp further than the tolerance from now, either way (replay, or signed in advance)', () => {
    expect(checkSignedAt('2026-11-26T09:55:59Z')).toEqual({ valid: false, reason: 'stale_timestamp' });
    expect(checkSignedAt('2026-11-26T10:06:01Z')).toEqual({ valid: false, reason: 'future_timestamp' });
    expect(checkSignedAt('2036-11-26T10:00:00Z')).toEqual({ valid: false, reason: 'future_timestamp' });
  });

  it('accept a timestamp with an offset in place of Z', () => {
    expect(checkSignedAt('2026-11-26T11:00:00+01:00')).toEqual({ valid: true, test: false });
  });

  it('reject a timestamp without a zone, which would be read as the server’s local time', () => {
    for (const malformed of ['2026-11-26T10:00:00', '2026-11-26', 'yesterday']) {
      expect(checkSignedAt(malformed)).toEqual({ valid: false, reason: 'malformed_timestamp' });
    }
  });
});
