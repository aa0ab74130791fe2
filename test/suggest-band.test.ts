import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundEmails, supportRequests } from '../src/db/schema.ts';
import type { RunningService } from '../src/main.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { type FakeZendesk, plainBodyOf, startFakeZendesk } from './fakes/fake-zendesk.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { channelMessage, eventEnvelope, postEvent } from './helpers/slack-requests.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import type { TestDatabase } from './helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload } from './helpers/zendesk-delivery.ts';
import { bothChannelsEnv, HANDOFF_CHANNEL, SLACK_SECRET as slackSecret, SUPPORT_CHANNEL, ZENDESK_SECRET as zendeskSecret } from './helpers/both-channels.ts';


/**
 * The `suggest` band through the real channels: a likely request the classifier is not sure enough of is decided
 * and recorded, and only staff see the proposed answer. The act threshold is set to 1, which no message here
 * reaches, so every recognised request falls in the band.
 */
describe('a likely request credbot is not sure enough to answer (band suggest)', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let zendesk: FakeZendesk;
  let slack: FakeSlack;
  let service: RunningService;
  let world: ServiceUnderTest | undefined;

  beforeAll(async () => {
    zendesk = await startFakeZendesk();
    slack = await startFakeSlack();
    ({ testDb, sink, service } = world = await startServiceUnderTest({
      INTENT_ACT_THRESHOLD: '1',
      INTENT_SUGGEST_THRESHOLD: '0.05',
      ...bothChannelsEnv(zendesk.url, slack.apiUrl),
    }));
  });
  afterAll(async () => {
    await world?.close();
    await zendesk?.close();
    await slack?.close();
  });

  async function learnerWithCredential() {
    const issuer = await seedIssuer(testDb.database, { name: `Larkspur Institute ${randomUUID().slice(0, 4)}` });
    const address = learnerAddress('suggest');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    return address;
  }
  const recorded = async (channel: string) =>
    testDb.database.db.select().from(supportRequests).where(eq(supportRequests.channel, channel));
  const emailRowsTo = (address: string) => testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, address));

  it('on Zendesk: an internal note with the proposed answer, tagged credbot_suggested; no public reply, no email', async () => {
    const address = await learnerWithCredential();
    const user = zendesk.addUser({ email: address });
    const ticket = zendesk.addTicket({ requester_id: user.id });

    await deliverZendeskWebhook(
      service.url,
      triggerPayload({ id: ticket.id, comment: 'I never received my certificate.', requester: { id: user.id, email: address } }),
      { secret: zendeskSecret },
    );

    await until(() => ticket.tags.includes('credbot_suggested'));
    expect(ticket.tags).toEqual(expect.arrayContaining(['credbot', 'credbot_suggested', 'credbot_done']));
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]?.public).toBe(false);
    const note = plainBodyOf(ticket.comments[0]!);
    expect(note).toContain('nothing was sent to the learner');
    expect(note).toContain('The answer it would have given');
    expect(ticket.group_id).toBe(77);
    // The note lands on the ticket a moment before its delivery is recorded.
    const request = await untilFound(async () =>
      (await recorded('zendesk')).find((row) => row.conversationId === String(ticket.id) && row.replyStatus === 'delivered'),
    );
    expect(request).toMatchObject({ band: 'suggest', intent: 'missing_credential', outcome: 'retrieve' });
    expect(await emailRowsTo(address)).toEqual([]);
    expect(sink.messages.filter((message) => JSON.stringify(message.to).includes(address))).toEqual([]);
  });

  it('in Slack: a summary with the proposed answer in the hand-off channel; nothing to the learner, no email', async () => {
    const address = await learnerWithCredential();
    const learner = slack.addUser({ email: address });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `I never received my certificate, it was sent to ${address}` });

    await postEvent(service.url, eventEnvelope(message), { secret: slackSecret });

    const toStaff = () => slack.callsTo('chat.postMessage').filter((call) => call.args.channel === HANDOFF_CHANNEL && call.args.text.includes('nothing was sent'));
    await until(() => toStaff().length === 1);
    expect(toStaff()[0]?.args.text).toContain(`<@${learner.id}>`);
    // Once the reply is recorded as delivered, every step it has is done: nothing else will come.
    const request = await untilFound(async () =>
      (await recorded('slack')).find((row) => row.externalId === `message:${SUPPORT_CHANNEL}:${message.ts}` && row.replyStatus === 'delivered'),
    );
    expect(request).toMatchObject({ band: 'suggest' });
    const toLearner = [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.postEphemeral')].filter((call) => call.args.channel === SUPPORT_CHANNEL);
    expect(toLearner).toEqual([]);
    expect(await emailRowsTo(address)).toEqual([]);
  });
});

async function untilFound<T>(find: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out waiting for the record');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
