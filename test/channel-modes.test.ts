import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannelModeReader, readChannelModes, setChannelMode } from '../src/db/channel-modes.ts';
import { outboundEmails, requesterMailboxes, supportRequests } from '../src/db/schema.ts';
import type { RunningService } from '../src/main.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { type FakeZendesk, hasCredbotAnswer, plainBodyOf, startFakeZendesk } from './fakes/fake-zendesk.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { untilQueueIdle } from './helpers/queue-idle.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import { channelMessage, eventEnvelope, postEvent } from './helpers/slack-requests.ts';
import type { TestDatabase } from './helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload } from './helpers/zendesk-delivery.ts';
import { bothChannelsEnv, HANDOFF_CHANNEL, SLACK_SECRET as slackSecret, SUPPORT_CHANNEL, ZENDESK_SECRET as zendeskSecret } from './helpers/both-channels.ts';

/** What credbot may ask Slack without posting anything. */
const SLACK_READS = new Set(['auth.test', 'users.info']);

/**
 * Each channel's mode through the real service: a mode set in the database (as `credbot mode` or the console in
 * another process sets it) decides how the next message is handled, with no restart. The service reads the modes
 * for every message here (`channelModeMaxAgeMs: 0`); the reader's cache is tested on its own below.
 */
describe('channel modes', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let zendesk: FakeZendesk;
  let slack: FakeSlack;
  let service: RunningService;
  let world: ServiceUnderTest | undefined;
  const logLines: string[] = [];

  beforeAll(async () => {
    zendesk = await startFakeZendesk();
    slack = await startFakeSlack();
    ({ testDb, sink, service } = world = await startServiceUnderTest(
      {
        LOG_LEVEL: 'debug',
        // One email a day per address: an email that a shadow mode withheld must not use it up.
        RETRIEVE_LIMIT_PER_DAY: '1',
        ...bothChannelsEnv(zendesk.url, slack.apiUrl),
      },
      { logDestination: collectingStream(logLines), channelModeMaxAgeMs: 0 },
    ));
  });
  afterAll(async () => {
    await world?.close();
    await zendesk?.close();
    await slack?.close();
  });

  const setModes = async (modes: { zendesk?: 'off' | 'shadow' | 'suggest' | 'act'; slack?: 'off' | 'shadow' | 'suggest' | 'act' }) => {
    if (modes.zendesk) await setChannelMode(testDb.database.db, 'zendesk', modes.zendesk, 'test:support-lead');
    if (modes.slack) await setChannelMode(testDb.database.db, 'slack', modes.slack, 'test:support-lead');
  };
  async function learnerWithCredential() {
    const issuer = await seedIssuer(testDb.database, { name: `Heronsgate College ${randomUUID().slice(0, 4)}` });
    const address = learnerAddress('modes');
    const credential = await seedCredential(testDb.database, issuer, { recipientEmail: address });
    return { address, credential };
  }
  const requestsOn = (channel: string) => testDb.database.db.select().from(supportRequests).where(eq(supportRequests.channel, channel));
  const requestForTicket = async (ticketId: number) => (await requestsOn('zendesk')).find((row) => (row.channelContext as { ticketId?: unknown }).ticketId === ticketId);
  const emailRowsTo = (address: string) => testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, address));
  const mailTo = (address: string) => sink.messages.filter((message) => JSON.stringify(message.to).includes(address));
  const zendeskWritesSince = (start: number) => zendesk.requests.slice(start).filter((request) => request.method !== 'GET');
  const slackPostsSince = (start: number) => slack.calls.slice(start).filter((call) => !SLACK_READS.has(call.method));

  async function askOnZendesk(address: string, comment = 'I never received my certificate.') {
    const user = zendesk.addUser({ email: address });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    const response = await deliverZendeskWebhook(service.url, triggerPayload({ id: ticket.id, comment, requester: { id: user.id, email: address } }), {
      secret: zendeskSecret,
    });
    expect(response.status).toBe(202);
    return ticket;
  }
  async function askInSlack(text: string) {
    const learner = slack.addUser({ email: learnerAddress('slack-user') });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text });
    const response = await postEvent(service.url, eventEnvelope(message), { secret: slackSecret });
    expect(response.status).toBe(200);
    return { learner, externalId: `message:${SUPPORT_CHANNEL}:${message.ts}` };
  }

  it('in shadow mode, Zendesk: decides and records the request and the email it would send, and sends and posts nothing', async () => {
    await setModes({ zendesk: 'shadow' });
    const { address } = await learnerWithCredential();
    const start = zendesk.requests.length;

    const ticket = await askOnZendesk(address);
    await untilQueueIdle(testDb.database);

    expect(await requestForTicket(ticket.id)).toMatchObject({ mode: 'shadow', band: 'act', outcome: 'retrieve', replyStatus: 'none' });
    expect((await requestForTicket(ticket.id))?.learnerReply).toContain(`${address[0]}•••@`);
    const emails = await emailRowsTo(address);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: 'retrieve', status: 'withheld', attempts: 0 });
    expect(emails[0]?.textBody).not.toBe('');
    expect(mailTo(address)).toEqual([]);
    expect(zendeskWritesSince(start)).toEqual([]);
    expect(ticket.comments).toEqual([]);
    expect(ticket.tags).toEqual([]);
  });

  it('in shadow mode, Slack: records the decision and withheld email; no message, reaction or ephemeral, and nothing against the requester’s budget', async () => {
    await setModes({ slack: 'shadow' });
    const { address } = await learnerWithCredential();
    const start = slack.calls.length;

    const { externalId } = await askInSlack(`I never received my certificate, it was sent to ${address}`);
    await untilQueueIdle(testDb.database);

    const request = (await requestsOn('slack')).find((row) => row.externalId === externalId);
    // Slack vouches for no address typed in a message: answered as anyone's.
    expect(request).toMatchObject({ mode: 'shadow', outcome: 'other_addresses', replyStatus: 'none' });
    expect(await emailRowsTo(address)).toMatchObject([{ kind: 'retrieve', status: 'withheld' }]);
    expect(mailTo(address)).toEqual([]);
    expect(slackPostsSince(start)).toEqual([]);
    expect(await testDb.database.db.select().from(requesterMailboxes).where(eq(requesterMailboxes.supportRequestId, request!.id))).toEqual([]);
  });

  it('in suggest mode, Zendesk: only an internal note proposing the answer, tagged credbot_suggested; no public reply, no email', async () => {
    await setModes({ zendesk: 'suggest' });
    const { address } = await learnerWithCredential();

    const ticket = await askOnZendesk(address);
    await until(() => ticket.tags.includes('credbot_suggested'));
    await untilQueueIdle(testDb.database);

    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]?.public).toBe(false);
    const note = plainBodyOf(ticket.comments[0]!);
    expect(note).toContain('this channel is set to suggest, so nothing was sent to the learner');
    expect(note).toContain('The answer it would have given');
    expect(ticket.tags).toEqual(expect.arrayContaining(['credbot', 'credbot_suggested', 'credbot_done']));
    expect(ticket.group_id).toBe(77);
    expect(await requestForTicket(ticket.id)).toMatchObject({ mode: 'suggest', band: 'act', outcome: 'retrieve', replyStatus: 'delivered' });
    expect(await emailRowsTo(address)).toMatchObject([{ status: 'withheld' }]);
    expect(mailTo(address)).toEqual([]);
  });

  it('in suggest mode, Slack: only the hand-off summary for staff; nothing to the learner, no email', async () => {
    await setModes({ slack: 'suggest' });
    const { address } = await learnerWithCredential();
    const start = slack.calls.length;

    const { learner, externalId } = await askInSlack(`I never received my certificate, it was sent to ${address}`);
    await untilQueueIdle(testDb.database);

    const posts = slackPostsSince(start);
    expect(posts.map((call) => [call.method, call.args.channel])).toEqual([['chat.postMessage', HANDOFF_CHANNEL]]);
    expect(posts[0]?.args.text).toContain('this channel is set to suggest');
    expect(posts[0]?.args.text).toContain(`<@${learner.id}>`);
    expect((await requestsOn('slack')).find((row) => row.externalId === externalId)).toMatchObject({ mode: 'suggest', replyStatus: 'delivered' });
    expect(await emailRowsTo(address)).toMatchObject([{ status: 'withheld' }]);
    expect(mailTo(address)).toEqual([]);
  });

  it('when off: acknowledges the message, records none of it, calls no API, and logs one masked line at debug', async () => {
    await setModes({ zendesk: 'off', slack: 'off' });
    const { address } = await learnerWithCredential();
    const words = `Please find my certificate ${randomUUID().slice(0, 8)}`;
    const zendeskStart = zendesk.requests.length;
    const slackStart = slack.calls.length;
    const requestsBefore = (await requestsOn('zendesk')).length + (await requestsOn('slack')).length;

    const ticket = await askOnZendesk(address, words);
    await askInSlack(`${words}, sent to ${address}`);
    await untilQueueIdle(testDb.database);

    expect((await requestsOn('zendesk')).length + (await requestsOn('slack')).length).toBe(requestsBefore);
    expect(await emailRowsTo(address)).toEqual([]);
    expect(zendesk.requests.slice(zendeskStart)).toEqual([]);
    expect(slackPostsSince(slackStart)).toEqual([]);
    const dropped = logLines.map((line) => JSON.parse(line)).filter((line) => line.msg.includes('dropped'));
    expect(dropped.filter((line) => line.ticketId === ticket.id)).toMatchObject([{ level: 20, msg: 'webhook message dropped: the Zendesk channel is off' }]);
    expect(dropped.some((line) => line.channel === 'slack' && line.msg === 'Slack message dropped: the Slack channel is off')).toBe(true);
    expect(logLines.join('')).not.toContain(words);
    expect(logLines.join('')).not.toContain(address);
  });

  it('a mode set while the service runs decides the next message, and what shadow withheld counts against no limit', async () => {
    await setModes({ zendesk: 'shadow' });
    const { address, credential } = await learnerWithCredential();
    const watched = await askOnZendesk(address);
    await untilQueueIdle(testDb.database);
    expect(await requestForTicket(watched.id)).toMatchObject({ mode: 'shadow', outcome: 'retrieve' });

    await setModes({ zendesk: 'act' });
    const answered = await askOnZendesk(address);
    await until(() => hasCredbotAnswer(answered));

    // The daily limit is one email: the withheld one did not use it up, and the one sent now does.
    expect(answered.tags).toContain('credbot_retrieve_sent');
    expect(await requestForTicket(answered.id)).toMatchObject({ mode: 'act', outcome: 'retrieve' });
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    const limited = await askOnZendesk(address);
    await until(() => hasCredbotAnswer(limited));
    expect(limited.tags).toContain('credbot_rate_limited');
    expect(watched.comments).toEqual([]);
  });

  it('is read through a cache that serves a mode for maxAgeMs, then reads the change another process made', async () => {
    await setModes({ zendesk: 'act', slack: 'act' });
    let clock = 1_000_000;
    const reader = createChannelModeReader(testDb.database.db, { maxAgeMs: 2_000, now: () => clock });
    expect(await reader.modeOf('zendesk')).toBe('act');

    await setModes({ zendesk: 'shadow' });
    clock += 1_999;
    expect(await reader.modeOf('zendesk')).toBe('act');
    clock += 1;
    expect(await reader.modeOf('zendesk')).toBe('shadow');
    expect(await readChannelModes(testDb.database.db)).toEqual({ zendesk: 'shadow', slack: 'act' });
  });
});

function collectingStream(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter((line) => line.trim() !== ''));
      done();
    },
  });
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
