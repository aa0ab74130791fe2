import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCredentials, importIssuers } from '../src/db/import-records.ts';
import { outboundEmails } from '../src/db/schema.ts';
import { errorText } from '../src/error-text.ts';
import { parseImportFile } from '../src/import/parse-import-file.ts';
import { createLogger } from '../src/logger.ts';
import type { RunningService } from '../src/main.ts';
import { type FakeSlack, startFakeSlack } from './fakes/fake-slack.ts';
import { type FakeZendesk, plainBodyOf, startFakeZendesk, hasCredbotAnswer } from './fakes/fake-zendesk.ts';
import { type SmtpSink, startSmtpSink } from './fakes/smtp-sink.ts';
import { bothChannelsEnv, HANDOFF_CHANNEL as BOTH_HANDOFF_CHANNEL, SLACK_SECRET, SUPPORT_CHANNEL as BOTH_SUPPORT_CHANNEL, ZENDESK_SECRET } from './helpers/both-channels.ts';
import { runCredbot, startCredbot } from './helpers/child-process.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import { channelMessage, eventEnvelope, postEvent } from './helpers/slack-requests.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload, zendeskChannelEnv } from './helpers/zendesk-delivery.ts';

const slackSecret = 'slack-signing-secret-for-tests';
const zendeskSecret = 'zendesk-webhook-secret-for-tests';
const SUPPORT_CHANNEL = 'CHELPDESK1';
const HANDOFF_CHANNEL = 'CSTAFF0001';

describe('privacy and abuse: what credbot logs and stores, and how it shows names', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let slack: FakeSlack;
  let zendesk: FakeZendesk;
  let service: RunningService;
  let world: ServiceUnderTest | undefined;
  const logLines: string[] = [];

  beforeAll(async () => {
    slack = await startFakeSlack();
    zendesk = await startFakeZendesk();
    const logDestination = collectingStream(logLines);
    ({ testDb, sink, service } = world = await startServiceUnderTest(
      {
        LOG_LEVEL: 'debug',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: slackSecret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_SUPPORT_CHANNELS: SUPPORT_CHANNEL,
        SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL,
        ...zendeskChannelEnv(zendesk.url, zendeskSecret),
        EMAIL_MAX_ATTEMPTS: '2',
        EMAIL_RETRY_DELAY_SECONDS: '1',
      },
      { logDestination },
    ));
  });
  afterAll(async () => {
    await world?.close();
    await slack?.close();
    await zendesk?.close();
  });

  const theLog = () => logLines.join('');
  const masked = (address: string) => `${address[0]}•••@${address.split('@')[1]}`;
  const sendSlack = (message: Record<string, unknown>) => postEvent(service.url, eventEnvelope(message), { secret: slackSecret });
  const postsIn = (channel: string) => [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.postEphemeral')].filter((call) => call.args.channel === channel);

  it('holds neither the learner’s addresses nor their words, through a Slack and a Zendesk round', async () => {
    // Slack: a question without an address (credbot reads the profile address to offer it), then the address in
    // the thread, which has only a draft: a hand-off whose summary quotes the learner to the support team.
    const slackWords = `walrus-periwinkle-${randomUUID().slice(0, 6)}`;
    const inText = learnerAddress('slacktext');
    const onProfile = learnerAddress('slackprofile');
    const harbour = await seedIssuer(testDb.database, { name: `Harbour College ${randomUUID().slice(0, 4)}` });
    await seedCredential(testDb.database, harbour, { recipientEmail: inText, status: 'draft' });
    const learner = slack.addUser({ email: onProfile });
    const question = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `I never received my certificate for the ${slackWords} course` });
    expect((await sendSlack(question)).status).toBe(200);
    await until(() => postsIn(SUPPORT_CHANNEL).some((call) => call.args.thread_ts === question.ts));
    const answer = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `It's <mailto:${inText}|${inText}>`, thread_ts: question.ts });
    expect((await sendSlack(answer)).status).toBe(200);
    await until(() => postsIn(HANDOFF_CHANNEL).some((call) => call.args.text.includes(slackWords)));
    await until(() => postsIn(SUPPORT_CHANNEL).filter((call) => call.args.thread_ts === question.ts).length === 2);

    // Zendesk: a signed webhook through to the retrieve email and the ticket update.
    const zendeskWords = `tangerine-okapi-${randomUUID().slice(0, 6)}`;
    const onTicket = learnerAddress('zendesk');
    const tidewater = await seedIssuer(testDb.database, { name: `Tidewater Academy ${randomUUID().slice(0, 4)}` });
    await seedCredential(testDb.database, tidewater, { recipientEmail: onTicket });
    const user = zendesk.addUser({ email: onTicket });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    const comment = `Hello, the ${zendeskWords} certificate never arrived. I never received my certificate, my email is ${onTicket}`;
    const delivered = await deliverZendeskWebhook(service.url, triggerPayload({ id: ticket.id, comment, requester: { id: user.id, email: onTicket } }), {
      secret: zendeskSecret,
    });
    expect(delivered.status).toBe(202);
    await until(() => hasCredbotAnswer(ticket));
    await until(() => sink.messages.some((message) => JSON.stringify(message.to).includes(onTicket)));
    await until(() => theLog().includes(`"to":"${masked(onTicket)}"`));

    const log = theLog();
    // The rounds were logged, the Slack SDK's debug lines among them, and addresses appear masked.
    expect(log).toContain('"component":"slack-sdk"');
    expect(log).toContain('Slack reply posted');
    expect(log).toContain('ticket updated');
    expect(log).toContain('email sent');
    for (const address of [inText, onProfile, onTicket]) {
      expect(log).not.toContain(address);
      expect(log).not.toContain(address.split('@')[0]);
    }
    for (const words of [slackWords, zendeskWords]) expect(log).not.toContain(words);
  });

  it('stores and logs an SMTP server’s rejection with the address it quotes masked', async () => {
    const rejected = learnerAddress('bounced');
    sink.rejectRecipient(rejected);
    const issuer = await seedIssuer(testDb.database);
    await seedCredential(testDb.database, issuer, { recipientEmail: rejected });
    const ticket = zendesk.addTicket();

    await deliverZendeskWebhook(service.url, triggerPayload({ id: ticket.id, comment: `I never received my certificate: ${rejected}` }), { secret: zendeskSecret });

    const emailTo = async () => (await testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, rejected)))[0];
    await untilAsync(async () => (await emailTo())?.status === 'failed');
    const email = await emailTo();
    expect(email?.lastError).toContain(`550 5.1.1 <${masked(rejected)}>`);
    expect(email?.lastError).not.toContain(rejected);
    await until(() => theLog().includes('email refused for good'));
    expect(theLog()).toContain(`<${masked(rejected)}>`);
    expect(theLog()).not.toContain(rejected);
  }, 30_000);

  it('withholds a failed statement’s values (a learner’s words) from what it logs and stores about the error', async () => {
    const words = `my certificate for the ${randomUUID().slice(0, 8)} course never came`;
    const address = learnerAddress('failed');
    // A real driver's error: drizzle names the values in its message, PostgreSQL quotes the one it refused.
    const error = await testDb.database.db.execute(sql`select ${words}::int, ${address}::text`).then(
      () => {
        throw new Error('expected the statement to fail');
      },
      (failure: unknown) => failure,
    );
    expect(String((error as Error).message)).toContain(words);
    const lines: string[] = [];
    const logger = createLogger('debug', collectingStream(lines));

    logger.error({ err: error }, 'request failed');
    const stored = errorText(error);

    for (const text of [lines.join(''), stored]) {
      expect(text).toContain('[value withheld]');
      expect(text).not.toContain(words);
      expect(text).not.toContain(address);
      expect(text).not.toContain(address.split('@')[0]);
    }
    expect(lines.join('')).toContain('invalid input syntax');
  });

  /** Lines of a rendered text that start like a header, or any forged line: what a name must never produce. */
  const forgedLines = (text: string) => text.split(/\r\n|[\n\r\u2028\u2029]/).filter((line) => /^\s*(Bcc|Cc|To|Subject):/i.test(line));

  it('reads names from an import file as one line, and every Zendesk comment and email shows them as typed', async () => {
    const tag = randomUUID().slice(0, 6);
    const issuersCsv = [
      'id,name,contact_name,contact_email,support_url,aliases',
      `evil-${tag},"Evil ""Uni"" ${tag}\r\nBcc: attacker@evil.example [Official portal](https://phish.example) <b>bold</b>","Dana\r\nTo: x@evil.example",registrar@evil.example,,`,
    ].join('\n');
    const drafted = learnerAddress('drafted');
    const published = learnerAddress('published');
    const credentialsCsv = [
      'id,issuer_id,recipient_email,recipient_name,course_name,url,status,issued_at',
      `d-${tag},evil-${tag},${drafted},Dee,"Pilotage\r\nSubject: urgent",https://credentials.example/d-${tag},draft,2026-05-01`,
      `p-${tag},evil-${tag},${published},"Robin <script>alert(1)</script>\nCc: x@evil.example","Navigation & ""Safety""\u2028Bcc: y@evil.example",https://credentials.example/p-${tag},published,2026-05-01`,
    ].join('\n');
    const issuers = parseImportFile('issuers', issuersCsv);
    const credentials = parseImportFile('credentials', credentialsCsv);
    expect([...issuers.errors, ...credentials.errors]).toEqual([]);
    await importIssuers(testDb.database, issuers.rows);
    await importCredentials(testDb.database, credentials.rows, { skipInvalid: false });

    const handoff = zendesk.addTicket();
    const retrieve = zendesk.addTicket();
    await deliverZendeskWebhook(service.url, triggerPayload({ id: handoff.id, comment: `I never received my certificate: ${drafted}`, requester: { email: drafted } }), { secret: zendeskSecret });
    await deliverZendeskWebhook(service.url, triggerPayload({ id: retrieve.id, comment: `I never received my certificate: ${published}`, requester: { email: published } }), { secret: zendeskSecret });
    await until(() => hasCredbotAnswer(handoff) && hasCredbotAnswer(retrieve));
    await until(() => sink.messages.some((message) => JSON.stringify(message.to).includes(published)));

    const [note, reply] = handoff.comments;
    for (const comment of [note!, reply!, ...retrieve.comments]) {
      // HTML, every character of the text escaped: Zendesk does not read it as Markdown.
      expect(comment.body).toBeUndefined();
      expect(comment.html_body).not.toMatch(/<(?!\/?p>|br>)/);
      expect(forgedLines(plainBodyOf(comment))).toEqual([]);
    }
    const shownName = `Evil &quot;Uni&quot; ${tag} Bcc: attacker@evil.example [Official portal](https://phish.example) &lt;b&gt;bold&lt;/b&gt;`;
    expect(reply?.html_body).toContain(shownName);
    expect(note?.html_body).toContain(shownName);
    expect(plainBodyOf(note!)).toContain('Pilotage Subject: urgent');

    const mail = sink.messages.find((message) => JSON.stringify(message.to).includes(published))!;
    expect(mail.bcc).toBeUndefined();
    expect(mail.cc).toBeUndefined();
    expect(forgedLines(mail.text ?? '')).toEqual([]);
    expect(mail.text).toContain('Hi Robin <script>alert(1)</script> Cc: x@evil.example,');
    expect(mail.html).toContain('Robin &lt;script&gt;alert(1)&lt;/script&gt; Cc: x@evil.example');
    expect(mail.html).toContain('Navigation &amp; &quot;Safety&quot; Bcc: y@evil.example');
    expect(mail.html).not.toContain('<script>');
  });

  it('shows names stored before these rules as one line in Slack, and keeps them inside the hand-off’s code block', async () => {
    // Written straight to the database, as rows imported by an older credbot were: no import rule applied.
    const tag = randomUUID().slice(0, 6);
    const issuer = await seedIssuer(testDb.database, {
      name: `Evil \`\`\`Uni\`\`\` ${tag}\r\nBcc: attacker@evil.example <!channel>`,
      contactName: 'Dana\u2028To: x@evil.example',
    });
    const address = learnerAddress('oldrow');
    await seedCredential(testDb.database, issuer, { recipientEmail: address, status: 'draft', courseName: 'Pilotage ``` *owned*\nSubject: hi' });
    const learner = slack.addUser();
    const message = channelMessage({ channel: SUPPORT_CHANNEL, user: learner.id, text: `I never received my certificate ${address}\rBcc: me@evil.example` });

    await sendSlack(message);

    await until(() => postsIn(HANDOFF_CHANNEL).some((call) => call.args.text.includes(address)));
    await until(() => postsIn(SUPPORT_CHANNEL).some((call) => call.args.thread_ts === message.ts));
    const summary = postsIn(HANDOFF_CHANNEL).find((call) => call.args.text.includes(address))!.args.text as string;
    const answer = postsIn(SUPPORT_CHANNEL).find((call) => call.args.thread_ts === message.ts)!.args.text as string;
    // One code block: its two fences are the only backticks left.
    expect(summary.match(/`/g)).toHaveLength(6);
    expect(summary).toContain(`Evil ˋˋˋUniˋˋˋ ${tag} Bcc: attacker@evil.example &lt;!channel&gt;`);
    expect(summary).toContain('Pilotage ˋˋˋ *owned* Subject: hi');
    for (const text of [summary, answer]) {
      expect(text).not.toMatch(/<!channel>/);
      // Every line of the summary is ours, a quoted line of the learner's, or inside the code block.
      expect(forgedLines(text.replace(/^>.*$/gm, ''))).toEqual([]);
    }
    // An address typed in Slack is not vouched for, so the learner's answer is the uniform one: it names no issuer.
    expect(answer).not.toContain(`${tag}`);
  });
});

describe('credbot start at LOG_LEVEL=debug', () => {
  it('writes neither the learner’s addresses nor their words anywhere, SDKs and console included, through a Slack and a Zendesk round', async () => {
    const cleanups: (() => Promise<unknown>)[] = [];
    try {
      const workDir = await mkdtemp(path.join(tmpdir(), 'credbot-privacy-'));
      cleanups.push(() => rm(workDir, { recursive: true, force: true }));
      const slack = await startFakeSlack();
      cleanups.push(() => slack.close());
      const zendesk = await startFakeZendesk();
      cleanups.push(() => zendesk.close());
      const sink = await startSmtpSink();
      cleanups.push(() => sink.close());
      const env: Record<string, string> = { DATA_DIR: workDir, LOAD_DEMO_DATA: 'false', SMTP_URL: sink.url };
      if (process.env.TEST_DATABASE_URL) {
        const testDb = await createTestDatabase();
        cleanups.push(() => testDb.drop());
        env.DATABASE_URL = testDb.url!;
      }
      const tag = randomUUID().slice(0, 6);
      const onSlack = `quillon.vasquez.${tag}@school.example`;
      const onProfile = `quillon.home.${tag}@school.example`;
      const onTicket = `odalys.brenner.${tag}@school.example`;
      const slackWords = `marmoset-juniper-${tag}`;
      const zendeskWords = `pelican-saffron-${tag}`;
      const issuersFile = path.join(workDir, 'issuers.csv');
      const credentialsFile = path.join(workDir, 'credentials.csv');
      await writeFile(issuersFile, `id,name,contact_name,contact_email,support_url,aliases\nharbour-${tag},Harbour College,Dana,registrar@harbour.example,,\n`);
      await writeFile(
        credentialsFile,
        [
          'id,issuer_id,recipient_email,recipient_name,course_name,url,status,issued_at',
          `s-${tag},harbour-${tag},${onSlack},Quillon,Pilotage,https://credentials.example/s-${tag},published,2026-05-01`,
          `z-${tag},harbour-${tag},${onTicket},Odalys,Navigation,https://credentials.example/z-${tag},published,2026-05-01`,
        ].join('\n') + '\n',
      );
      for (const [kind, file] of [['issuers', issuersFile], ['credentials', credentialsFile]]) {
        const imported = await runCredbot(['import', kind!, file!], env);
        expect(imported.code, imported.stderr).toBe(0);
      }

      const service = await startCredbot({ ...env, ...bothChannelsEnv(zendesk.url, slack.apiUrl), LOG_LEVEL: 'debug' }, 60_000);
      cleanups.push(() => service.stop());
      // Slack: a question naming an address, from a learner whose profile holds another.
      const learner = slack.addUser({ email: onProfile });
      const question = channelMessage({ channel: BOTH_SUPPORT_CHANNEL, user: learner.id, text: `I never received my certificate for the ${slackWords} course, it is ${onSlack}` });
      expect((await postEvent(service.url, eventEnvelope(question), { secret: SLACK_SECRET })).status).toBe(200);
      // Zendesk: a signed webhook from the requester whose address is on record.
      const user = zendesk.addUser({ email: onTicket });
      const ticket = zendesk.addTicket({ requester_id: user.id });
      const comment = `I never received my certificate for the ${zendeskWords} course, my email is ${onTicket}`;
      expect((await deliverZendeskWebhook(service.url, triggerPayload({ id: ticket.id, comment, requester: { id: user.id, email: onTicket } }), { secret: ZENDESK_SECRET })).status).toBe(202);

      const mailedTo = (address: string) => sink.messages.some((message) => JSON.stringify(message.to).includes(address));
      await until(() => hasCredbotAnswer(ticket) && mailedTo(onTicket) && mailedTo(onSlack), 40_000);
      await until(() => slack.callsTo('chat.postMessage').some((call) => call.args.channel === BOTH_HANDOFF_CHANNEL && String(call.args.text).includes(slackWords)), 40_000);
      await until(() => /"msg":"email sent"[^\n]*\n[\s\S]*"msg":"email sent"/.test(service.output()), 40_000);
      expect(await service.stop()).toBe(0);

      // Everything the process wrote, on stdout and stderr: a line printed past the logger would be here too.
      const output = service.output();
      expect(output).toContain('"level":20');
      expect(output).toContain('"component":"slack-sdk"');
      expect(output).toContain('ticket updated');
      for (const address of [onSlack, onProfile, onTicket]) {
        expect(output.toLowerCase()).not.toContain(address.split('@')[0]);
      }
      for (const words of [slackWords, zendeskWords]) expect(output).not.toContain(words);
    } finally {
      for (const cleanup of cleanups.reverse()) await cleanup();
    }
  }, 240_000);
});

/** A stream that keeps what is written to it, a log line per write. */
function collectingStream(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function untilAsync(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
