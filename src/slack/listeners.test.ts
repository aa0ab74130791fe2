import { describe, expect, it } from 'vitest';
import { skipReason } from './listeners.ts';

const options = { botUserId: 'UBOT', supportChannels: ['CHELP'], handoffChannel: 'CSTAFF' };
const message = (fields: Partial<Parameters<typeof skipReason>[0]> = {}) => ({
  type: 'message' as const,
  channel: 'CHELP',
  channel_type: 'channel',
  user: 'ULEARNER',
  text: 'I never received my certificate',
  ts: '1700000000.000100',
  ...fields,
});

describe('skipReason', () => {
  it('accepts a person’s new message in a support channel, a DM, and a mention anywhere', () => {
    expect(skipReason(message(), options)).toBeNull();
    expect(skipReason(message({ channel: 'D123', channel_type: 'im' }), options)).toBeNull();
    expect(skipReason(message({ type: 'app_mention', channel: 'CRANDOM', channel_type: undefined }), options)).toBeNull();
    expect(skipReason(message({ channel: 'CRANDOM' }), { ...options, supportChannels: null })).toBeNull();
  });

  it('skips bots (itself included), every subtype, and messages without words', () => {
    expect(skipReason(message({ bot_id: 'B1' }), options)).toBe('posted by a bot');
    expect(skipReason(message({ user: 'UBOT' }), options)).toBe('our own message');
    for (const subtype of ['bot_message', 'message_changed', 'message_deleted', 'channel_join', 'thread_broadcast', 'file_share']) {
      expect(skipReason(message({ subtype }), options)).toBe(`subtype ${subtype}`);
    }
    expect(skipReason(message({ user: undefined }), options)).toBe('no author');
    expect(skipReason(message({ text: '  ' }), options)).toBe('no text');
  });

  it('skips channels that are not support channels, and the hand-off channel', () => {
    expect(skipReason(message({ channel: 'CRANDOM' }), options)).toBe('not a support channel');
    expect(skipReason(message({ channel: 'CSTAFF' }), { ...options, supportChannels: null })).toBe('the support team’s hand-off channel');
  });
});
