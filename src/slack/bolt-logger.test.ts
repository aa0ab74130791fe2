import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { createBoltLogger, withholdPayloads } from './bolt-logger.ts';

describe('the Slack SDK’s log lines', () => {
  it('keep the SDK’s words and withhold the payload after them', () => {
    const envelope = JSON.stringify({ envelope_id: 'e1', payload: { event: { text: 'my secret words', user: 'U1' } } });
    expect(withholdPayloads(`Received a message on the WebSocket: ${envelope}`)).toBe(
      `Received a message on the WebSocket: [${envelope.length} characters withheld]`,
    );
    expect(withholdPayloads('http request url: https://slack.com/api/chat.postMessage')).toBe('http request url: https://slack.com/api/chat.postMessage');
  });

  it('keep a Web API answer’s ok and error code only', () => {
    const answer = JSON.stringify({ ok: false, error: 'channel_not_found', user: { profile: { real_name: 'Robin Learner' } } });
    expect(withholdPayloads(`http request result: ${answer}`)).toBe(`http request result: [${answer.length} characters withheld; ok: false, error: channel_not_found]`);
  });

  it('reach the service log at debug without the learner’s words or address', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const sdkLogger = createBoltLogger(createLogger('debug', destination));

    sdkLogger.debug('Calling ack() - type: events_api, envelope_id: e1, data:', { text: 'please resend to robin.learner@example.org' });
    sdkLogger.info('Sending a WebSocket message: {"text":"please resend"}');

    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toMatch(/please resend|robin\.learner/);
    expect(lines[0]).toContain('"component":"slack-sdk"');
    expect(lines[0]).toContain('Calling ack() - type: events_api, envelope_id: e1, data: [');
  });
});
