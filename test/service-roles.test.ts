import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { JOB_SCHEMA } from '../src/jobs/job-tables.ts';
import { ZENDESK_MESSAGE_QUEUE } from '../src/zendesk/zendesk-workers.ts';
import { type RunningService, startService } from '../src/main.ts';
import { type FakeZendesk, startFakeZendesk, hasCredbotAnswer } from './fakes/fake-zendesk.ts';
import { type SmtpSink, startSmtpSink } from './fakes/smtp-sink.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload } from './helpers/zendesk-delivery.ts';

const secret = 'zendesk-webhook-secret-for-role-tests';

// A split needs a database two processes can share: a PostgreSQL server (the embedded one is refused; see config).
describe.skipIf(!process.env.TEST_DATABASE_URL)('a service split into a web and a worker process', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let zendesk: FakeZendesk;
  let web: RunningService;
  let worker: RunningService | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    sink = await startSmtpSink();
    zendesk = await startFakeZendesk();
    env = {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      LOAD_DEMO_DATA: 'false',
      DATABASE_URL: testDb.url as string,
      SMTP_URL: sink.url,
      ZENDESK_API_URL: zendesk.url,
      ZENDESK_EMAIL: 'bot@support.example',
      ZENDESK_API_TOKEN: 'token-123',
      ZENDESK_WEBHOOK_SECRET: secret,
    };
    // Each opens its own connections, as two processes would; nothing but the database connects them.
    web = await startService(loadConfig({ ...env, SERVICE_ROLE: 'web' }));
  });
  const startWorker = async () => {
    await worker?.stop();
    worker = await startService(loadConfig({ ...env, SERVICE_ROLE: 'worker' }));
    return worker;
  };
  afterAll(async () => {
    await web?.stop();
    await worker?.stop();
    await zendesk?.close();
    await sink?.close();
    await testDb?.drop();
  });

  it('acknowledges on the web process and does the work on the worker process', async () => {
    const issuer = await seedIssuer(testDb.database, { name: 'Harbourside College', contactEmail: 'office@harbourside.example' });
    const address = learnerAddress('split');
    await seedCredential(testDb.database, issuer, { recipientEmail: address, status: 'published' });
    const ticket = zendesk.addTicket({ tags: ['web_form'] });

    const response = await deliverZendeskWebhook(
      web.url,
      triggerPayload({ id: ticket.id, comment: 'I never got my certificate.', requester: { email: address } }),
      { secret },
    );

    expect(response).toEqual({ status: 202, json: { status: 'accepted' } });
    // The web process only stores the message as its job, which waits, untouched, until a worker runs.
    const jobs = await testDb.database.sql.executeSql(`select name, state from ${JOB_SCHEMA}.job`, []);
    expect(jobs.rows).toEqual([{ name: ZENDESK_MESSAGE_QUEUE, state: 'created' }]);
    expect(sink.messages).toHaveLength(0);
    expect(ticket.tags).not.toContain('credbot_done');

    await startWorker();
    await until(() => hasCredbotAnswer(ticket) && sink.messages.length > 0);
    expect(sink.messages.map((message) => JSON.stringify(message.to))).toEqual([expect.stringContaining(address)]);
  });

  it('takes no requests on the worker process, only health checks', async () => {
    const { url } = await startWorker();
    const delivery = await fetch(`${url}/webhooks/zendesk`, { method: 'POST', body: '{}' });
    expect(delivery.status).toBe(404);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
