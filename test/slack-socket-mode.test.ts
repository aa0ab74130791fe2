import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type RunningService, startService } from '../src/main.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { channelMessage, eventEnvelope, slashCommand } from './helpers/slack-requests.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

/**
 * Socket Mode against a local stand-in for Slack's WebSocket service: the same listeners and workers as HTTP mode,
 * reached over a connection credbot opens itself. (Real Slack only checks the app-level token and the URL.)
 */
describe('the Slack channel in Socket Mode', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let slack: FakeSlack;
  let service: RunningService | undefined;
  let world: ServiceUnderTest | undefined;

  beforeAll(async () => {
    slack = await startFakeSlack();
    ({ testDb, sink, service } = world = await startServiceUnderTest({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_APP_TOKEN: 'xapp-test-token',
      SLACK_API_URL: slack.apiUrl,
      SLACK_API_RETRIES: '1',
      SLACK_API_TIMEOUT_MS: '2000',
      CHANNEL_RETRY_DELAY_SECONDS: '1',
    }));
  });
  afterAll(async () => {
    await world?.close();
    await slack?.close();
  });

  const mailTo = (address: string) => sink.messages.filter((message) => JSON.stringify(message.to).includes(address));

  it('connects with the app-level token and has no HTTP endpoint', async () => {
    await slack.socket.waitForConnection();
    expect(slack.callsTo('apps.connections.open')[0]?.authorization).toBe('Bearer xapp-test-token');
    expect((await fetch(`${service!.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('acknowledges an event envelope, emails the learner and answers in the thread', async () => {
    const issuer = await seedIssuer(testDb.database, { name: `Socket Academy ${randomUUID().slice(0, 4)}` });
    const address = learnerAddress('socket');
    const credential = await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const message = channelMessage({ channel: 'CSOCKET01', user: 'USOCKET01', text: `I never received my certificate: ${address}` });

    const ack = await slack.socket.send('events_api', eventEnvelope(message));

    expect(ack.envelope_id).toEqual(expect.any(String));
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    await until(() => slack.callsTo('chat.postEphemeral').some((call) => call.args.channel === 'CSOCKET01' && call.args.thread_ts === message.ts));
  });

  it('answers a slash command through its response URL', async () => {
    const responseUrl = slack.newResponseUrl();
    const ack = await slack.socket.send('slash_commands', slashCommand({ user_id: 'USOCKET02', channel_id: 'CSOCKET01', text: '', response_url: responseUrl }));
    expect(ack.envelope_id).toEqual(expect.any(String));
    await until(() => slack.callsTo('response_url').some((call) => responseUrl.endsWith(call.path)));
  });

  it('closes the connection when the service stops', async () => {
    await service?.stop();
    service = undefined;
    await until(() => slack.socket.connections() >= 1 && !slack.socket.isOpen());
  });
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Socket Mode start-up', () => {
  it('stops the start with the variable named when Slack refuses the app-level token', async () => {
    const testDb = await createTestDatabase();
    const slack = await startFakeSlack();
    try {
      slack.failNext(1, { method: 'apps.connections.open', error: 'invalid_auth' });
      const config = loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        LOAD_DEMO_DATA: 'false',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_APP_TOKEN: 'xapp-revoked-token',
        SLACK_API_URL: slack.apiUrl,
        SLACK_API_RETRIES: '0',
      });
      await expect(startService(config, { database: testDb.database, pollingIntervalSeconds: 0.5 })).rejects.toThrow(/SLACK_APP_TOKEN: Slack refused it .*invalid_auth/);
    } finally {
      await slack.close();
      await testDb.drop();
    }
  });
});
