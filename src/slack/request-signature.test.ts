import { describe, expect, it } from 'vitest';
import { checkSlackSignature } from './request-signature.ts';

// Slack's worked example in "Verifying requests from Slack" (docs.slack.dev/authentication/verifying-requests-from-slack):
// a slash command's form body, signed at 1531420618 with the documented secret.
const signingSecret = '8f742231b10e8888abcd99yyyzzz85a5';
const timestamp = '1531420618';
const rawBody =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const signature = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const signedAtMs = Number(timestamp) * 1000;

describe('checkSlackSignature', () => {
  it('accepts Slack’s documented example with the clock at its timestamp', () => {
    expect(checkSlackSignature({ signature, timestamp, rawBody }, { signingSecret, nowMs: signedAtMs })).toEqual({ valid: true });
  });

  it('accepts it up to five minutes later', () => {
    expect(checkSlackSignature({ signature, timestamp, rawBody }, { signingSecret, nowMs: signedAtMs + 299_000 })).toEqual({ valid: true });
  });

  it('refuses it as stale more than five minutes later', () => {
    expect(checkSlackSignature({ signature, timestamp, rawBody }, { signingSecret, nowMs: signedAtMs + 301_000 })).toEqual({ valid: false, reason: 'stale_timestamp' });
  });

  it('accepts it up to five minutes early (a server clock a little behind Slack’s)', () => {
    expect(checkSlackSignature({ signature, timestamp, rawBody }, { signingSecret, nowMs: signedAtMs - 299_000 })).toEqual({ valid: true });
  });

  it('refuses it as from the future more than five minutes early, though correctly signed', () => {
    expect(checkSlackSignature({ signature, timestamp, rawBody }, { signingSecret, nowMs: signedAtMs - 301_000 })).toEqual({ valid: false, reason: 'future_timestamp' });
    const tenYearsMs = 10 * 365 * 24 * 3600_000;
    expect(checkSlackSignature({ signature, timestamp, rawBody }, { signingSecret, nowMs: signedAtMs - tenYearsMs })).toEqual({ valid: false, reason: 'future_timestamp' });
  });

  it('refuses a changed body, another timestamp or another secret', () => {
    const now = { nowMs: signedAtMs };
    expect(checkSlackSignature({ signature, timestamp, rawBody: rawBody.replace('text=', 'text=x') }, { signingSecret, ...now })).toEqual({ valid: false, reason: 'bad_signature' });
    expect(checkSlackSignature({ signature, timestamp: '1531420619', rawBody }, { signingSecret, ...now })).toEqual({ valid: false, reason: 'bad_signature' });
    expect(checkSlackSignature({ signature, timestamp, rawBody }, { signingSecret: 'another-secret-entirely', ...now })).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('refuses other signature versions and missing headers', () => {
    const now = { signingSecret, nowMs: signedAtMs };
    expect(checkSlackSignature({ signature: signature.replace('v0=', 'v1='), timestamp, rawBody }, now)).toEqual({ valid: false, reason: 'bad_signature' });
    expect(checkSlackSignature({ signature: undefined, timestamp, rawBody }, now)).toEqual({ valid: false, reason: 'missing_signature' });
    expect(checkSlackSignature({ signature, timestamp: undefined, rawBody }, now)).toEqual({ valid: false, reason: 'missing_signature' });
    expect(checkSlackSignature({ signature, timestamp: 'yesterday', rawBody }, now)).toEqual({ valid: false, reason: 'missing_signature' });
  });
});
