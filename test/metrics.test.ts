import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import parsePrometheusTextFormat, { type PrometheusFamily, type PrometheusSample } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEND_EMAIL_QUEUE } from '../src/jobs/delivery-queues.ts';
import { channelJobPolicy, type JobQueue, startJobQueue } from '../src/jobs/job-queue.ts';
import { JOB_SCHEMA } from '../src/jobs/job-tables.ts';
import { createLogger } from '../src/logger.ts';
import { ZENDESK_REPLY_QUEUE } from '../src/jobs/delivery-queues.ts';
import { ZENDESK_MESSAGE_QUEUE } from '../src/zendesk/zendesk-workers.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { type FakeZendesk, hasCredbotAnswer, startFakeZendesk } from './fakes/fake-zendesk.ts';
import { untilQueueIdle } from './helpers/queue-idle.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import { channelMessage, eventEnvelope, postEvent } from './helpers/slack-requests.ts';
import { deliverZendeskWebhook, triggerPayload, zendeskChannelEnv } from './helpers/zendesk-delivery.ts';

const secret = 'zendesk-webhook-secret-for-metrics';
/** A queue no process of the service works: what is put on it waits, as on a queue whose workers are down. */
const IDLE_QUEUE = 'metrics-test-idle';

describe('GET /metrics after a Zendesk ticket has been answered by email', () => {
  let zendesk: FakeZendesk;
  let world: ServiceUnderTest | undefined;
  let otherProcessQueue: JobQueue | undefined;
  let families: PrometheusFamily[];
  let body: string;
  let address: string;

  beforeAll(async () => {
    zendesk = await startFakeZendesk();
    world = await startServiceUnderTest(zendeskChannelEnv(zendesk.url, secret));
    const { database } = world.testDb;

    const issuer = await seedIssuer(database, { name: 'Harbourside College' });
    address = learnerAddress('metrics');
    await seedCredential(database, issuer, { recipientEmail: address });
    const user = zendesk.addUser({ email: address });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    // Zendesk's first answer is a 502: the client retries it, and it is counted as an API error.
    zendesk.failNext(1, { status: 502 });

    const delivery = await deliverZendeskWebhook(
      world.service.url,
      triggerPayload({ id: ticket.id, comment: 'I never received my certificate.', requester: { id: user.id, email: address } }),
      { secret },
    );
    expect(delivery.status).toBe(202);
    await untilQueueIdle(database);
    expect(world.sink.messages).toHaveLength(1);
    expect(hasCredbotAnswer(ticket)).toBe(true);

    // Two jobs that wait, as another process would leave them, made older than they are.
    otherProcessQueue = await startJobQueue(database, createLogger('silent'), { pollingIntervalSeconds: 1, concurrency: 1, maintenanceIntervalSeconds: 60 });
    await otherProcessQueue.define(IDLE_QUEUE, channelJobPolicy(3, 10, 60));
    await otherProcessQueue.schedule(database, IDLE_QUEUE, {}, randomUUID());
    await otherProcessQueue.accept(IDLE_QUEUE, {}, `metrics-test:${randomUUID()}`);
    await database.sql.executeSql(`update ${JOB_SCHEMA}.job set created_on = now() - interval '90 seconds' where name = $1`, [IDLE_QUEUE]);

    const response = await fetch(`${world.service.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    body = await response.text();
    families = parsePrometheusTextFormat(body);
  });
  afterAll(async () => {
    await otherProcessQueue?.stop();
    await world?.close();
    await zendesk?.close();
  });

  const valueOf = (name: string, labels: Record<string, string> = {}) => {
    const sample = sampleOf(families, name, labels);
    return sample?.value === undefined ? undefined : Number(sample.value);
  };

  it('counts the request by channel, outcome and band, from the database', () => {
    expect(valueOf('credbot_requests', { channel: 'zendesk', outcome: 'retrieve', band: 'act', mode: 'act' })).toBe(1);
    expect(familyOf(families, 'credbot_requests')?.metrics).toHaveLength(1);
  });

  it('counts the email by kind and state', () => {
    expect(valueOf('credbot_emails', { kind: 'retrieve', state: 'sent' })).toBe(1);
    expect(familyOf(families, 'credbot_emails')?.metrics).toHaveLength(1);
  });

  it('lists every job queue with what waits in it, and how long the oldest has waited', () => {
    for (const queue of [SEND_EMAIL_QUEUE, ZENDESK_MESSAGE_QUEUE, ZENDESK_REPLY_QUEUE]) {
      expect(valueOf('credbot_queue_waiting_jobs', { queue })).toBe(0);
      expect(valueOf('credbot_queue_oldest_waiting_seconds', { queue })).toBe(0);
    }
    expect(valueOf('credbot_queue_waiting_jobs', { queue: IDLE_QUEUE })).toBe(2);
    expect(valueOf('credbot_queue_oldest_waiting_seconds', { queue: IDLE_QUEUE })).toBeGreaterThanOrEqual(90);
    expect(familyOf(families, 'credbot_inbox_waiting_messages')).toBeUndefined();
    expect(valueOf('credbot_metrics_database_up')).toBe(1);
  });

  it('has the webhook acknowledgement and the message-to-email time in histograms', () => {
    const acknowledgement = sampleOf(families, 'credbot_acknowledgement_seconds', { channel: 'zendesk' });
    expect(familyOf(families, 'credbot_acknowledgement_seconds')?.type).toBe('HISTOGRAM');
    expect(acknowledgement?.count).toBe('1');
    expect(acknowledgement?.buckets?.['+Inf']).toBe('1');
    expect(Number(acknowledgement?.sum)).toBeGreaterThan(0);

    const messageToEmail = sampleOf(families, 'credbot_message_to_email_seconds');
    expect(familyOf(families, 'credbot_message_to_email_seconds')?.type).toBe('HISTOGRAM');
    expect(messageToEmail?.count).toBe('1');
    expect(Number(messageToEmail?.sum)).toBeGreaterThanOrEqual(0);
  });

  it('counts the Zendesk API error by its status class', () => {
    expect(valueOf('credbot_api_errors_total', { channel: 'zendesk', kind: 'http_5xx' })).toBe(1);
    expect(familyOf(families, 'credbot_api_errors_total')?.metrics).toHaveLength(1);
  });

  it('names every series credbot_, explains each, and includes the process metrics', () => {
    expect(families.length).toBeGreaterThan(10);
    for (const family of families) {
      expect(family.name).toMatch(/^credbot_/);
      expect(family.help).not.toBe('');
    }
    expect(valueOf('credbot_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('puts no address, id or words of the learner in a label', () => {
    expect(body).not.toContain(address);
    expect(body).not.toContain(address.split('@')[1]);
    expect(body).not.toMatch(/certificate/i);
    expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});

describe('GET /metrics after a Slack message whose answer Slack rate-limited once', () => {
  const slackSecret = 'slack-signing-secret-for-metrics';
  const supportChannel = 'CHELPDESK1';
  let slack: FakeSlack;
  let world: ServiceUnderTest | undefined;
  let families: PrometheusFamily[];

  beforeAll(async () => {
    slack = await startFakeSlack();
    world = await startServiceUnderTest({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: slackSecret,
      SLACK_API_URL: slack.apiUrl,
      SLACK_SUPPORT_CHANNELS: supportChannel,
      CHANNEL_RETRY_DELAY_SECONDS: '1',
    });
    const { database } = world.testDb;
    const issuer = await seedIssuer(database, { name: 'Quayside Institute' });
    const address = learnerAddress('metrics-slack');
    await seedCredential(database, issuer, { recipientEmail: address });
    const learner = slack.addUser({ email: address });
    slack.failNext(1, { method: 'chat.postEphemeral', status: 429, error: 'ratelimited', retryAfterSeconds: 1 });

    const event = await postEvent(
      world.service.url,
      eventEnvelope(channelMessage({ channel: supportChannel, user: learner.id, text: `I never received my certificate, it was for ${address}` })),
      { secret: slackSecret },
    );
    expect(event.status).toBe(200);
    await untilQueueIdle(database);
    expect(world.sink.messages).toHaveLength(1);

    families = parsePrometheusTextFormat(await (await fetch(`${world.service.url}/metrics`)).text());
  });
  afterAll(async () => {
    await world?.close();
    await slack?.close();
  });

  it('times the Slack acknowledgement and counts the request', () => {
    expect(sampleOf(families, 'credbot_acknowledgement_seconds', { channel: 'slack' })?.count).toBe('1');
    const slackRequests = (familyOf(families, 'credbot_requests')?.metrics ?? []).filter((sample) => sample.labels?.channel === 'slack');
    expect(slackRequests.map((sample) => Number(sample.value)).reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(sampleOf(families, 'credbot_message_to_email_seconds')?.count).toBe('1');
  });

  it('counts the rate-limited answer as a Slack API error', () => {
    expect(sampleOf(families, 'credbot_api_errors_total', { channel: 'slack', kind: 'rate_limited' })?.value).toBe('1');
  });
});

describe('GET /metrics with METRICS_TOKEN set', () => {
  const token = `metrics-token-${randomUUID()}`;
  const logLines: string[] = [];
  let world: ServiceUnderTest | undefined;
  let url: string;

  beforeAll(async () => {
    world = await startServiceUnderTest({ METRICS_TOKEN: token, LOG_LEVEL: 'debug' }, { logDestination: collectingStream(logLines) });
    url = `${world.service.url}/metrics`;
  });
  afterAll(async () => {
    await world?.close();
  });

  it('refuses a scrape without the token, or with another one, and says what it needs', async () => {
    const refusals = [
      await fetch(url),
      await fetch(url, { headers: { authorization: 'Bearer not-the-metrics-token' } }),
      await fetch(url, { headers: { authorization: `Bearer ${token.slice(0, -1)}x` } }),
      await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`user:${token}`).toString('base64')}` } }),
      await fetch(url, { headers: { authorization: `Bearer ${token}${token}` } }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ error: 'unauthorized', message: expect.stringContaining('Authorization: Bearer') });
      expect(text).not.toContain(token);
    }
  });

  it('serves the metrics with the token, and never shows or logs it', async () => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(parsePrometheusTextFormat(text).map((family) => family.name)).toContain('credbot_requests');
    expect(text).not.toContain(token);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('')).not.toContain(token);
  });
});

function familyOf(families: PrometheusFamily[], name: string): PrometheusFamily | undefined {
  return families.find((family) => family.name === name);
}

/** The one sample of `name` whose labels are exactly `labels`. */
function sampleOf(families: PrometheusFamily[], name: string, labels: Record<string, string> = {}): PrometheusSample | undefined {
  const matching = (familyOf(families, name)?.metrics ?? []).filter((sample) => {
    const own = sample.labels ?? {};
    return Object.keys(own).length === Object.keys(labels).length && Object.entries(labels).every(([key, value]) => own[key] === value);
  });
  expect(matching.length, `${name} ${JSON.stringify(labels)}`).toBeLessThanOrEqual(1);
  return matching[0];
}

function collectingStream(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
}
