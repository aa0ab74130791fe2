import { describe, expect, it } from 'vitest';
import { longestSlackCallMs, longestSlackReplyMs } from './slack-call-limits.ts';

describe('the longest a Slack call may take', () => {
  it('is one try when there are no retries', () => {
    expect(longestSlackCallMs({ apiTimeoutMs: 2000, apiRetries: 0 })).toBe(2000);
  });

  it('adds every retry and the longest back-off before each: twice 1 s, doubling', () => {
    expect(longestSlackCallMs({ apiTimeoutMs: 10_000, apiRetries: 3 })).toBe(4 * 10_000 + 2000 + 4000 + 8000);
  });

  it('caps each wait at 30 s', () => {
    const waits = [2, 4, 8, 16, 30, 30].reduce((sum, seconds) => sum + seconds * 1000, 0);
    expect(longestSlackCallMs({ apiTimeoutMs: 1000, apiRetries: 6 })).toBe(7 * 1000 + waits);
  });

  it('is three calls for a reply: the profile, the answer, the hand-off summary', () => {
    expect(longestSlackReplyMs({ apiTimeoutMs: 2000, apiRetries: 1 })).toBe(3 * (2 * 2000 + 2000));
  });
});
