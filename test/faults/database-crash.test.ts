import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasCredbotAnswer } from '../fakes/fake-zendesk.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/fake-slack.ts';
import { missingPostgresBinaries, type PostgresCluster, startPostgresCluster } from '../helpers/postgres-cluster.ts';
import { channelMessage, eventEnvelope, postEvent } from '../helpers/slack-requests.ts';
import { createFaultRig, type FaultRig, type LearnerTicket } from './fault-rig.ts';

/**
 * PostgreSQL itself crashes while credbot works. A message's handling commits relaxed (TransactionOptions), and
 * what records an effect outside (a reply posted, an email sent) commits durably, after the effect. A crash between the two loses the record, and maybe the handling that led to the effect, and
 * credbot does it again from the accepted message's job. It must then meet the reply it posted: on Zendesk the same
 * request id gives the same marker tag on the ticket; on both the reply's start committed durably (so the request
 * survived) and the retry finds the reply in the thread by its metadata. An email goes again, if at all, under
 * the same Message-ID.
 *
 * The window is a few milliseconds wide in production, and the test widens it rather than hope to hit it:
 * - the burst is taken in by a web process first. Every acknowledgement commits durably, and a durable commit makes
 *   all before it durable: handling that ran between two acknowledgements would be out of the crash's reach;
 * - the cluster's WAL writer is paused (PostgresCluster.pauseWalWriter), so that the crash loses every
 *   asynchronous commit since the last durable one, as a power cut would, instead of only what PostgreSQL had not
 *   yet handed to the operating system; nothing else flushes the log (no checkpoint, vacuum or background writer);
 * - Zendesk (or Slack) applies the updates and the SMTP server takes the emails, but their answers are held until
 *   the crash: credbot has posted and sent, and has not heard so, so it cannot record it.
 * Then the cluster restarts and the worker, still running, reconnects and redoes what was lost.
 */
const missing = missingPostgresBinaries();

/** Learners, each with a credential and one message (a ticket or a Slack message). */
const LEARNERS = 12;
const SUPPORT_CHANNEL = 'CHELP';
const SLACK_SIGNING_SECRET = 'fault-suite-slack-signing-secret';

/** Nothing but credbot's own durable commits may flush the log before the crash. */
const CRASH_WINDOW_SETTINGS = {
  // A checkpoint flushes it.
  checkpoint_timeout: '1h',
  // A data page is written only after the log up to its last change is flushed: no vacuum, no background writer.
  autovacuum: 'off',
  bgwriter_lru_maxpages: '0',
  // A full log buffer is written out by whichever process needs room.
  wal_buffers: '64MB',
};

describe.skipIf(missing !== null)(`a PostgreSQL crash${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let cluster: PostgresCluster | undefined;
  let rig: FaultRig | undefined;
  let slack: FakeSlack | undefined;

  beforeEach(async () => {
    cluster = await startPostgresCluster(CRASH_WINDOW_SETTINGS);
  });

  afterEach(async () => {
    // Whatever failed, the cluster goes last (the rig drops its database there) and goes in any case.
    const closed = await Promise.allSettled([rig?.close(), slack?.close()]);
    await cluster?.remove();
    rig = slack = cluster = undefined;
    for (const outcome of closed) if (outcome.status === 'rejected') throw outcome.reason;
  });

  it('after Zendesk replies and emails went out unrecorded: every ticket answered once, and no second email', async () => {
    const server = cluster!;
    const world = (rig = await createFaultRig(LEARNERS, { serverUrl: server.url }));

    const web = await world.startService({ SERVICE_ROLE: 'web' });
    const statuses = await world.deliver(() => web.url, world.tickets, 6);
    expect([...statuses.values()].filter((status) => status >= 200 && status < 300)).toHaveLength(LEARNERS);
    expect(await web.stop('SIGTERM')).toBe(0);

    world.zendesk.holdAnswers({ method: 'PUT' });
    const repliesPosted = () => world.tickets.filter((ticket) => world.zendesk.tickets.get(ticket.ticketId)?.comments.length).length;
    // A held answer must outlast the crash rather than time out (a timed-out update is retried, and its retry
    // finds the marker and records the reply durably, closing the window before the crash).
    await crashOnceSent(server, world, { ZENDESK_API_TIMEOUT_MS: '120000' }, () => repliesPosted() > 0, () => world.zendesk.releaseAnswers());

    const ticketState = (ticket: LearnerTicket) => world.zendesk.tickets.get(ticket.ticketId);
    const { resentCopies, duplicateEmails } = world.countRepeats(world.tickets);
    expect({
      notDone: world.tickets.filter((ticket) => !hasCredbotAnswer(ticketState(ticket))).map((ticket) => ticket.ticketId),
      notAnsweredOnce: world.tickets
        .filter((ticket) => ticketState(ticket)?.comments.filter((comment) => comment.public).length !== 1)
        .map((ticket) => ticket.ticketId),
      notEmailed: notEmailed(world),
      // Distinct Message-IDs beyond one per learner.
      duplicateEmails,
    }).toEqual({ notDone: [], notAnsweredOnce: [], notEmailed: [], duplicateEmails: 0 });
    // The crash did lose what led to the emails it caught in flight: each went again, under its Message-ID. That
    // copy is what remains: nothing tells credbot whether a mail server took a message it has no record of.
    expect(resentCopies, 'the crash lost nothing: the window was not exercised').toBeGreaterThan(0);
  });

  it('after Slack thread replies went out unrecorded: every message answered once in its thread', async () => {
    const server = cluster!;
    const world = (rig = await createFaultRig(LEARNERS, { serverUrl: server.url }));
    const fakeSlack = (slack = await startFakeSlack());
    const slackEnv = {
      SLACK_BOT_TOKEN: 'xoxb-fault-token',
      SLACK_SIGNING_SECRET,
      SLACK_API_URL: fakeSlack.apiUrl,
      // Bounded so the rig's 20 s job timeout outlasts a reply's three calls (the start-up rule): a held answer
      // times out during the crash, and the retry must find the reply already in the thread.
      SLACK_API_TIMEOUT_MS: '5000',
      SLACK_API_RETRIES: '0',
      SLACK_SUPPORT_CHANNELS: SUPPORT_CHANNEL,
      // Every answer a thread reply anyone can see: an ephemeral one cannot be read back (see slack-workers.ts).
      SLACK_EPHEMERAL_REPLIES: 'false',
    };
    const messages = world.tickets.map((learner, index) =>
      channelMessage({ channel: SUPPORT_CHANNEL, user: `ULEARNER${index}`, text: `Hi, I never received my certificate, my email is ${learner.address}` }),
    );

    const web = await world.startService({ SERVICE_ROLE: 'web', ...slackEnv });
    const statuses = await Promise.all(messages.map((message) => postEvent(web.url, eventEnvelope(message), { secret: SLACK_SIGNING_SECRET })));
    expect(statuses.filter(({ status }) => status >= 200 && status < 300)).toHaveLength(LEARNERS);
    expect(await web.stop('SIGTERM')).toBe(0);

    fakeSlack.holdAnswers('chat.postMessage');
    await crashOnceSent(server, world, slackEnv, () => fakeSlack.messages.length > 0, () => fakeSlack.releaseAnswers());

    const repliesIn = (ts: string) => fakeSlack.messages.filter((posted) => posted.thread_ts === ts).length;
    expect({
      notAnsweredOnce: messages.filter((message) => repliesIn(message.ts) !== 1).map((message) => `${message.ts}: ${repliesIn(message.ts)}`),
      notEmailed: notEmailed(world),
      duplicateEmails: world.countRepeats(world.tickets).duplicateEmails,
    }).toEqual({ notAnsweredOnce: [], notEmailed: [], duplicateEmails: 0 });
  });
});

/**
 * Starts a worker on the accepted burst, with emails and `channel`'s replies going out but their answers held;
 * crashes the cluster once `replyPosted` and an email is in the SMTP server; then lets the answers through,
 * restarts the cluster and waits until the worker, still running, has redone and recorded everything.
 */
async function crashOnceSent(
  server: PostgresCluster,
  world: FaultRig,
  env: Record<string, string>,
  replyPosted: () => boolean,
  releaseReplies: () => void,
): Promise<void> {
  await server.pauseWalWriter();
  world.sink.holdAcceptances(true);
  const worker = await world.startService({ SERVICE_ROLE: 'worker', ...env });
  await until(() => replyPosted() && world.sink.messages.length > 0, 60_000);

  await server.crash();
  releaseReplies();
  world.sink.holdAcceptances(false);
  await server.start();

  const recorded = await untilRecorded(world, 120_000).catch(async (error: Error) => {
    throw new Error(`${error.message}\nthe worker's last log lines:\n${worker.output().split('\n').slice(-30).join('\n')}\n${await server.log()}`);
  });
  expect(recorded).toEqual({ replied: LEARNERS, sent: LEARNERS });
}

function notEmailed(world: FaultRig): string[] {
  return world.tickets
    .filter((learner) => !world.sink.messages.some((message) => JSON.stringify(message.to).includes(learner.address)))
    .map((learner) => learner.address);
}

/** Waits until every request's reply and every email is recorded; the database may still be coming back. */
async function untilRecorded(world: FaultRig, timeoutMs: number): Promise<{ replied: number; sent: number }> {
  const count = async () => {
    const { rows } = await world.database.database.sql.executeSql(
      `select (select count(*) from support_requests where reply_status = 'delivered')::int as replied,
              (select count(*) from outbound_emails where status = 'sent')::int as sent`,
      [],
    );
    return rows[0] as { replied: number; sent: number };
  };
  const deadline = Date.now() + timeoutMs;
  let last = { replied: 0, sent: 0 };
  for (;;) {
    // The first queries may fail: the pool's connections broke with the crash, and it reconnects.
    last = await count().catch(() => last);
    if (last.replied >= LEARNERS && last.sent >= LEARNERS) break;
    if (Date.now() > deadline) throw new Error(`not recorded within ${timeoutMs} ms: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Anything done twice would be done within moments of the rest.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return count();
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
