import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportRequests } from '../src/db/schema.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { type FakeZendesk, hasCredbotAnswer, plainBodyOf, startFakeZendesk } from './fakes/fake-zendesk.ts';
import { untilQueueIdle } from './helpers/queue-idle.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import { channelMessage, eventEnvelope, postEvent } from './helpers/slack-requests.ts';
import { deliverZendeskWebhook, triggerPayload } from './helpers/zendesk-delivery.ts';
import { bothChannelsEnv, HANDOFF_CHANNEL, SLACK_SECRET as slackSecret, SUPPORT_CHANNEL, ZENDESK_SECRET as zendeskSecret } from './helpers/both-channels.ts';


describe('a follow-up in a conversation credbot answered', () => {
  let world: ServiceUnderTest;
  let zendesk: FakeZendesk;
  let slack: FakeSlack;

  beforeAll(async () => {
    zendesk = await startFakeZendesk();
    slack = await startFakeSlack();
    world = await startServiceUnderTest({
      ...bothChannelsEnv(zendesk.url, slack.apiUrl),
      SLACK_API_RETRIES: '0',
    });
  });
  afterAll(async () => {
    await world?.close();
    await zendesk?.close();
    await slack?.close();
  });

  const mailTo = (address: string) => world.sink.messages.filter((message) => JSON.stringify(message.to).includes(address));

  async function learnerWithCredential() {
    const issuer = await seedIssuer(world.testDb.database, { name: `Riverbend Academy ${randomUUID().slice(0, 4)}` });
    const address = learnerAddress('follow');
    await seedCredential(world.testDb.database, issuer, { recipientEmail: address });
    return address;
  }

  /** A ticket whose retrieve email went out, as the learner's first comment left it. */
  async function answeredTicket(address: string, locale = 'en-US', language = '') {
    const user = zendesk.addUser({ email: address, locale });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    const requester = { id: user.id, email: address, language };
    const emailsBefore = mailTo(address).length;
    await deliverZendeskWebhook(world.service.url, triggerPayload({ id: ticket.id, comment: 'I never received my certificate.', requester }), { secret: zendeskSecret });
    await until(() => hasCredbotAnswer(ticket) && mailTo(address).length === emailsBefore + 1);
    await untilQueueIdle(world.testDb.database);
    return { ticket, requester };
  }

  /** The learner comments: the trigger fires only while its condition holds (credbot is not done with the ticket). */
  async function learnerComments(ticket: ReturnType<FakeZendesk['addTicket']>, requester: { id: number; email: string; language: string }, comment: string) {
    expect(ticket.tags).not.toContain('credbot_done');
    const before = ticket.comments.length;
    await deliverZendeskWebhook(world.service.url, triggerPayload({ id: ticket.id, comment, tags: ticket.tags, requester }), { secret: zendeskSecret });
    await until(() => ticket.comments.length > before && ticket.tags.includes('credbot_follow_up'));
    await untilQueueIdle(world.testDb.database);
    return ticket.comments.slice(before);
  }

  it('on Zendesk: tells the learner, in their language, when the email was sent and where to look, and sends nothing again', async () => {
    const address = await learnerWithCredential();
    const { ticket, requester } = await answeredTicket(address, 'es', 'Español');

    const [answer, ...more] = await learnerComments(ticket, requester, 'Todavía no me ha llegado el correo.');

    expect(more).toEqual([]);
    expect(answer).toMatchObject({ public: true });
    const text = plainBodyOf(answer!);
    expect(text).toMatch(new RegExp(`Le enviamos sus credenciales por correo electrónico a ${address[0]}•••@\\S+ a las \\d{2}:\\d{2} UTC del`));
    expect(text).toContain('revise su carpeta de spam');
    expect(text).toContain('un correo de no-reply@credbot.invalid');
    expect(text).not.toContain(address);
    expect(mailTo(address)).toHaveLength(1);
    expect(ticket.status).toBe('pending');
    expect(ticket.tags).not.toContain('credbot_done');
  });

  it('on Zendesk: hands a second follow-up to a person, with an internal note, the ticket open in the hand-off group', async () => {
    const address = await learnerWithCredential();
    const { ticket, requester } = await answeredTicket(address);
    await learnerComments(ticket, requester, "Still haven't received it.");

    const [note, answer] = await learnerComments(ticket, requester, 'I checked spam too, still nothing arrived.');

    expect(note).toMatchObject({ public: false });
    expect(plainBodyOf(note!)).toContain('the learner followed up on an earlier answer: the learner asked again after credbot’s answer; please follow up.');
    expect(plainBodyOf(note!)).toContain(`Email to ${address}: sent`);
    expect(answer).toMatchObject({ public: true });
    expect(plainBodyOf(answer!)).toContain('A member of our support team will look into it and get back to you.');
    expect(ticket).toMatchObject({ status: 'open', group_id: 77 });
    expect(ticket.tags).toContain('credbot_done');
    expect(mailTo(address)).toHaveLength(1);
  });

  it('on Zendesk: hands a follow-up to a person when the address already had the email twice', async () => {
    const address = await learnerWithCredential();
    await answeredTicket(address);
    const { ticket, requester } = await answeredTicket(address);

    const [note, answer] = await learnerComments(ticket, requester, 'The email never came.');

    expect(plainBodyOf(note!)).toContain('the email was already sent twice; please follow up.');
    expect(plainBodyOf(note!)).toContain('(2 times sent to this address)');
    expect(plainBodyOf(answer!)).toContain('If you can’t see it, please check your spam or junk folder.');
    expect(plainBodyOf(answer!)).toContain('A member of our support team will look into it');
    expect(ticket).toMatchObject({ status: 'open', group_id: 77 });
    expect(mailTo(address)).toHaveLength(2);
  });

  it('on Zendesk: a new address in the ticket is a new request, not a follow-up', async () => {
    const address = await learnerWithCredential();
    const other = await learnerWithCredential();
    const { ticket, requester } = await answeredTicket(address);

    await deliverZendeskWebhook(world.service.url, triggerPayload({ id: ticket.id, comment: `Still nothing. Could you try ${other}?`, tags: ticket.tags, requester }), { secret: zendeskSecret });

    await until(() => mailTo(other).length === 1);
    await untilQueueIdle(world.testDb.database);
    expect(ticket.tags).not.toContain('credbot_follow_up');
  });

  it('on Zendesk: does not answer someone copied on the ticket, only the requester', async () => {
    const address = await learnerWithCredential();
    const { ticket, requester } = await answeredTicket(address);
    const colleague = zendesk.addUser({ email: learnerAddress('cc') });
    const before = ticket.comments.length;

    await deliverZendeskWebhook(world.service.url, triggerPayload({ id: ticket.id, comment: 'Has my colleague not received the certificate yet?', tags: ticket.tags, requester, updatedBy: colleague.id }), { secret: zendeskSecret });

    await untilQueueIdle(world.testDb.database);
    expect(ticket.comments).toHaveLength(before);
    expect(ticket.tags).not.toContain('credbot_follow_up');
  });

  it('in a Slack thread: records the follow-up and, of an address the learner only typed, says nothing but that a person will help', async () => {
    const address = await learnerWithCredential();
    const learner = slack.addUser();
    const opening = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `I never received my certificate, my email is ${address}` });
    await postEvent(world.service.url, eventEnvelope(opening), { secret: slackSecret });
    await until(() => mailTo(address).length === 1);
    await untilQueueIdle(world.testDb.database);

    const followUp = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: "Still haven't received it", thread_ts: opening.ts });
    expect((await postEvent(world.service.url, eventEnvelope(followUp), { secret: slackSecret })).status).toBe(200);

    const inThread = () =>
      [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.postEphemeral')].filter((call) => call.args.channel === SUPPORT_CHANNEL && call.args.thread_ts === opening.ts);
    await until(() => inThread().some((call) => String(call.args.text).includes('A member of our support team will look into it')));
    await untilQueueIdle(world.testDb.database);
    const answer = inThread().find((call) => String(call.args.text).includes('A member of our support team'));
    expect(answer?.method).toBe('chat.postEphemeral');
    expect(String(answer?.args.text)).not.toContain('emailed');
    const summary = slack.callsTo('chat.postMessage').find((call) => call.args.channel === HANDOFF_CHANNEL && String(call.args.text).includes('followed up'));
    expect(String(summary?.args.text)).toContain(`Email to ${address}: sent`);
    expect(mailTo(address)).toHaveLength(1);
    const [recorded] = await world.testDb.database.db
      .select()
      .from(supportRequests)
      .where(and(eq(supportRequests.channel, 'slack'), eq(supportRequests.externalId, `message:${SUPPORT_CHANNEL}:${followUp.ts}`)));
    expect(recorded).toMatchObject({ outcome: 'follow_up', replyStatus: 'delivered' });
  });

  it('in a Slack thread: someone other than the learner who opened it is not told what became of the learner’s email', async () => {
    const address = await learnerWithCredential();
    const learner = slack.addUser();
    const colleague = slack.addUser();
    const opening = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `I never received my certificate, my email is ${address}` });
    await postEvent(world.service.url, eventEnvelope(opening), { secret: slackSecret });
    await until(() => mailTo(address).length === 1);
    await untilQueueIdle(world.testDb.database);

    const aside = channelMessage({ channel: SUPPORT_CHANNEL, user: colleague.id, text: "Still haven't received it", thread_ts: opening.ts });
    await postEvent(world.service.url, eventEnvelope(aside), { secret: slackSecret });
    await untilQueueIdle(world.testDb.database);

    const [recorded] = await world.testDb.database.db
      .select()
      .from(supportRequests)
      .where(and(eq(supportRequests.channel, 'slack'), eq(supportRequests.externalId, `message:${SUPPORT_CHANNEL}:${aside.ts}`)));
    expect(recorded?.outcome).not.toBe('follow_up');
    expect(recorded?.conversationId).toBe(`${SUPPORT_CHANNEL}:${opening.ts}:${colleague.id}`);
    const toColleague = [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.postEphemeral')].filter((call) => call.args.user === colleague.id);
    expect(toColleague.map((call) => String(call.args.text)).join(' ')).not.toContain('A member of our support team will look into it');
    expect(mailTo(address)).toHaveLength(1);
  });
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
