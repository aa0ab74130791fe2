import { randomUUID } from 'node:crypto';
import { webApi } from '@slack/bolt';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createConversationRecords } from '../src/db/conversation-records.ts';
import { createReplyRecords } from '../src/db/reply-records.ts';
import { createDeliveryFailureRecords } from '../src/db/delivery-failure-records.ts';
import { outboundEmails, supportRequests } from '../src/db/schema.ts';
import { createEmailDelivery } from '../src/jobs/deliver-email.ts';
import { channelJobPolicy } from '../src/jobs/job-queue.ts';
import { SLACK_REPLY_QUEUE } from '../src/jobs/delivery-queues.ts';
import { createLogger } from '../src/logger.ts';
import { createSmtpMailer } from '../src/mail/mailer.ts';
import type { SlackReplyContext } from '../src/slack/slack-inbound.ts';
import { createSlackWebApi, slackClientOptions } from '../src/slack/slack-web-api.ts';
import { createSlackReplyWorker } from '../src/slack/slack-workers.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { type SmtpSink, startSmtpSink } from './fakes/smtp-sink.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

/**
 * pg-boss retries a job that outran its timeout while the first attempt may still be sending. Here the two
 * attempts run side by side, as the queue would run them, on a real database, a real SMTP server and a fake Slack
 * over HTTP: the second finds the first's claim and sends nothing.
 */
describe('a claim on work in flight', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let slack: FakeSlack;
  let app: App;
  const logger = createLogger('silent');
  const slackEnv = { SLACK_BOT_TOKEN: 'xoxb-claims-test', SLACK_SIGNING_SECRET: 'claims-signing-secret', SLACK_API_RETRIES: '0', SLACK_API_TIMEOUT_MS: '5000' };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    sink = await startSmtpSink();
    slack = await startFakeSlack();
    const config = loadConfig({ SMTP_URL: sink.url, LOAD_DEMO_DATA: 'false', SLACK_API_URL: slack.apiUrl, ...slackEnv });
    // No workers: the test runs the attempts itself.
    app = await openApp(config, logger, { runWorkers: false, database: testDb.database });
    await app.queue.define(SLACK_REPLY_QUEUE, channelJobPolicy(config.CHANNEL_MAX_ATTEMPTS, 1, config.JOB_TIMEOUT_SECONDS));
  });
  afterAll(async () => {
    await app?.close();
    await slack?.close();
    await sink?.close();
    await testDb?.drop();
  });

  const deliverEmail = (job: { emailId: string }) =>
    createEmailDelivery({ database: app.database, mailer: app.mailer, from: 'Credentials <no-reply@credbot.invalid>', replyTo: 'support@credbot.invalid', maxAttempts: 5, claimLeaseSeconds: 60,
      // CLI requests: no conversation to tell of a failure.
      failures: createDeliveryFailureRecords(app.database, { scheduleReplyDelivery: () => null }), supportEmail: 'support@credbot.invalid', staffLanguage: 'en', logger, metrics: app.metrics })(job);
  const emailRow = async (id: string) => (await testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.id, id)))[0];
  const copiesOf = (emailId: string) => sink.messages.filter((message) => message.messageId === `<${emailId}@credbot.invalid>`).length;

  /** A retrieve email decided and queued, not yet sent. */
  async function queuedEmail(): Promise<string> {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('claimed');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const handled = await app.handleMessage({ channel: 'cli', externalId: randomUUID(), text: `I never received my certificate, ${address}`, requester: `cli:${randomUUID()}` });
    if (handled.status !== 'decided' || handled.emails.length !== 1) throw new Error('expected one email');
    return handled.emails[0]!.id;
  }

  it('sends an email once when its job is retried while the first attempt is still sending', async () => {
    const emailId = await queuedEmail();
    const slowServer = sink.holdNextMessage();
    try {
      const first = deliverEmail({ emailId });
      await slowServer.held;

      await expect(deliverEmail({ emailId })).rejects.toThrow(/held by another attempt in flight/);
      expect(await emailRow(emailId)).toMatchObject({ status: 'queued', attempts: 1, lastError: null });

      slowServer.release();
      await first;
    } finally {
      slowServer.release();
    }
    expect(copiesOf(emailId)).toBe(1);
    expect(await emailRow(emailId)).toMatchObject({ status: 'sent', attempts: 1, claimedUntil: null });
    // The job's next try finds it sent and does nothing.
    await deliverEmail({ emailId });
    expect(copiesOf(emailId)).toBe(1);
  });

  it('leaves an email to the attempt holding it while its claim lasts, and takes it over once the claim ran out', async () => {
    const emailId = await queuedEmail();
    // An attempt that claimed it, then died without a word.
    const claimedByAttemptOne = (until: ReturnType<typeof sql>) =>
      testDb.database.db.update(outboundEmails).set({ attempts: 1, claimedUntil: until }).where(eq(outboundEmails.id, emailId));

    await claimedByAttemptOne(sql`now() + interval '1 hour'`);
    await expect(deliverEmail({ emailId })).rejects.toThrow(/held by another attempt in flight/);
    expect(copiesOf(emailId)).toBe(0);

    await claimedByAttemptOne(sql`now() - interval '1 second'`);
    await deliverEmail({ emailId });

    expect(copiesOf(emailId)).toBe(1);
    expect(await emailRow(emailId)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('lets go of the claim when a send fails, so the retry sends at once', async () => {
    const emailId = await queuedEmail();
    sink.refuse(true);
    try {
      await expect(deliverEmail({ emailId })).rejects.toThrow(/not available/);
    } finally {
      sink.refuse(false);
    }
    expect(await emailRow(emailId)).toMatchObject({ status: 'queued', attempts: 1, claimedUntil: null, lastError: expect.stringMatching(/not available/) });

    await deliverEmail({ emailId });

    expect(copiesOf(emailId)).toBe(1);
    expect(await emailRow(emailId)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('abandons a send the SMTP server is slow to accept after SMTP_SEND_TIMEOUT_MS, which the claim outlasts', async () => {
    const mailer = createSmtpMailer(sink.url, 1, 1000);
    const slowServer = sink.holdNextMessage();
    const id = randomUUID();
    try {
      const sending = mailer.send({ id, from: 'no-reply@credbot.invalid', replyTo: 'support@credbot.invalid', to: learnerAddress('slow'), subject: 'Your credentials', text: 'hello', html: '<p>hello</p>' });
      await slowServer.held;
      await expect(sending).rejects.toThrow('SMTP send abandoned after 1000 ms (SMTP_SEND_TIMEOUT_MS)');
      await slowServer.hungUp;
    } finally {
      slowServer.release();
      mailer.close();
    }
    // The server had not accepted it when the client hung up: nothing was delivered.
    expect(await slowServer.accepted).toBe(false);
    expect(sink.messages.filter((message) => message.messageId === `<${id}@credbot.invalid>`)).toEqual([]);
  });

  it('posts a Slack reply once when its job is retried while the first attempt still waits on Slack', async () => {
    const settings = loadConfig({ SLACK_API_URL: slack.apiUrl, ...slackEnv }).slack!;
    const replyInSlack = createSlackReplyWorker({
      api: createSlackWebApi(new webApi.WebClient(settings.botToken, slackClientOptions(settings, logger)), { responseTimeoutMs: settings.apiTimeoutMs, countError: app.metrics.apiErrors('slack') }),
      replies: createReplyRecords(app.database),
      conversations: createConversationRecords(app.database.db),
      channelModes: app.channelModes,
      handleMessage: app.handleMessage,
      handoffChannel: null,
      staffLanguage: 'en',
      ephemeralReplies: true,
      claimLeaseSeconds: 60,
      logger,
    });
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('slack.claimed');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const dm = `D${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`;
    const handled = await app.handleMessage({
      channel: 'slack',
      externalId: `message:${dm}:1700000000.000100`,
      text: `I never received my certificate, my email is ${address}`,
      requester: 'slack:ULEARNER1',
      context: { channelId: dm, threadTs: '1700000000.000100', userId: 'ULEARNER1', isDm: true, responseUrl: null, vouched: false } satisfies SlackReplyContext,
    });
    if (handled.status !== 'decided') throw new Error('expected a decision');
    const requestId = handled.requestId;
    const repliesInDm = () => slack.callsTo('chat.postMessage').filter((call) => call.args.channel === dm);

    const slowSlack = slack.holdNext('chat.postMessage');
    try {
      const first = replyInSlack(requestId, { number: 1, isLast: false });
      await slowSlack.held;

      await expect(replyInSlack(requestId, { number: 1, isLast: false })).rejects.toThrow(/held by another attempt in flight/);

      slowSlack.release();
      await first;
    } finally {
      slowSlack.release();
    }
    expect(repliesInDm()).toHaveLength(1);
    const [request] = await testDb.database.db.select().from(supportRequests).where(eq(supportRequests.id, requestId));
    expect(request).toMatchObject({ replyStatus: 'delivered', replyAttempts: 1, replyClaimedUntil: null });
  });

  it('fails a rate-limited Slack call at once instead of waiting out its Retry-After inside the job', async () => {
    const settings = loadConfig({ SLACK_API_URL: slack.apiUrl, ...slackEnv, SLACK_API_RETRIES: '3' }).slack!;
    const api = createSlackWebApi(new webApi.WebClient(settings.botToken, slackClientOptions(settings, logger)), { responseTimeoutMs: settings.apiTimeoutMs, countError: app.metrics.apiErrors('slack') });
    slack.failNext(1, { method: 'chat.postMessage', status: 429, error: 'ratelimited', retryAfterSeconds: 3600 });

    await expect(api.postMessage({ channel: 'C0RATELIM1', threadTs: null }, { text: 'hello' })).rejects.toMatchObject({
      name: 'SlackApiError',
      retryable: true,
      slackError: expect.stringContaining('rate limited (retry after 3600 s)'),
    });
  });
});
