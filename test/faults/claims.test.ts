import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../fakes/fake-slack.ts';
import type { RunningCredbot } from '../helpers/child-process.ts';
import { learnerAddress, seedCredential, seedIssuer } from '../helpers/seed.ts';
import { channelMessage, eventEnvelope, postEvent } from '../helpers/slack-requests.ts';
import { createFaultRig, type FaultRig } from './fault-rig.ts';

/**
 * pg-boss retries a job that outran JOB_TIMEOUT_SECONDS while its first attempt may still be sending. Each case
 * runs the service and a worker process beside it on one PostgreSQL database, as SERVICE_ROLE allows, so that
 * one process is free to take the retry while the other is still busy with the first attempt; then makes a send
 * outlast the job's time, and checks that the learner gets one email and one reply.
 */
let rig: FaultRig | undefined;
let slack: FakeSlack | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
  await slack?.close();
  slack = undefined;
});

/** The service (requests and jobs) and a worker process, with the same settings. */
async function serviceAndWorker(env: Record<string, string>): Promise<{ service: RunningCredbot; logs(): string }> {
  const service = await rig!.startService(env);
  const worker = await rig!.startService({ ...env, SERVICE_ROLE: 'worker' });
  return { service, logs: () => service.output() + worker.output() };
}

describe('work in flight', () => {
  it('an SMTP server slower to accept than the job timeout: the email arrives once', async () => {
    rig = await createFaultRig(1);
    // The shortest job timeout the service accepts with a send abandoned after 1 s (1 s + 5 s).
    const { service } = await serviceAndWorker({ JOB_TIMEOUT_SECONDS: '6', SMTP_SEND_TIMEOUT_MS: '1000' });
    const slowServer = rig.sink.holdNextMessage();
    try {
      expect([...(await rig.deliver(() => service.url, rig.tickets)).values()]).toEqual([202]);
      await slowServer.held;
      // Past the job's timeout, pg-boss's next look for expired jobs, and the retry's delay: time enough for the
      // other process to take the job again while the server still holds the first copy.
      await sleep(15_000);
    } finally {
      slowServer.release();
    }

    expect(await rig.waitUntilAnswered(rig.tickets, 60_000)).toEqual({ duplicateEmails: 0, duplicateUpdates: 0, resentCopies: 0 });
    // The first attempt gave up at its deadline, before the server accepted; a retry sent the one copy.
    expect(await slowServer.accepted).toBe(false);
  });

  it('an email job timing out while its email is being sent: the retry leaves it to the attempt in flight', async () => {
    rig = await createFaultRig(1);
    const { service, logs } = await serviceAndWorker({ JOB_TIMEOUT_SECONDS: '30', SMTP_SEND_TIMEOUT_MS: '25000' });
    const admin = postgres(rig.database.url as string, { max: 1, onnotice: () => {} });
    const slowServer = rig.sink.holdNextMessage();
    try {
      expect([...(await rig.deliver(() => service.url, rig.tickets)).values()]).toEqual([202]);
      await slowServer.held;
      // As a job that waited before it sent (its turn behind acknowledgements, a slow database): pg-boss takes it
      // as started long ago, and its next look for expired jobs has it retried while the email is being sent.
      await admin`update pgboss.job set started_on = now() - interval '1 hour' where name = 'send-email' and state = 'active'`;
      await until(async () => {
        const [job] = await admin`select retry_count, state from pgboss.job where name = 'send-email'`;
        return Number(job?.retry_count) >= 1 && job?.state !== 'active';
      }, 25_000);
    } finally {
      slowServer.release();
      await admin.end();
    }

    expect(await rig.waitUntilAnswered(rig.tickets, 60_000)).toEqual({ duplicateEmails: 0, duplicateUpdates: 0, resentCopies: 0 });
    // The retry came while the first attempt was sending, found its claim and stood back; the first delivered it.
    expect(logs()).toMatch(/email \S+ is held by another attempt in flight/);
    expect(await slowServer.accepted).toBe(true);
  });

  it('Slack answering 429 with a Retry-After longer than the job timeout: one reply is posted', async () => {
    rig = await createFaultRig(0);
    slack = await startFakeSlack();
    const secret = 'fault-suite-slack-signing-secret';
    const { service } = await serviceAndWorker({
      // A reply's three calls of two 1-second tries 2 s apart, and 5 s: the shortest job timeout the service accepts.
      JOB_TIMEOUT_SECONDS: '17',
      SMTP_SEND_TIMEOUT_MS: '1000',
      SLACK_BOT_TOKEN: 'xoxb-fault-suite',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      SLACK_API_RETRIES: '1',
      SLACK_API_TIMEOUT_MS: '1000',
    });
    const address = learnerAddress('ratelimited');
    await seedCredential(rig.database.database, await seedIssuer(rig.database.database), { recipientEmail: address });
    // Longer than the job's timeout, pg-boss's next look for expired jobs and the retry's delay.
    const retryAfterSeconds = 30;
    slack.failNext(1, { method: 'chat.postMessage', status: 429, error: 'ratelimited', retryAfterSeconds });
    const learner = slack.addUser();
    const message = channelMessage({ channel: 'D0FAULTS01', channel_type: 'im', user: learner.id, text: `I never received my certificate, my email is ${address}` });

    const posted = Date.now();
    expect((await postEvent(service.url, eventEnvelope(message), { secret })).status).toBe(200);

    const rateLimited = () => slack!.calls.find((call) => call.method === 'chat.postMessage' && call.failed);
    const replies = () => slack!.callsTo('chat.postMessage').filter((call) => call.args.channel === 'D0FAULTS01' && call.args.thread_ts === message.ts);
    await until(async () => rateLimited() !== undefined && replies().length > 0, 60_000);
    // A client that waits out Retry-After posts again when it ends: wait past it before counting.
    await sleep(Math.max(0, posted + (retryAfterSeconds + 5) * 1000 - Date.now()));
    expect(replies()).toHaveLength(1);
    expect(rig.sink.messages.filter((mail) => JSON.stringify(mail.to).includes(address))).toHaveLength(1);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(100);
  }
}
