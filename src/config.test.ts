import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadsDemoData } from './config.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs with no settings at all, on the embedded database and the local outbox', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.RETRIEVE_LIMIT_PER_DAY).toBe(3);
  });

  it('names the variable and the value that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL=.*postgres/);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: '-1', SMTP_URL: 'http://mail', RETRIEVE_LIMIT_PER_DAY: '0' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((problem) => problem.split('=')[0])).toEqual([
        'PORT',
        'SMTP_URL',
        'RETRIEVE_LIMIT_PER_DAY',
      ]);
    }
  });

  it('keeps learner data 90 days unless RETENTION_DAYS says otherwise, and never less than a day', () => {
    expect(loadConfig({}).RETENTION_DAYS).toBe(90);
    expect(loadConfig({ RETENTION_DAYS: '30' }).RETENTION_DAYS).toBe(30);
    expect(() => loadConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS="0": must be at least 1/);
  });

  it('answers learners and staff in English unless DEFAULT_LANGUAGE and STAFF_LANGUAGE name another of its languages', () => {
    expect(loadConfig({})).toMatchObject({ DEFAULT_LANGUAGE: 'en', STAFF_LANGUAGE: 'en' });
    expect(loadConfig({ DEFAULT_LANGUAGE: 'pt', STAFF_LANGUAGE: 'de' })).toMatchObject({ DEFAULT_LANGUAGE: 'pt', STAFF_LANGUAGE: 'de' });
    expect(() => loadConfig({ DEFAULT_LANGUAGE: 'it' })).toThrow(/DEFAULT_LANGUAGE="it": must be one of en, es, pt, fr, de/);
    expect(() => loadConfig({ STAFF_LANGUAGE: 'pt-BR' })).toThrow(/STAFF_LANGUAGE="pt-BR": must be one of en, es, pt, fr, de/);
  });

  it('never repeats a rejected token, secret or URL password', () => {
    const env = { SLACK_BOT_TOKEN: 'xoxp-1-hunter2', SLACK_SIGNING_SECRET: 'hunter2', SMTP_URL: 'smtp://mail:hunter2@mail.example:smtp' };
    expect(() => loadConfig(env)).toThrow(/SLACK_BOT_TOKEN=xoxp-…: must be a bot token/);
    expect(() => loadConfig(env)).toThrow(/SMTP_URL=smtp:\/\/…: has a port/);
    expect(() => loadConfig(env)).not.toThrow(/hunter2/);
  });

  it('refuses Zendesk’s public test secret as the webhook secret', async () => {
    const { ZENDESK_TEST_SIGNING_SECRET } = await import('./zendesk/webhook-signature.ts');
    expect(() => loadConfig({ ZENDESK_WEBHOOK_SECRET: ZENDESK_TEST_SIGNING_SECRET })).toThrow(/ZENDESK_WEBHOOK_SECRET: is Zendesk's public test secret/);
  });

  it('budgets other people’s addresses by default, and refuses a budget of none', () => {
    const config = loadConfig({});
    expect([config.MAX_ADDRESSES_PER_MESSAGE, config.REQUESTER_ADDRESS_LIMIT_PER_DAY, config.ISSUER_HANDOFF_EMAIL_LIMIT_PER_DAY]).toEqual([3, 5, 10]);
    expect(() => loadConfig({ MAX_ADDRESSES_PER_MESSAGE: '0' })).toThrow(/MAX_ADDRESSES_PER_MESSAGE="0"/);
    expect(() => loadConfig({ REQUESTER_ADDRESS_LIMIT_PER_DAY: 'lots' })).toThrow(/REQUESTER_ADDRESS_LIMIT_PER_DAY="lots"/);
  });

  it('takes a sender with or without a name, and refuses one without an address', () => {
    expect(loadConfig({ MAIL_FROM: 'Acme Certificates <certs@acme.example>' }).MAIL_FROM).toBe('Acme Certificates <certs@acme.example>');
    expect(loadConfig({ MAIL_FROM: 'certs@acme.example' }).MAIL_FROM).toBe('certs@acme.example');
    for (const sender of ['foo', 'Acme <certs>', 'a@acme.example, b@acme.example']) {
      expect(() => loadConfig({ MAIL_FROM: sender }), sender).toThrow(/MAIL_FROM=.*: must (be one sender address|hold an email address)/);
    }
  });

  it('loads the demo dataset by default on the embedded database only, and as LOAD_DEMO_DATA says otherwise', () => {
    expect(loadsDemoData(loadConfig({}), 'embedded')).toBe(true);
    expect(loadsDemoData(loadConfig({}), 'postgres')).toBe(false);
    expect(loadsDemoData(loadConfig({ LOAD_DEMO_DATA: 'true' }), 'postgres')).toBe(true);
    expect(loadsDemoData(loadConfig({ LOAD_DEMO_DATA: 'false' }), 'embedded')).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', SMTP_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});

describe('JOB_TIMEOUT_SECONDS', () => {
  it('must outlast the longest an email may take to send, and recording it', () => {
    expect(() => loadConfig({ JOB_TIMEOUT_SECONDS: '60' })).toThrow(
      /JOB_TIMEOUT_SECONDS="60": must be at least 65: sending an email may take SMTP_SEND_TIMEOUT_MS \(60000 ms\), and 5 s more to record it/,
    );
    expect(loadConfig({ JOB_TIMEOUT_SECONDS: '65' }).JOB_TIMEOUT_SECONDS).toBe(65);
    expect(loadConfig({ JOB_TIMEOUT_SECONDS: '20', SMTP_SEND_TIMEOUT_MS: '15000' }).JOB_TIMEOUT_SECONDS).toBe(20);
  });

  it('must outlast the Slack calls of one reply when the Slack channel is on', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'signing-secret' };
    // Four tries of 10 s, and waits of at most 2, 4 and 8 s between them: 54 s a call, three calls.
    expect(() => loadConfig({ ...slack, JOB_TIMEOUT_SECONDS: '120' })).toThrow(
      /JOB_TIMEOUT_SECONDS="120": must be at least 167: a Slack reply makes up to 3 calls of up to 54 s each \(SLACK_API_TIMEOUT_MS=10000 per try, SLACK_API_RETRIES=3/,
    );
    expect(loadConfig({ ...slack, JOB_TIMEOUT_SECONDS: '120', SLACK_API_TIMEOUT_MS: '5000', SLACK_API_RETRIES: '1' }).JOB_TIMEOUT_SECONDS).toBe(120);
    expect(loadConfig({ JOB_TIMEOUT_SECONDS: '120' }).JOB_TIMEOUT_SECONDS).toBe(120);
  });

  it('holds with the defaults, with or without Slack', () => {
    expect(loadConfig({}).JOB_TIMEOUT_SECONDS).toBe(300);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'signing-secret' }).JOB_TIMEOUT_SECONDS).toBe(300);
  });
});

describe('.env.example', () => {
  it('documents every variable the configuration reads', async () => {
    const { readFile } = await import('node:fs/promises');
    const { environmentSchema } = await import('./config.ts');
    const example = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]));
    expect(Object.keys(environmentSchema.shape).filter((variable) => !documented.has(variable))).toEqual([]);
  });

  it('holds only values the configuration accepts', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const env = Object.fromEntries(
      [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(([, name, value]) => [name, (value ?? '').replace(/^"(.*)"$/, '$1')]),
    );
    expect(() => loadConfig(env)).not.toThrow();
  });
});

describe('the service role', () => {
  it('does everything in one process by default', () => {
    expect(loadConfig({}).serviceRole).toEqual({ acceptRequests: true, runWorkers: true });
  });

  it('splits requests and jobs between a web and a worker process on a PostgreSQL server', () => {
    const server = { DATABASE_URL: 'postgres://credbot@db.internal/credbot' };
    expect(loadConfig({ ...server, SERVICE_ROLE: 'web' }).serviceRole).toEqual({ acceptRequests: true, runWorkers: false });
    expect(loadConfig({ ...server, SERVICE_ROLE: 'worker' }).serviceRole).toEqual({ acceptRequests: false, runWorkers: true });
  });

  it('refuses a split on the embedded database, which one process owns', () => {
    expect(() => loadConfig({ SERVICE_ROLE: 'worker' })).toThrow(/SERVICE_ROLE="worker": needs DATABASE_URL/);
    expect(() => loadConfig({ SERVICE_ROLE: 'both' })).toThrow(/SERVICE_ROLE="both": must be all, web or worker/);
  });
});

describe('the Zendesk settings', () => {
  const api = { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'agent@acme.example', ZENDESK_API_TOKEN: 'api-token' };

  it('are off (undefined) with no Zendesk variable at all', () => {
    expect(loadConfig({}).zendesk).toBeUndefined();
    expect(loadConfig({}).console.zendeskAgentOrigin).toBeNull();
  });

  it('hold the API address, the credentials, the webhook secret and the channel’s own settings when all are given', () => {
    const config = loadConfig({ ...api, ZENDESK_WEBHOOK_SECRET: 'webhook-secret', ZENDESK_HANDOFF_GROUP_ID: '42' });
    expect(config.zendesk).toEqual({
      apiUrl: 'https://acme.zendesk.com/api/v2',
      auth: { email: 'agent@acme.example', apiToken: 'api-token' },
      webhookSecret: 'webhook-secret',
      apiTimeoutMs: 10_000,
      signatureToleranceSeconds: 300,
      retrieveStatus: 'pending',
      handoffGroupId: 42,
    });
    expect(config.console.zendeskAgentOrigin).toBe('https://acme.zendesk.com');
  });

  it('take an OAuth token over an email and API token, and an API URL over the subdomain', () => {
    const zendesk = loadConfig({ ...api, ZENDESK_API_URL: 'http://127.0.0.1:4000/api/v2/', ZENDESK_OAUTH_TOKEN: 'oauth-token', ZENDESK_WEBHOOK_SECRET: 'webhook-secret' }).zendesk;
    expect(zendesk).toMatchObject({ apiUrl: 'http://127.0.0.1:4000/api/v2', auth: { oauthToken: 'oauth-token' } });
  });

  it('are refused, naming each missing setting and repeating no secret, when some but not all are given', () => {
    expect(() => loadConfig(api)).toThrow(/- ZENDESK_WEBHOOK_SECRET: required for the Zendesk channel \(`credbot zendesk setup` prints it\)/);
    expect(problemsOf({ ZENDESK_API_TOKEN: 'sekrit0-api-token' })).toEqual([
      'ZENDESK_SUBDOMAIN or ZENDESK_API_URL: one is required for the Zendesk channel',
      'ZENDESK_EMAIL and ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN: required for the Zendesk channel',
      'ZENDESK_WEBHOOK_SECRET: required for the Zendesk channel (`credbot zendesk setup` prints it)',
    ]);
  });
});

describe('the intent thresholds', () => {
  it('are the defaults unless INTENT_ACT_THRESHOLD and INTENT_SUGGEST_THRESHOLD say otherwise', async () => {
    const { DEFAULT_INTENT_THRESHOLDS } = await import('./core/intent/intent-thresholds.ts');
    expect(loadConfig({}).intentThresholds).toEqual(DEFAULT_INTENT_THRESHOLDS);
    expect(loadConfig({ INTENT_ACT_THRESHOLD: '0.8', INTENT_SUGGEST_THRESHOLD: '0.4' }).intentThresholds).toEqual({ act: 0.8, suggest: 0.4 });
  });

  it('refuse a suggest band starting above the act band', () => {
    expect(() => loadConfig({ INTENT_ACT_THRESHOLD: '0.6', INTENT_SUGGEST_THRESHOLD: '0.7' })).toThrow(
      /INTENT_SUGGEST_THRESHOLD="0.7": must not be above INTENT_ACT_THRESHOLD \(0.7 is above 0.6\)/,
    );
  });
});

describe('rules between settings', () => {
  it('are reported together, naming the variables to change', () => {
    const problems = problemsOf({ SERVICE_ROLE: 'web', SLACK_BOT_TOKEN: 'xoxb-1', DKIM_SELECTOR: 'credbot' });
    expect(problems.map((problem) => problem.split(/[=: ]/)[0])).toEqual(['SERVICE_ROLE', 'DKIM_DOMAIN', 'DKIM_PRIVATE_KEY', 'SLACK_SIGNING_SECRET']);
  });

  it('wait until each variable is valid on its own, so a value is judged once', () => {
    expect(problemsOf({ SERVICE_ROLE: 'web', PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT="eighty": /)]);
  });
});
