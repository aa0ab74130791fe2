import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryFailureExternalId } from '../src/db/delivery-failure-records.ts';
import { outboundEmails, supportRequests } from '../src/db/schema.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { type FakeZendesk, plainBodyOf, startFakeZendesk } from './fakes/fake-zendesk.ts';
import { untilQueueIdle } from './helpers/queue-idle.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import { channelMessage, eventEnvelope, postEvent } from './helpers/slack-requests.ts';
import { deliverZendeskWebhook, triggerPayload } from './helpers/zendesk-delivery.ts';
import { bothChannelsEnv, HANDOFF_CHANNEL, SLACK_SECRET as slackSecret, SUPPORT_CHANNEL, ZENDESK_SECRET as zendeskSecret } from './helpers/both-channels.ts';


describe('an email the mail server refuses for good reaches the conversation', () => {
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

  async function refusedLearner() {
    const issuer = await seedIssuer(world.testDb.database, { name: `Lakeside Polytechnic ${randomUUID().slice(0, 4)}` });
    const address = learnerAddress('gone');
    await seedCredential(world.testDb.database, issuer, { recipientEmail: address });
    world.sink.rejectRecipient(address);
    return address;
  }

  const failedEmailTo = async (address: string) => {
    const [email] = await world.testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, address));
    return email?.status === 'failed' ? email : undefined;
  };

  it('on Zendesk: tells the learner in their language, leaves staff a note with the masked SMTP answer, and opens the ticket to people', async () => {
    const address = await refusedLearner();
    const user = zendesk.addUser({ email: address, locale: 'es' });
    const ticket = zendesk.addTicket({ requester_id: user.id });

    await deliverZendeskWebhook(world.service.url, triggerPayload({ id: ticket.id, comment: 'No me llegó el certificado del curso.', requester: { id: user.id, email: address, language: 'Español' } }), { secret: zendeskSecret });

    await until(() => ticket.tags.includes('credbot_delivery_failed'));
    await untilQueueIdle(world.testDb.database);
    const [retrieveReply, note, notice] = ticket.comments;
    expect(plainBodyOf(retrieveReply!)).toContain('Le hemos enviado');
    expect(note).toMatchObject({ public: false });
    expect(plainBodyOf(note!)).toContain(`the email to ${address} could not be delivered (refused for good by the mail server)`);
    expect(plainBodyOf(note!)).toMatch(/The mail server’s answer: .*550.*User unknown/);
    expect(plainBodyOf(note!)).not.toContain(`<${address}>`);
    expect(notice).toMatchObject({ public: true });
    expect(plainBodyOf(notice!)).toContain(`No pudimos entregar el correo con sus credenciales a ${address[0]}•••@`);
    expect(plainBodyOf(notice!)).not.toContain(address);
    expect(ticket).toMatchObject({ status: 'open', group_id: 77 });
    expect(ticket.tags).toContain('credbot_done');
    expect(ticket.comments).toHaveLength(3);

    const email = await failedEmailTo(address);
    expect(email?.attempts).toBe(1);
    const [recorded] = await world.testDb.database.db
      .select()
      .from(supportRequests)
      .where(and(eq(supportRequests.channel, 'zendesk'), eq(supportRequests.externalId, deliveryFailureExternalId(email!.id))));
    expect(recorded).toMatchObject({ outcome: 'delivery_failed', replyStatus: 'delivered', conversationId: String(ticket.id), language: 'es' });
  });

  it('on Slack: answers the learner in the thread and posts the reason in the hand-off channel', async () => {
    const address = await refusedLearner();
    const learner = slack.addUser({ email: address });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `I never received my certificate, my email is ${address}` });

    expect((await postEvent(world.service.url, eventEnvelope(message), { secret: slackSecret })).status).toBe(200);

    const inThread = () =>
      [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.postEphemeral')].filter((call) => call.args.channel === SUPPORT_CHANNEL && call.args.thread_ts === message.ts);
    await until(() => inThread().some((call) => String(call.args.text).includes('We couldn’t deliver the email with your credentials')));
    await untilQueueIdle(world.testDb.database);
    const notice = inThread().find((call) => String(call.args.text).includes('We couldn’t deliver'));
    expect(notice?.method).toBe('chat.postEphemeral');
    expect(notice?.args.user).toBe(learner.id);
    expect(String(notice?.args.text)).not.toContain(address);
    // The first summary is the answer's own (an address typed in Slack may be anyone's); the second, the failure's.
    const summaries = slack.callsTo('chat.postMessage').filter((call) => call.args.channel === HANDOFF_CHANNEL && String(call.args.text).includes(address));
    const failureSummaries = summaries.filter((call) => String(call.args.text).includes('could not be delivered'));
    expect(failureSummaries).toHaveLength(1);
    expect(String(failureSummaries[0]?.args.text)).toContain(`the email to ${address} could not be delivered (refused for good by the mail server)`);
    expect(String(failureSummaries[0]?.args.text)).toContain('User unknown');
    expect(inThread().filter((call) => String(call.args.text).includes('We couldn’t deliver'))).toHaveLength(1);
  });
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
