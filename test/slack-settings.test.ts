import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { startFakeSlack } from './fakes/fake-slack.ts';
import { runCredbot, startCredbot } from './helpers/child-process.ts';
import { createTestDatabase } from './helpers/test-database.ts';

describe('the Slack settings', () => {
  it('are off (undefined) with no Slack variable at all', () => {
    expect(loadConfig({}).slack).toBeUndefined();
  });

  it('run over HTTP with a bot token and a signing secret, on Slack’s API by default', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'signing-secret' }).slack).toEqual({
      botToken: 'xoxb-1-2-abc',
      mode: { kind: 'http', signingSecret: 'signing-secret' },
      apiUrl: 'https://slack.com/api/',
      supportChannels: null,
      handoffChannel: null,
      ephemeralReplies: true,
      apiTimeoutMs: 10_000,
      apiRetries: 3,
    });
  });

  it('run over Socket Mode when an app-level token is given', () => {
    const settings = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A1-abc', SLACK_SIGNING_SECRET: 'signing-secret' }).slack;
    expect(settings?.mode).toEqual({ kind: 'socket', appToken: 'xapp-1-A1-abc' });
  });

  it('hold the channel lists, the hand-off channel, the API URL and the ephemeral switch', () => {
    const settings = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'signing-secret',
      SLACK_SUPPORT_CHANNELS: 'C0123ABCD, C0456EFGH',
      SLACK_HANDOFF_CHANNEL: 'C0STAFF01',
      SLACK_API_URL: 'http://127.0.0.1:4000/api',
      SLACK_EPHEMERAL_REPLIES: 'false',
    }).slack;
    expect(settings).toMatchObject({
      supportChannels: ['C0123ABCD', 'C0456EFGH'],
      handoffChannel: 'C0STAFF01',
      apiUrl: 'http://127.0.0.1:4000/api/',
      ephemeralReplies: false,
    });
  });

  it('are refused, naming what is missing, when some but not all is given', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET .* or SLACK_APP_TOKEN/);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'signing-secret' })).toThrow(ConfigError);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'signing-secret' })).toThrow(/- SLACK_BOT_TOKEN: required for the Slack channel/);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'signing-secret' })).not.toThrow(/signing-secret/);
  });

  it('refuses malformed values, naming the variable', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token' })).toThrow(/SLACK_BOT_TOKEN=.*xoxb/);
    expect(() => loadConfig({ SLACK_APP_TOKEN: 'xoxb-1' })).toThrow(/SLACK_APP_TOKEN=.*xapp/);
    expect(() => loadConfig({ SLACK_SUPPORT_CHANNELS: '#help' })).toThrow(/SLACK_SUPPORT_CHANNELS=/);
    expect(() => loadConfig({ SLACK_HANDOFF_CHANNEL: 'support-team' })).toThrow(/SLACK_HANDOFF_CHANNEL=/);
  });
});

describe('credbot start without Slack settings', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function freshDatabaseEnv(): Promise<Record<string, string>> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'credbot-slack-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    if (!process.env.TEST_DATABASE_URL) return { DATA_DIR: dataDir, LOAD_DEMO_DATA: 'false' };
    const testDb = await createTestDatabase();
    cleanups.push(() => testDb.drop());
    return { DATA_DIR: dataDir, DATABASE_URL: testDb.url as string, LOAD_DEMO_DATA: 'false' };
  }

  it('says the Slack channel is off', async () => {
    const service = await startCredbot(await freshDatabaseEnv());
    cleanups.push(async () => {
      await service.stop();
    });
    expect(service.output()).toContain('Slack channel off');
  });

  it('stops with exit code 2, naming the variable, when a bot token comes without a secret', async () => {
    const result = await runCredbot(['start'], { ...(await freshDatabaseEnv()), PORT: '0', HOST: '127.0.0.1', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SLACK_SIGNING_SECRET');
  });

  describe('over HTTP, the bot token is checked at the start and by /readyz', () => {
    const slackEnv = (apiUrl: string) => ({ SLACK_BOT_TOKEN: 'xoxb-1-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: apiUrl, SLACK_API_RETRIES: '0' });

    it('stops with exit code 2, naming SLACK_BOT_TOKEN, when Slack refuses the token', async () => {
      const slack = await startFakeSlack();
      cleanups.push(() => slack.close());
      slack.failNext(1, { method: 'auth.test', error: 'invalid_auth' });
      const result = await runCredbot(['start'], { ...(await freshDatabaseEnv()), PORT: '0', HOST: '127.0.0.1', ...slackEnv(slack.apiUrl) }, undefined, { timeoutMs: 60_000 });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('SLACK_BOT_TOKEN: Slack refused it (invalid_auth)');
      expect(result.stderr).not.toContain('xoxb-1-test');
    });

    it("starts while Slack's API is down, and says it is not ready", async () => {
      const slack = await startFakeSlack();
      cleanups.push(() => slack.close());
      // Slack's API down at the start (HTTP 503), and for the first readiness probe.
      slack.failNext(2, { method: 'auth.test', status: 503, error: 'service_unavailable' });
      const service = await startCredbot({ ...(await freshDatabaseEnv()), ...slackEnv(slack.apiUrl) }, 60_000);
      cleanups.push(async () => {
        await service.stop();
      });
      expect(service.output()).toContain("Slack's Web API answered HTTP 503");

      const down = await fetch(`${service.url}/readyz`);
      expect(down.status, JSON.stringify(slack.calls.map((call) => [call.method, call.failed]))).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'not_ready', reason: "slack: Slack's Web API answered HTTP 503" });
      // Asked once at the start and once by the probe: a retry would have hidden the outage.
      expect(slack.calls.filter((call) => call.method === 'auth.test' && call.failed)).toHaveLength(2);
      expect(slack.callsTo('auth.test')).toHaveLength(0);
    });

    it('is ready when Slack accepts the token', async () => {
      const slack = await startFakeSlack();
      cleanups.push(() => slack.close());
      const service = await startCredbot({ ...(await freshDatabaseEnv()), ...slackEnv(slack.apiUrl) }, 60_000);
      cleanups.push(async () => {
        await service.stop();
      });
      const ready = await fetch(`${service.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', checks: { slack: { status: 'ready' } } });
    });
  });
});
