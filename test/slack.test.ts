import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundEmails, supportRequests } from '../src/db/schema.ts';
import { ZENDESK_TEST_SIGNING_SECRET } from '../src/zendesk/webhook-signature.ts';
import type { RunningService } from '../src/main.ts';
import { type FakeSlack, type RecordedCall, startFakeSlack } from './fakes/fake-slack.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { acceptedUnderKey, untilQueueIdle } from './helpers/queue-idle.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import {
  buttonClick,
  channelMessage,
  eventEnvelope,
  modalSubmission,
  postCommand,
  postEvent,
  postInteraction,
  signSlackRequest,
  slashCommand,
} from './helpers/slack-requests.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import type { TestDatabase } from './helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload } from './helpers/zendesk-delivery.ts';

const secret = 'slack-signing-secret-for-tests';
const SUPPORT_CHANNEL = 'CHELPDESK1';
const OTHER_CHANNEL = 'CRANDOM001';
const HANDOFF_CHANNEL = 'CSTAFF0001';

describe('the Slack channel', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let slack: FakeSlack;
  let service: RunningService;
  let world: ServiceUnderTest | undefined;

  beforeAll(async () => {
    slack = await startFakeSlack();
    ({ testDb, sink, service } = world = await startServiceUnderTest({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      SLACK_SUPPORT_CHANNELS: SUPPORT_CHANNEL,
      SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL,
      // One retry inside a call and short timeouts, so a failing fake costs seconds, not minutes.
      SLACK_API_RETRIES: '1',
      SLACK_API_TIMEOUT_MS: '2000',
      CHANNEL_RETRY_DELAY_SECONDS: '1',
      // The Zendesk channel on too, to show both routes side by side; its API is never called here.
      ZENDESK_API_URL: 'http://127.0.0.1:9/api/v2',
      ZENDESK_EMAIL: 'bot@support.example',
      ZENDESK_API_TOKEN: 'token-123',
      ZENDESK_WEBHOOK_SECRET: 'zendesk-webhook-secret-for-tests',
    }));
  });
  afterAll(async () => {
    await world?.close();
    await slack?.close();
  });

  const send = (message: Record<string, unknown>, options: { eventId?: string; headers?: Record<string, string> } = {}) =>
    postEvent(service.url, eventEnvelope(message, options.eventId), { secret, ...(options.headers ? { headers: options.headers } : {}) });
  const mailTo = (address: string) => sink.messages.filter((message) => JSON.stringify(message.to).includes(address));
  /** What credbot posted in a thread, ephemeral or not. */
  const answersIn = (channel: string, threadTs: string) =>
    [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.postEphemeral')].filter((call) => call.args.channel === channel && call.args.thread_ts === threadTs);
  const postsToMainTimeline = (channel: string) => slack.callsTo('chat.postMessage').filter((call) => call.args.channel === channel && !call.args.thread_ts);
  const buttonsOf = (call: RecordedCall | undefined): any[] => call?.args.blocks?.find((block: any) => block.type === 'actions')?.elements ?? [];
  const handoffSummaryAbout = (address: string) =>
    slack.callsTo('chat.postMessage').find((call) => call.args.channel === HANDOFF_CHANNEL && call.args.text.includes(address));
  /** What was queued or sent: recorded with the decision, before any answer is posted. */
  const emailRowsTo = (address: string) => testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, address));
  const requestFor = async (externalId: string) => {
    const [row] = await testDb.database.db
      .select()
      .from(supportRequests)
      .where(and(eq(supportRequests.channel, 'slack'), eq(supportRequests.externalId, externalId)));
    return row;
  };

  async function learnerWithCredential(status: 'published' | 'draft' = 'published', issuerFields: Parameters<typeof seedIssuer>[1] = {}) {
    const issuer = await seedIssuer(testDb.database, { name: `Harbour College ${randomUUID().slice(0, 4)}`, contactEmail: 'registrar@harbour.example', ...issuerFields });
    const address = learnerAddress('sl');
    const credential = await seedCredential(testDb.database, issuer, { recipientEmail: address, status });
    return { issuer, address, credential, masked: `${address[0]}•••@school.example` };
  }

  it('emails the credentials to the address in the message and answers the learner alone, in the thread, saying nothing of what was found', async () => {
    const { address, credential } = await learnerWithCredential();
    const learner = slack.addUser();
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `Hi! I never received my certificate. My email is <mailto:${address}|${address}>` });

    const response = await send(message);

    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(3000);
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1);
    const [answer] = answersIn(SUPPORT_CHANNEL, message.ts);
    expect(answer?.method).toBe('chat.postEphemeral');
    expect(answer?.args.user).toBe(learner.id);
    // A typed address may be anyone's: only the profile address the learner confirms is answered in detail.
    expect(answer?.args.text).toContain('If credentials were issued to that address, we have emailed their links there');
    expect(answer?.args.text).not.toContain('•••');
    expect(answer?.args.text).not.toContain(address);
    expect(answer?.args.text).not.toContain(credential.url);
    expect(answer?.authorization).toBe('Bearer xoxb-test-token');
    expect(postsToMainTimeline(SUPPORT_CHANNEL)).toEqual([]);
  });

  it('asks for an address, offers the profile address, and emails it only once the learner clicks', async () => {
    const { address, credential, masked } = await learnerWithCredential();
    const learner = slack.addUser({ email: address });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: 'I lost the link to my badge, can you send it again?' });

    await send(message);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1);
    const ask = answersIn(SUPPORT_CHANNEL, message.ts)[0];
    // It shows the learner's (masked) profile address, so only the learner sees it.
    expect(ask?.method).toBe('chat.postEphemeral');
    const [sendToProfile, useAnother] = buttonsOf(ask);
    expect(sendToProfile?.text.text).toBe(`Send to ${masked}`);
    expect(useAnother?.text.text).toBe('Use another address');
    expect(JSON.stringify(ask?.args)).not.toContain(address);
    await untilQueueIdle(testDb.database);
    expect(mailTo(address)).toHaveLength(0);

    const click = () =>
      postInteraction(
        service.url,
        buttonClick({ actionId: sendToProfile.action_id, value: sendToProfile.value, userId: learner.id, channelId: SUPPORT_CHANNEL, responseUrl: slack.newResponseUrl(), threadTs: message.ts }),
        { secret },
      );
    const clicked = await click();

    expect(clicked.status).toBe(200);
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    expect(slack.callsTo('users.info').filter((call) => call.args.user === learner.id).length).toBeGreaterThanOrEqual(2);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 2);
    expect(answersIn(SUPPORT_CHANNEL, message.ts)[1]?.args.text).toContain(masked);

    // A second click on the same button is the same request.
    expect((await click()).status).toBe(200);
    await untilQueueIdle(testDb.database);
    expect(mailTo(address)).toHaveLength(1);
    expect(answersIn(SUPPORT_CHANNEL, message.ts)).toHaveLength(2);
  });

  it('never uses the address of someone else who clicks the button', async () => {
    const { address } = await learnerWithCredential();
    const learner = slack.addUser({ email: learnerAddress('owner') });
    const bystander = slack.addUser({ email: address });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: 'I never received my certificate' });
    await send(message);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1);
    const [sendToProfile] = buttonsOf(answersIn(SUPPORT_CHANNEL, message.ts)[0]);

    await postInteraction(
      service.url,
      buttonClick({ actionId: sendToProfile.action_id, value: sendToProfile.value, userId: bystander.id, channelId: SUPPORT_CHANNEL, responseUrl: slack.newResponseUrl() }),
      { secret },
    );

    await untilQueueIdle(testDb.database);
    expect(mailTo(address)).toHaveLength(0);
    expect(answersIn(SUPPORT_CHANNEL, message.ts)).toHaveLength(1);
  });

  it('asks in the thread when the profile address cannot be read, and a thread reply with an address continues', async () => {
    const { address, credential } = await learnerWithCredential();
    const learner = slack.addUser();
    const root = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: 'I haven’t received my certificate yet' });

    await send(root);
    await until(() => answersIn(SUPPORT_CHANNEL, root.ts).length === 1);
    const ask = answersIn(SUPPORT_CHANNEL, root.ts)[0];
    // Nothing in it reveals a lookup: it is asked in the thread, for everyone to see.
    expect(ask?.method).toBe('chat.postMessage');
    expect(ask?.args.blocks).toBeUndefined();
    expect(ask?.args.text).toContain('email address');

    const reply = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `It's ${address}`, thread_ts: root.ts });
    await send(reply);

    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    await until(() => answersIn(SUPPORT_CHANNEL, root.ts).length === 2);
    expect(answersIn(SUPPORT_CHANNEL, root.ts)[1]).toMatchObject({ method: 'chat.postEphemeral', args: { user: learner.id } });
    expect(answersIn(SUPPORT_CHANNEL, root.ts)[1]?.args.text).toContain('If credentials were issued to that address, we have emailed their links there');
    expect(postsToMainTimeline(SUPPORT_CHANNEL)).toEqual([]);
  });

  it('opens a modal for another address, shows the field error for a bad one, then looks up a good one', async () => {
    const { address, credential } = await learnerWithCredential();
    const learner = slack.addUser({ email: learnerAddress('profile') });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: 'Where is my diploma? I never got it.' });
    await send(message);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1);
    const [, useAnother] = buttonsOf(answersIn(SUPPORT_CHANNEL, message.ts)[0]);
    const click = buttonClick({ actionId: useAnother.action_id, value: useAnother.value, userId: learner.id, channelId: SUPPORT_CHANNEL, responseUrl: slack.newResponseUrl() });

    expect((await postInteraction(service.url, click, { secret })).status).toBe(200);
    await until(() => slack.callsTo('views.open').some((call) => call.args.trigger_id === click.trigger_id));
    const view = slack.callsTo('views.open').find((call) => call.args.trigger_id === click.trigger_id)?.args.view;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'credbot_address_modal' });
    const submit = (typed: string) =>
      postInteraction(service.url, modalSubmission({ viewId: 'V0MODAL01', userId: learner.id, privateMetadata: view.private_metadata, address: typed }), { secret });

    const bad = await submit('maria.lopez@example');
    expect(bad.status).toBe(200);
    expect(bad.json).toEqual({ response_action: 'errors', errors: { address: expect.stringContaining('email address') } });

    const good = await submit(` ${address.toUpperCase()} `);
    expect(good).toMatchObject({ status: 200, json: '' });
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 2);
  });

  it('answers a learner who uses Slack in Portuguese in Portuguese: the question, its buttons, the modal, the answer and the email; staff read English', async () => {
    const { address, credential } = await learnerWithCredential();
    const learner = slack.addUser({ email: learnerAddress('perfil'), locale: 'pt-BR' });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: 'Hi, I lost the link to my certificate.' });

    await send(message);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1);
    const ask = answersIn(SUPPORT_CHANNEL, message.ts)[0];
    expect(slack.callsTo('users.info').some((call) => call.args.user === learner.id && String(call.args.include_locale) === 'true')).toBe(true);
    expect(ask?.args.text).toContain('Com qual endereço de e-mail você se inscreveu no curso?');
    const [sendToProfile, useAnother] = buttonsOf(ask);
    expect(sendToProfile?.text.text).toBe(`Enviar para ${learner.email![0]}•••@school.example`);
    expect(useAnother?.text.text).toBe('Usar outro endereço');
    const blockId = ask?.args.blocks.find((block: any) => block.type === 'actions').block_id;

    const click = buttonClick({ actionId: useAnother.action_id, value: useAnother.value, userId: learner.id, channelId: SUPPORT_CHANNEL, responseUrl: slack.newResponseUrl(), blockId });
    await postInteraction(service.url, click, { secret });
    await until(() => slack.callsTo('views.open').some((call) => call.args.trigger_id === click.trigger_id));
    const view = slack.callsTo('views.open').find((call) => call.args.trigger_id === click.trigger_id)?.args.view;
    expect(view).toMatchObject({ title: { text: 'Seu endereço de e-mail' }, submit: { text: 'Buscar' }, close: { text: 'Cancelar' } });
    const submit = (typed: string) =>
      postInteraction(service.url, modalSubmission({ viewId: 'V0MODALPT', userId: learner.id, privateMetadata: view.private_metadata, address: typed }), { secret });
    expect((await submit('not-an-address')).json).toEqual({ response_action: 'errors', errors: { address: 'Isso não parece um endereço de e-mail. Confira e tente de novo.' } });
    await submit(address);

    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 2);
    expect(answersIn(SUPPORT_CHANNEL, message.ts)[1]?.args.text).toContain('Se alguma credencial foi emitida para esse endereço, enviamos os links para lá');
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.subject).toBe('A credencial que você pediu');
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    await until(() => handoffSummaryAbout(address) !== undefined);
    const summary = handoffSummaryAbout(address)?.args.text;
    expect(summary).toContain(`*credbot hand-off* for <@${learner.id}> in <#${SUPPORT_CHANNEL}>`);
    expect(summary).toContain('Learner’s language: Portuguese (from their profile).');
    expect((await requestFor(`address:V0MODALPT`))?.language).toBe('pt');
  });

  it('answers /credentials through its response URL, so only the learner sees it', async () => {
    const { address, credential } = await learnerWithCredential();
    const learner = slack.addUser();
    const responseUrl = slack.newResponseUrl();

    const response = await postCommand(service.url, slashCommand({ user_id: learner.id, channel_id: OTHER_CHANNEL, text: address, response_url: responseUrl }), { secret });

    expect(response.status).toBe(200);
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    await until(() => slack.callsTo('response_url').some((call) => responseUrl.endsWith(call.path)));
    const answer = slack.callsTo('response_url').find((call) => responseUrl.endsWith(call.path));
    expect(answer?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(answer?.args.text).toContain('If credentials were issued to that address, we have emailed their links there');
    expect(postsToMainTimeline(OTHER_CHANNEL)).toEqual([]);
    // The command itself is the request: what is recorded is what the learner typed, and why it was acted on.
    const [recorded] = await testDb.database.db
      .select({ messageText: supportRequests.messageText, reasons: supportRequests.reasons, band: supportRequests.band })
      .from(supportRequests)
      .where(and(eq(supportRequests.channel, 'slack'), eq(supportRequests.messageText, address)));
    expect(recorded).toEqual({ messageText: address, reasons: expect.arrayContaining(['channel:send_my_credentials']), band: 'act' });
  });

  it('asks through the response URL when /credentials has no address', async () => {
    const learner = slack.addUser();
    const responseUrl = slack.newResponseUrl();
    await postCommand(service.url, slashCommand({ user_id: learner.id, channel_id: OTHER_CHANNEL, text: '', response_url: responseUrl }), { secret });
    await until(() => slack.callsTo('response_url').some((call) => responseUrl.endsWith(call.path)));
    expect(slack.callsTo('response_url').find((call) => responseUrl.endsWith(call.path))?.args.text).toContain('email address');
  });

  it('answers a direct message with a normal message in its thread', async () => {
    const { address } = await learnerWithCredential();
    const learner = slack.addUser();
    const dm = channelMessage({ channel: 'D0DIRECT01', channel_type: 'im', user: learner.id, text: `hello, I never got my badge: ${address}` });

    await send(dm);

    await until(() => mailTo(address).length === 1);
    await until(() => answersIn('D0DIRECT01', dm.ts).length === 1);
    expect(answersIn('D0DIRECT01', dm.ts)[0]).toMatchObject({ method: 'chat.postMessage' });
    expect(answersIn('D0DIRECT01', dm.ts)[0]?.args.text).toContain('If credentials were issued to that address, we have emailed their links there');
  });

  it('sends one email and one answer for retried deliveries, duplicate event ids, and a mention seen twice', async () => {
    const { address } = await learnerWithCredential();
    const learner = slack.addUser();
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `<@${slack.bot.userId}> please resend my certificate ${address}` });
    const eventId = `Ev${randomUUID().slice(0, 8)}`;

    const responses = await Promise.all([
      send(message, { eventId }),
      send(message, { eventId, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
      send(message, { eventId, headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } }),
      // The same message as an app_mention: another event id, the same message.
      send({ ...message, type: 'app_mention' }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    await until(() => mailTo(address).length === 1);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1);

    expect((await send(message, { eventId, headers: { 'x-slack-retry-num': '3' } })).status).toBe(200);
    await untilQueueIdle(testDb.database);
    expect(mailTo(address)).toHaveLength(1);
    expect(answersIn(SUPPORT_CHANNEL, message.ts)).toHaveLength(1);
  });

  it('ignores bot messages (its own included), edits, deletions, joins and other channels, but answers a mention anywhere', async () => {
    const { address } = await learnerWithCredential();
    const learner = slack.addUser();
    const text = `I never received my certificate ${address}`;
    const ignored = [
      channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text, bot_id: 'BOTHER001' }),
      channelMessage({ channel: SUPPORT_CHANNEL, subtype: 'bot_message', bot_id: 'BOTHER001', text, user: learner.id }),
      channelMessage({ channel: SUPPORT_CHANNEL, user: slack.bot.userId, text }),
      channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, subtype: 'message_changed', text, message: { text, user: learner.id } }),
      channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, subtype: 'message_deleted', text, previous_message: { text } }),
      channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, subtype: 'channel_join', text: `<@${learner.id}> has joined the channel` }),
      channelMessage({ channel: OTHER_CHANNEL, user: learner.id, text }),
      channelMessage({ channel: HANDOFF_CHANNEL, user: learner.id, text }),
    ];
    for (const message of ignored) expect((await send(message)).status).toBe(200);
    await untilQueueIdle(testDb.database);
    expect(mailTo(address)).toHaveLength(0);
    for (const message of ignored) expect(answersIn(message.channel, message.ts)).toEqual([]);

    const mention = channelMessage({ type: 'app_mention', channel: OTHER_CHANNEL, user: learner.id, text: `<@${slack.bot.userId}> ${text}` });
    await send(mention);
    await until(() => mailTo(address).length === 1);
    await until(() => answersIn(OTHER_CHANNEL, mention.ts).length === 1);
  });

  it('acknowledges an event whose ids Slack’s API would refuse, and stores nothing of it', async () => {
    const learner = slack.addUser();
    const text = `I never received my certificate ${learnerAddress('badid')}`;
    const malformed = [
      { eventId: 'EvBADTS00001', message: channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text, ts: 'yesterday' }) },
      { eventId: 'EvBADUSER001', message: channelMessage({ type: 'app_mention', channel: OTHER_CHANNEL, user: 'robin.learner', text }) },
      { eventId: 'EvBADCHAN001', message: channelMessage({ type: 'app_mention', channel: 'C 1', user: learner.id, text }) },
    ];
    for (const { eventId, message } of malformed) {
      expect((await send(message, { eventId })).status).toBe(200);
      // Acknowledged only after the listener ran: had it been stored, its row would be there now.
      expect(await acceptedUnderKey(testDb.database, `slack:event:${eventId}`), eventId).toBe(false);
    }
  });

  it('hands off about the learner’s confirmed profile address: names the issuer to them and posts a summary for the support team', async () => {
    const { issuer, address } = await learnerWithCredential('draft');
    const learner = slack.addUser({ email: address });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: 'where is my certificate?' });
    await send(message);
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1);
    const [sendToProfile] = buttonsOf(answersIn(SUPPORT_CHANNEL, message.ts)[0]);

    await postInteraction(
      service.url,
      buttonClick({ actionId: sendToProfile.action_id, value: sendToProfile.value, userId: learner.id, channelId: SUPPORT_CHANNEL, responseUrl: slack.newResponseUrl(), threadTs: message.ts }),
      { secret },
    );

    await until(() => handoffSummaryAbout(address) !== undefined);
    const summary = handoffSummaryAbout(address);
    expect(summary?.args.thread_ts).toBeUndefined();
    expect(summary?.args.text).toContain(`<@${learner.id}>`);
    expect(summary?.args.text).toContain(`<#${SUPPORT_CHANNEL}>`);
    expect(summary?.args.text).toContain('Unpublished drafts');
    expect(summary?.args.text).toContain('registrar@harbour.example');
    expect(summary?.args.text).toContain('where is my certificate?');
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 2);
    const answer = answersIn(SUPPORT_CHANNEL, message.ts)[1];
    expect(answer?.method).toBe('chat.postEphemeral');
    expect(answer?.args.text).toContain(issuer.name);
    expect(answer?.args.text).toContain('registrar@harbour.example');
    expect(answer?.args.text).not.toContain(address);
    expect(mailTo(address)).toHaveLength(0);
  });

  it('answers about someone else’s address in the same words whatever is on record, with the details in the hand-off channel only', async () => {
    const withCredential = await learnerWithCredential('published', { contactEmail: 'dean@harbour.example' });
    const withDraft = await learnerWithCredential('draft', { contactEmail: 'dean@harbour.example' });
    const withNothing = learnerAddress('nobody');
    const nearMissIssuer = await seedIssuer(testDb.database, { name: `Harbour College ${randomUUID().slice(0, 4)}`, contactEmail: 'dean@harbour.example' });
    const withNearMiss = learnerAddress('victim');
    const nearMissRecipient = withNearMiss.replace('victim', 'victin');
    await seedCredential(testDb.database, nearMissIssuer, { recipientEmail: nearMissRecipient });
    const asker = slack.addUser({ email: learnerAddress('asker') });
    const addresses = [withCredential.address, withDraft.address, withNothing, withNearMiss];
    const messages = addresses.map((address) => channelMessage({ channel: SUPPORT_CHANNEL, user: asker.id, text: `I never received my certificate, it's ${address}` }));

    for (const message of messages) await send(message);

    await until(() => messages.every((message) => answersIn(SUPPORT_CHANNEL, message.ts).length === 1));
    const answers = messages.map((message) => answersIn(SUPPORT_CHANNEL, message.ts)[0]?.args.text as string);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain('If credentials were issued to that address, we have emailed their links there');
    expect(answers[0]).not.toMatch(/Harbour|harbour|•••|victi|\d{4}|UTC/);

    await until(() => addresses.every((address) => handoffSummaryAbout(address) !== undefined));
    expect(handoffSummaryAbout(withCredential.address)?.args.text).toContain(`Retrieve email to ${withCredential.address}`);
    expect(handoffSummaryAbout(withDraft.address)?.args.text).toContain('Unpublished drafts');
    expect(handoffSummaryAbout(withDraft.address)?.args.text).toContain('dean@harbour.example');
    expect(handoffSummaryAbout(withNothing)?.args.text).toContain('no credential found; nothing sent.');
    expect(handoffSummaryAbout(withNearMiss)?.args.text).toContain(`${nearMissRecipient} (learner gave ${withNearMiss})`);

    await until(() => mailTo(withCredential.address).length === 1);
    for (const address of [asker.email!, withDraft.address, withNothing, withNearMiss, nearMissRecipient, 'dean@harbour.example']) {
      expect(await emailRowsTo(address)).toEqual([]);
    }
  });

  it('escapes what came from the learner or the database, so nobody can make it ping <!channel> or disguise a link', async () => {
    const { address } = await learnerWithCredential('draft', { name: 'Evil <!channel> Academy <https://phish.example|Official portal> & Co' });
    const learner = slack.addUser();
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `<!channel> <!here> I never received my certificate ${address} &lt;!everyone&gt;` });

    await send(message);

    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1);
    await until(() => slack.callsTo('chat.postMessage').some((call) => call.args.channel === HANDOFF_CHANNEL && call.args.text.includes(address)));
    const posted = [answersIn(SUPPORT_CHANNEL, message.ts)[0], slack.callsTo('chat.postMessage').find((call) => call.args.channel === HANDOFF_CHANNEL && call.args.text.includes(address))];
    for (const call of posted) {
      const everything = JSON.stringify(call?.args);
      expect(everything).not.toMatch(/<!(channel|here|everyone)/);
      expect(everything).not.toContain('<https://phish');
    }
    // The address typed may be anyone's, so only the summary names the issuer.
    expect(posted[1]?.args.text).toContain('Evil &lt;!channel&gt; Academy &lt;https://phish.example|Official portal&gt; &amp; Co');
  });

  it('fails a rate-limited try at once and retries a failing call, recording each failure, then answers once', async () => {
    const { address } = await learnerWithCredential();
    const learner = slack.addUser();
    slack.failNext(1, { method: 'chat.postEphemeral', status: 429, error: 'ratelimited', retryAfterSeconds: 1 });
    slack.failNext(2, { method: 'chat.postEphemeral', status: 500, error: 'internal_error' });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `never received my diploma: ${address}` });

    await send(message);

    const externalId = `message:${SUPPORT_CHANNEL}:${message.ts}`;
    await until(() => mailTo(address).length === 1);
    await untilAsync(async () => (await requestFor(externalId))?.replyError != null, 20_000);
    expect((await requestFor(externalId))?.replyStatus).toBe('pending');
    await until(() => answersIn(SUPPORT_CHANNEL, message.ts).length === 1, 30_000);
    await untilAsync(async () => (await requestFor(externalId))?.replyStatus === 'delivered');
    const request = await requestFor(externalId);
    // The 429 fails the first try (Retry-After is not waited out inside a job), the 500s (twice, with the call's
    // one retry) the second; the third answers.
    expect(request?.replyAttempts).toBe(3);
    expect(request?.replyError).toBeNull();
    await untilQueueIdle(testDb.database);
    expect(answersIn(SUPPORT_CHANNEL, message.ts)).toHaveLength(1);
  });

  it('records a refusal (channel_not_found) as a failed reply without retrying', async () => {
    const { address } = await learnerWithCredential();
    const learner = slack.addUser();
    slack.failNext(1, { method: 'chat.postEphemeral', error: 'channel_not_found' });
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `never received my diploma: ${address}` });

    await send(message);

    const externalId = `message:${SUPPORT_CHANNEL}:${message.ts}`;
    await untilAsync(async () => (await requestFor(externalId))?.replyStatus === 'failed');
    const request = await requestFor(externalId);
    expect(request?.replyError).toContain('channel_not_found');
    expect(request?.replyAttempts).toBe(1);
  });

  it('answers Slack’s URL verification challenge', async () => {
    const response = await postEvent(service.url, { token: 'x', challenge: 'challenge-123', type: 'url_verification' }, { secret });
    expect(response).toMatchObject({ status: 200, json: { challenge: 'challenge-123' } });
  });

  describe('refuses', () => {
    const body = () => JSON.stringify(eventEnvelope(channelMessage({ channel: SUPPORT_CHANNEL, user: 'UFORGER01', text: `I never received my certificate ${learnerAddress()}` })));
    const post = (raw: string, headers: Record<string, string>) =>
      fetch(`${service.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });

    it('a forged signature with 401', async () => {
      const raw = body();
      const timestamp = String(Math.floor(Date.now() / 1000));
      const response = await post(raw, { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signSlackRequest('guessed-secret', timestamp, raw) });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'bad_signature' });
    });

    it('a body changed after signing with 401', async () => {
      const raw = body();
      const timestamp = String(Math.floor(Date.now() / 1000));
      const response = await post(raw.replace('certificate', 'badge'), { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signSlackRequest(secret, timestamp, raw) });
      expect(response.status).toBe(401);
    });

    it('a stale (replayed) request with 401, though correctly signed', async () => {
      const raw = body();
      const timestamp = String(Math.floor(Date.now() / 1000) - 6 * 60);
      const response = await post(raw, { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signSlackRequest(secret, timestamp, raw) });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'stale_timestamp' });
    });

    it('a request signed for the future with 401, though correctly signed', async () => {
      const raw = body();
      for (const aheadSeconds of [6 * 60, 24 * 3600, 10 * 365 * 24 * 3600]) {
        const timestamp = String(Math.floor(Date.now() / 1000) + aheadSeconds);
        const response = await post(raw, { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signSlackRequest(secret, timestamp, raw) });
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ error: 'future_timestamp' });
      }
    });

    it('an unsigned request with 401', async () => {
      expect((await post(body(), {})).status).toBe(401);
    });

    it('and acts on none of them', async () => {
      await untilQueueIdle(testDb.database);
      expect(slack.calls.some((call) => JSON.stringify(call.args).includes('UFORGER01'))).toBe(false);
    });
  });

  it('runs beside the Zendesk webhook, each route with its own body parser', async () => {
    const zendesk = await deliverZendeskWebhook(service.url, triggerPayload({ id: 1, comment: 'I never received my certificate' }), { secret: ZENDESK_TEST_SIGNING_SECRET });
    expect(zendesk).toEqual({ status: 200, json: { status: 'test_received' } });
    const challenge = await postEvent(service.url, { token: 'x', challenge: 'beside-zendesk', type: 'url_verification' }, { secret });
    expect(challenge).toMatchObject({ status: 200, json: { challenge: 'beside-zendesk' } });
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}

async function untilAsync(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(100);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
