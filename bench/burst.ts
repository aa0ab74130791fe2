/**
 * `npm run bench:burst [-- --tickets 2000 --slack-messages 200 --connections 32 --deadline 180 --from-source]`
 * Options to compare: `--service-entry path/to/cli/bin.js` (another compiled build of credbot),
 * `--service-node-options=--max-old-space-size=128` (NODE_OPTIONS for the service), `--profile` (each
 * phase under `node --cpu-prof`, and what the service's CPU time went to).: end to end, a
 * burst of missing-credential requests until every learner has their email and every request its answer.
 *
 * In a database of its own (created and dropped again) on BENCH_DATABASE_URL (default: the local server), with
 * one published credential per learner (imported through the import code path):
 *
 * 1. Zendesk: credbot runs as a child process (`credbot start`, compiled as in production, or with --from-source
 *    through tsx as the fault suite runs it; LOG_LEVEL=warn) against an SMTP sink and a fake
 *    Zendesk API run by this script. A load-generator child (autocannon) delivers one signed trigger webhook per
 *    ticket, each a distinct ticket and learner, as fast as the webhook takes them; a delivery without a 2xx is
 *    delivered again, as Zendesk would. Measured: from the first delivery until every learner's email is in the
 *    sink and every ticket is answered (its public reply's marker tag).
 * 2. Slack: a fresh credbot with the Slack channel (HTTP mode) against a fake Slack Web API; one signed
 *    `message` event per learner in a support channel, each with the learner's address; measured until every
 *    email is in the sink and every message has its reply in the thread.
 *
 * Counted: emails beyond one per learner (distinct Message-IDs), copies of one email (same Message-ID), ticket
 * comments beyond one, thread replies beyond one, and what never arrived. The service's resident set size is
 * sampled every 200 ms (and VmHWM read). Queue backlogs are sampled every second, to show which stage holds the
 * burst back. Prints a table and one JSON line with every figure.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { type FakeSlack, startFakeSlack } from '../test/fakes/fake-slack.ts';
import { type FakeZendesk, hasCredbotAnswer, startFakeZendesk } from '../test/fakes/fake-zendesk.ts';
import { type SmtpSink, startSmtpSink } from '../test/fakes/smtp-sink.ts';
import { channelMessage, eventEnvelope, postEvent } from '../test/helpers/slack-requests.ts';
import { deliverZendeskWebhook, triggerPayload } from '../test/helpers/zendesk-delivery.ts';
import { createBenchDatabase } from './lib/bench-database.ts';
import { cpuMilliseconds, machineCpuTicks, projectRoot, runChild, sampleMemory } from './lib/child-processes.ts';
import { formatProfile, type ProfileSummary, summariseMainThreadProfile } from './lib/cpu-profile.ts';
import { ensureCompiledService } from './lib/compiled-service.ts';
import { SOURCE_ENTRY, startCredbotService, stopService, zendeskChannelEnv } from './lib/credbot-service.ts';
import { createMailTally } from './lib/delivery-tally.ts';
import { learnerAddress, missingCredentialText } from './lib/learners.ts';
import type { LoadPlan, LoadResult } from './lib/load-generator.ts';
import { formatTable, loadAverage, megabytes, round, sleep } from './lib/report.ts';
import { seedLearners } from './lib/seed-learners.ts';

const WEBHOOK_SECRET = 'bench-webhook-signing-secret';
const SLACK_SIGNING_SECRET = 'bench-slack-signing-secret';
const SUPPORT_CHANNEL = 'C0BENCH01';
/** A multiple of any ticket count used, so ticket n's learner (n mod tickets) runs through 0 … tickets-1. */
const FIRST_TICKET_ID = 1_000_000;
const SLACK_CONCURRENCY = 16;
/**
 * Answered before the Slack burst is measured. The Zendesk burst's 2,000 tickets outlast the start-up of a fresh
 * process; 200 Slack messages, about 2 s of work, would otherwise measure mostly the JIT warming up.
 */
const SLACK_WARM_UP_MESSAGES = 20;
/** Anything sent twice would arrive within moments of the first copy. */
const SETTLE_MS = 3000;
const TARGETS = { ticketsPerSecond: 100, duplicates: 0, lost: 0, peakRssMb: 250 };

interface QueueSample {
  /** Seconds since the burst began. */
  t: number;
  /** Per queue with work in it: jobs waiting (created or retry) and running. */
  queues: Record<string, { waiting: number; active: number }>;
  emails: number;
  answered: number;
}

interface PhaseResult {
  channel: 'zendesk' | 'slack';
  requests: number;
  /** From the first delivery until every delivery had its 2xx. */
  acceptSeconds: number;
  acceptedPerSecond: number;
  /** Deliveries that needed to be sent again (no 2xx the first time), and those never accepted after five more tries. */
  redelivered: number;
  neverAccepted: number;
  /** From the first delivery until every email and every answer was there (or the deadline). */
  endToEndSeconds: number;
  requestsPerSecond: number;
  finished: boolean;
  emailsReached: number;
  answered: number;
  duplicateEmails: number;
  resentCopies: number;
  duplicateAnswers: number;
  lostEmails: number;
  lostAnswers: number;
  unexpectedRecipients: number;
  /** pg-boss: jobs that failed at least once and were retried, by queue; jobs failed for good. */
  retriedJobs: Record<string, number>;
  failedJobs: number;
  peakRssMb: number;
  peakRssSampledMb: number;
  /** The service's resident set size once started, before the burst. */
  startRssMb: number;
  /** CPU time the service process, its PostgreSQL connections and this process used during the burst, in seconds. */
  serviceCpuSeconds: number;
  databaseCpuSeconds: number;
  benchCpuSeconds: number;
  /** How busy the machine's cores were during the burst (1: every core all the time), whoever used them. */
  machineBusyShare: number;
  /** CPU time of the service over its whole life, as a profile of it covers, in ms. */
  serviceLifetimeCpuMs: number;
  timeline: QueueSample[];
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      tickets: { type: 'string', default: '2000' },
      'slack-messages': { type: 'string', default: '200' },
      connections: { type: 'string', default: '32' },
      deadline: { type: 'string', default: '180' },
      'from-source': { type: 'boolean', default: false },
      'service-entry': { type: 'string' },
      profile: { type: 'boolean', default: false },
      'service-node-options': { type: 'string' },
    },
    strict: true,
  });
  const options = {
    tickets: Number(values.tickets),
    slackMessages: Number(values['slack-messages']),
    connections: Number(values.connections),
    deadlineSeconds: Number(values.deadline),
    fromSource: values['from-source'],
    serviceEntry: values['service-entry'],
    profile: values.profile,
    serviceNodeOptions: values['service-node-options'],
  };
  if (![options.tickets, options.slackMessages, options.connections, options.deadlineSeconds].every((value) => Number.isInteger(value) && value > 0)) {
    throw new Error('usage: --tickets N --slack-messages N --connections N --deadline SECONDS (positive integers)');
  }
  if (FIRST_TICKET_ID % options.tickets !== 0) throw new Error(`--tickets must divide ${FIRST_TICKET_ID}`);
  return options;
}

/** Samples the queue backlogs and the progress every second until stopped. */
function watchQueues(admin: postgres.Sql, startedAt: number, progress: () => { emails: number; answered: number }) {
  const timeline: QueueSample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await admin<{ name: string; waiting: string; active: string }[]>`
        select name,
               count(*) filter (where state in ('created', 'retry')) as waiting,
               count(*) filter (where state = 'active') as active
        from pgboss.job group by name`.catch(() => []);
      // Only the queues with work in them: the Slack phase runs in the database the Zendesk phase left behind.
      const queues: QueueSample['queues'] = {};
      for (const row of rows) {
        const [waiting, active] = [Number(row.waiting), Number(row.active)];
        if (waiting + active > 0) queues[row.name] = { waiting, active };
      }
      timeline.push({ t: round((Date.now() - startedAt) / 1000, 1), queues, ...progress() });
      await sleep(1000);
    }
  })();
  return {
    async stop(): Promise<QueueSample[]> {
      running = false;
      await loop;
      return timeline;
    },
  };
}

async function jobOutcomes(admin: postgres.Sql): Promise<{ retriedJobs: Record<string, number>; failedJobs: number }> {
  const rows = await admin<{ name: string; retried: string; failed: string }[]>`
    select name, count(*) filter (where retry_count > 0) as retried, count(*) filter (where state = 'failed') as failed
    from pgboss.job group by name`;
  return {
    retriedJobs: Object.fromEntries(rows.map((row) => [row.name, Number(row.retried)])),
    failedJobs: rows.reduce((sum, row) => sum + Number(row.failed), 0),
  };
}

interface CpuSnapshot {
  processMs: number;
  backendMs: Map<number, number>;
  benchMs: number;
  machine: { busy: number; total: number };
}

/**
 * CPU time so far of the service process, of its PostgreSQL connections (by application name) and of this
 * process (the SMTP sink and the fake APIs), and how busy the whole machine has been.
 */
async function cpuSnapshot(admin: postgres.Sql, pid: number): Promise<CpuSnapshot> {
  const backends = await admin<{ pid: number }[]>`
    select pid from pg_stat_activity where datname = current_database() and application_name = 'credbot'`;
  const own = process.cpuUsage();
  return {
    processMs: cpuMilliseconds(pid),
    backendMs: new Map(backends.map((backend) => [backend.pid, cpuMilliseconds(backend.pid)])),
    benchMs: (own.user + own.system) / 1000,
    machine: machineCpuTicks(),
  };
}

function cpuSecondsBetween(before: CpuSnapshot, after: CpuSnapshot) {
  let backendMs = 0;
  for (const [pid, ms] of after.backendMs) backendMs += ms - (before.backendMs.get(pid) ?? 0);
  return {
    serviceCpuSeconds: round((after.processMs - before.processMs) / 1000, 1),
    databaseCpuSeconds: round(backendMs / 1000, 1),
    benchCpuSeconds: round((after.benchMs - before.benchMs) / 1000, 1),
    machineBusyShare: round((after.machine.busy - before.machine.busy) / Math.max(after.machine.total - before.machine.total, 1), 2),
  };
}

async function waitUntil(done: () => boolean, deadline: number): Promise<boolean> {
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

interface PhaseWorld {
  serviceEntry: string;
  serviceEnv: Record<string, string>;
  databaseUrl: string;
  admin: postgres.Sql;
  sink: SmtpSink;
}

/** How a phase's requests went in. */
interface Deliveries extends Pick<PhaseResult, 'redelivered' | 'neverAccepted'> {
  /** When the first delivery went out, and when every delivery had its 2xx (or was given up). */
  startedAt: number;
  acceptedAt: number;
}

/** What sets one channel's burst apart; runPhase starts, measures and counts the same way for every channel. */
interface PhasePlan {
  channel: PhaseResult['channel'];
  /** The learner's address of each request, one a request. */
  addresses: string[];
  /** The channel's settings for the service. */
  serviceEnv: Record<string, string>;
  cpuProfileDir?: string;
  deadlineSeconds: number;
  /** Requests with their answer (the ticket updated, the thread replied to). */
  countAnswered(): number;
  /** Answers beyond one a request. */
  countDuplicateAnswers(): number;
  deliver(serviceUrl: string): Promise<Deliveries>;
  /**
   * Run once the service is up and before anything is measured: requests of their own, answered in full, so
   * that the burst meets a process that has run (start-up and JIT compilation are not the burst's cost).
   */
  warmUp?(serviceUrl: string): Promise<void>;
}

async function runPhase(world: PhaseWorld, phase: PhasePlan): Promise<PhaseResult> {
  const { admin, sink } = world;
  const { addresses } = phase;
  const requests = addresses.length;
  const service = await startCredbotService(
    world.serviceEntry,
    { ...world.serviceEnv, DATABASE_URL: world.databaseUrl, SMTP_URL: sink.url, ...phase.serviceEnv },
    { cpuProfileDir: phase.cpuProfileDir },
  );
  if (phase.warmUp) {
    await phase.warmUp(service.ready);
    sink.messages.length = 0;
  }
  const mail = createMailTally(sink.messages);
  const progress = () => {
    mail.update();
    return { emails: mail.countReached(addresses), answered: phase.countAnswered() };
  };
  const startRssMb = megabytes(service.memory().rssBytes);
  const memory = sampleMemory(service, 200);
  try {
    const cpuBefore = await cpuSnapshot(admin, service.pid);
    // The deliveries report when the first of them went out; the watcher starts now and is re-based on that.
    const watchStart = Date.now();
    const watcher = watchQueues(admin, watchStart, progress);
    const { startedAt, acceptedAt, redelivered, neverAccepted } = await phase.deliver(service.ready);

    const finished = await waitUntil(() => {
      const { emails, answered } = progress();
      return emails === requests && answered === requests;
    }, startedAt + phase.deadlineSeconds * 1000);
    const doneAt = Date.now();
    const cpu = cpuSecondsBetween(cpuBefore, await cpuSnapshot(admin, service.pid));
    await sleep(SETTLE_MS);
    const timeline = (await watcher.stop()).map((sample) => ({ ...sample, t: round(sample.t - (startedAt - watchStart) / 1000, 1) }));
    mail.update();
    const emails = mail.summarise(addresses);
    const answered = phase.countAnswered();
    const rss = memory.stop();
    const acceptSeconds = (acceptedAt - startedAt) / 1000;
    const endToEndSeconds = (doneAt - startedAt) / 1000;
    return {
      channel: phase.channel,
      requests,
      acceptSeconds: round(acceptSeconds, 2),
      acceptedPerSecond: round(requests / acceptSeconds, 1),
      redelivered,
      neverAccepted,
      endToEndSeconds: round(endToEndSeconds, 2),
      requestsPerSecond: round(answered / endToEndSeconds, 1),
      finished,
      emailsReached: mail.countReached(addresses),
      answered,
      duplicateEmails: emails.duplicateEmails,
      resentCopies: emails.resentCopies,
      duplicateAnswers: phase.countDuplicateAnswers(),
      lostEmails: emails.lost,
      lostAnswers: requests - answered,
      unexpectedRecipients: emails.unexpected,
      ...(await jobOutcomes(admin)),
      peakRssMb: megabytes(rss.peakRssBytes),
      peakRssSampledMb: megabytes(rss.peakSampledBytes),
      startRssMb,
      ...cpu,
      serviceLifetimeCpuMs: cpuMilliseconds(service.pid),
      timeline,
    };
  } finally {
    memory.stop();
    await stopService(service);
  }
}

async function runZendeskPhase(
  world: PhaseWorld & { zendesk: FakeZendesk },
  options: { tickets: number; connections: number; deadlineSeconds: number; cpuProfileDir?: string },
): Promise<PhaseResult> {
  const { zendesk } = world;
  const tickets = Array.from({ length: options.tickets }, (_, index) => FIRST_TICKET_ID + index);
  for (const id of tickets) zendesk.addTicket({ id, tags: ['web_form'] });
  const addressOf = (ticketId: number) => learnerAddress(ticketId % options.tickets);
  const isUpdated = (id: number) => hasCredbotAnswer(zendesk.tickets.get(id));

  return runPhase(world, {
    channel: 'zendesk',
    addresses: tickets.map(addressOf),
    serviceEnv: zendeskChannelEnv(zendesk.url, WEBHOOK_SECRET),
    cpuProfileDir: options.cpuProfileDir,
    deadlineSeconds: options.deadlineSeconds,
    countAnswered: () => tickets.filter(isUpdated).length,
    countDuplicateAnswers: () => tickets.reduce((sum, id) => sum + Math.max(0, (zendesk.tickets.get(id)?.comments.length ?? 0) - 1), 0),
    async deliver(serviceUrl) {
      const plan: LoadPlan = {
        url: serviceUrl,
        secret: WEBHOOK_SECRET,
        firstTicketId: FIRST_TICKET_ID,
        learners: options.tickets,
        connections: options.connections,
        amount: options.tickets,
      };
      const load = JSON.parse(await runChild({ entry: 'bench/lib/load-generator.ts', args: [JSON.stringify(plan)] })) as LoadResult;
      let acceptedAt = load.finishedAt;
      let notAccepted = load.notAccepted;
      for (let attempt = 0; attempt < 5 && notAccepted.length > 0; attempt++) {
        const statuses = await Promise.all(
          notAccepted.map(async (id) => {
            const body = triggerPayload({ id, comment: missingCredentialText(addressOf(id)), tags: ['web_form'], requester: { email: addressOf(id) } });
            const { status } = await deliverZendeskWebhook(serviceUrl, body, { secret: WEBHOOK_SECRET }).catch(() => ({ status: 0 }));
            return { id, status };
          }),
        );
        notAccepted = statuses.filter(({ status }) => status < 200 || status >= 300).map(({ id }) => id);
        acceptedAt = Date.now();
      }
      return { startedAt: load.startedAt, acceptedAt, redelivered: load.notAccepted.length, neverAccepted: notAccepted.length };
    },
  });
}

async function runSlackPhase(
  world: PhaseWorld & { slack: FakeSlack },
  options: { firstLearner: number; messages: number; deadlineSeconds: number; cpuProfileDir?: string },
): Promise<PhaseResult> {
  const { slack } = world;
  const learnersFrom = (first: number, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      address: learnerAddress(first + index),
      user: `UBENCH${String(first + index).padStart(6, '0')}`,
    }));
  const messagesFor = (learners: { address: string; user: string }[]) =>
    learners.map(({ address, user }) =>
      channelMessage({ channel: SUPPORT_CHANNEL, user, text: `Hi! ${missingCredentialText(`<mailto:${address}|${address}>`)}` }),
    );
  const learners = learnersFrom(options.firstLearner, options.messages);
  const messages = messagesFor(learners);
  const warmUpLearners = learnersFrom(options.firstLearner + options.messages, SLACK_WARM_UP_MESSAGES);
  const warmUpMessages = messagesFor(warmUpLearners);
  const repliesTo = () => {
    const count = new Map<string, number>();
    for (const call of slack.calls) {
      if (call.failed || (call.method !== 'chat.postEphemeral' && call.method !== 'chat.postMessage')) continue;
      const ts = String(call.args.thread_ts ?? '');
      count.set(ts, (count.get(ts) ?? 0) + 1);
    }
    return count;
  };

  return runPhase(world, {
    channel: 'slack',
    addresses: learners.map((learner) => learner.address),
    serviceEnv: {
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      SLACK_SUPPORT_CHANNELS: SUPPORT_CHANNEL,
    },
    deadlineSeconds: options.deadlineSeconds,
    cpuProfileDir: options.cpuProfileDir,
    countAnswered: () => {
      const replies = repliesTo();
      return messages.filter((message) => replies.has(message.ts)).length;
    },
    countDuplicateAnswers: () => {
      const replies = repliesTo();
      return messages.reduce((sum, message) => sum + Math.max(0, (replies.get(message.ts) ?? 0) - 1), 0);
    },
    async warmUp(serviceUrl) {
      await deliverSlackEvents(serviceUrl, warmUpMessages);
      const warmUpMail = createMailTally(world.sink.messages);
      const warmUpAddresses = warmUpLearners.map((learner) => learner.address);
      const doneAll = await waitUntil(() => {
        warmUpMail.update();
        const replies = repliesTo();
        return warmUpMail.countReached(warmUpAddresses) === warmUpAddresses.length && warmUpMessages.every((message) => replies.has(message.ts));
      }, Date.now() + 30_000);
      if (!doneAll) throw new Error('the Slack warm-up messages were not all emailed and answered within 30 s');
    },
    deliver: (serviceUrl) => deliverSlackEvents(serviceUrl, messages),
  });
}

/** Posts each message as a signed event, SLACK_CONCURRENCY at a time, again on a non-2xx answer (as Slack does). */
async function deliverSlackEvents(serviceUrl: string, messages: ReturnType<typeof channelMessage>[]): Promise<Deliveries> {
  const startedAt = Date.now();
  let redelivered = 0;
  let neverAccepted = 0;
  const queue = [...messages];
  const deliverNext = async () => {
    for (let message = queue.shift(); message; message = queue.shift()) {
      const envelope = eventEnvelope(message);
      for (let attempt = 0; ; attempt++) {
        const { status } = await postEvent(serviceUrl, envelope, { secret: SLACK_SIGNING_SECRET }).catch(() => ({ status: 0 }));
        if (status >= 200 && status < 300) break;
        if (attempt >= 5) {
          neverAccepted++;
          break;
        }
        redelivered++;
      }
    }
  };
  await Promise.all(Array.from({ length: SLACK_CONCURRENCY }, deliverNext));
  return { startedAt, acceptedAt: Date.now(), redelivered, neverAccepted };
}

/** The queue with the most jobs waiting, summed over the samples: the stage that held the burst back. */
function busiestQueue(timeline: QueueSample[]): string | undefined {
  const waited = new Map<string, number>();
  for (const sample of timeline) for (const [name, queue] of Object.entries(sample.queues)) waited.set(name, (waited.get(name) ?? 0) + queue.waiting);
  return [...waited].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The timeline, thinned to about a dozen rows: where each queue's backlog stood as the burst went through. */
function timelineTable(timeline: QueueSample[], queueNames: string[]): string {
  const step = Math.max(1, Math.ceil(timeline.length / 12));
  const rows: (string | number)[][] = [['t s', ...queueNames.map((name) => `${name} waiting/active`), 'emails', 'answered']];
  timeline.forEach((sample, index) => {
    if (index % step !== 0 && index !== timeline.length - 1) return;
    rows.push([
      sample.t,
      ...queueNames.map((name) => {
        const queue = sample.queues[name];
        return queue ? `${queue.waiting}/${queue.active}` : '0/0';
      }),
      sample.emails,
      sample.answered,
    ]);
  });
  return formatTable(rows);
}

async function main() {
  const options = parseOptions();
  const loadBefore = loadAverage();
  const database = await createBenchDatabase('credbot_bench_burst');
  const sink = await startSmtpSink();
  const zendesk = await startFakeZendesk();
  const slack = await startFakeSlack();
  const admin = postgres(database.url, { max: 1, onnotice: () => {} });
  const phases: PhaseResult[] = [];
  const profiles: { channel: PhaseResult['channel']; summary: ProfileSummary }[] = [];
  try {
    const learners = options.tickets + options.slackMessages + SLACK_WARM_UP_MESSAGES;
    process.stderr.write(`seeding ${learners} learners with a published credential each…\n`);
    await seedLearners(database.url, learners);
    const serviceEntry =
      options.serviceEntry ?? (options.fromSource ? SOURCE_ENTRY : await ensureCompiledService((line) => process.stderr.write(`${line}\n`)));
    const serviceEnv: Record<string, string> = options.serviceNodeOptions ? { NODE_OPTIONS: options.serviceNodeOptions } : {};
    const world = { serviceEntry, serviceEnv, databaseUrl: database.url, admin, sink, zendesk, slack };
    const profileDirOf = async (channel: PhaseResult['channel']) => {
      if (!options.profile) return {};
      const cpuProfileDir = path.join(projectRoot, 'bench/.out/profiles', `burst-${channel}-${Date.now()}`);
      await mkdir(cpuProfileDir, { recursive: true });
      return { cpuProfileDir };
    };
    const summariseProfile = async (channel: PhaseResult['channel'], profiling: { cpuProfileDir?: string }) => {
      const summary = profiling.cpuProfileDir ? await summariseMainThreadProfile(profiling.cpuProfileDir) : null;
      if (summary) profiles.push({ channel, summary });
    };
    const zendeskProfiling = await profileDirOf('zendesk');
    const zendeskPhase = await runZendeskPhase(world, { ...options, ...zendeskProfiling });
    await summariseProfile('zendesk', zendeskProfiling);
    phases.push(zendeskPhase);
    process.stderr.write(`zendesk: ${zendeskPhase.answered}/${zendeskPhase.requests} answered in ${zendeskPhase.endToEndSeconds} s\n`);
    sink.messages.length = 0;
    const slackProfiling = await profileDirOf('slack');
    const slackPhase = await runSlackPhase(world, {
      firstLearner: options.tickets,
      messages: options.slackMessages,
      deadlineSeconds: Math.min(options.deadlineSeconds, 90),
      ...slackProfiling,
    });
    await summariseProfile('slack', slackProfiling);
    phases.push(slackPhase);
  } finally {
    await admin.end({ timeout: 5 });
    await slack.close();
    await zendesk.close();
    await sink.close();
    await database.drop();
  }

  const [zendeskPhase, slackPhase] = phases as [PhaseResult, PhaseResult];
  const meets = {
    ticketsPerSecond: zendeskPhase.finished && zendeskPhase.requestsPerSecond >= TARGETS.ticketsPerSecond,
    // The same rate for Slack messages. 200 of them are about 2 s of work, so the pipeline's depth (accepted,
    // decided, emailed and answered: each hop a job) weighs on this figure more than on the tickets'.
    slackMessagesPerSecond: slackPhase.finished && slackPhase.requestsPerSecond >= TARGETS.ticketsPerSecond,
    noDuplicates: phases.every((phase) => phase.duplicateEmails + phase.resentCopies + phase.duplicateAnswers === 0),
    noLosses: phases.every((phase) => phase.lostEmails + phase.lostAnswers + phase.neverAccepted === 0),
    peakRss: phases.every((phase) => phase.peakRssMb <= TARGETS.peakRssMb),
  };

  console.log(
    `\nBurst end to end on PostgreSQL: credbot as a child process (${options.serviceEntry ?? (options.fromSource ? 'from source, through tsx' : 'compiled, as in production')}; LOG_LEVEL=warn), SMTP sink and fake Zendesk / Slack APIs in this ` +
      `process, deliveries from a load-generator child (Zendesk, ${options.connections} connections) or this process (Slack, ${SLACK_CONCURRENCY} at a time). ` +
      `Load average ${loadBefore} before, ${loadAverage()} after (${availableParallelism()} cores; the machine may be shared).\n`,
  );
  const rows: (string | number)[][] = [
    ['channel', 'requests', 'redelivered', 'refused', 'accepted in s', 'done in s', 'req/s end to end', 'emails', 'answers', 'dup emails', 'resent copies', 'dup answers', 'lost emails', 'lost answers', 'retried jobs', 'RSS at start MB', 'peak RSS MB', 'service CPU s', 'PG CPU s', 'bench CPU s', 'machine busy'],
  ];
  for (const phase of phases) {
    rows.push([
      phase.channel,
      phase.requests,
      phase.redelivered,
      phase.neverAccepted,
      phase.acceptSeconds,
      phase.finished ? phase.endToEndSeconds : `>${phase.endToEndSeconds}`,
      phase.requestsPerSecond,
      phase.emailsReached,
      phase.answered,
      phase.duplicateEmails,
      phase.resentCopies,
      phase.duplicateAnswers,
      phase.lostEmails,
      phase.lostAnswers,
      Object.values(phase.retriedJobs).reduce((sum, count) => sum + count, 0),
      phase.startRssMb,
      phase.peakRssMb,
      phase.serviceCpuSeconds,
      phase.databaseCpuSeconds,
      phase.benchCpuSeconds,
      `${Math.round(phase.machineBusyShare * 100)}%`,
    ]);
  }
  console.log(formatTable(rows));
  for (const phase of phases) {
    const perRequest = (seconds: number) => round((seconds * 1000) / phase.requests, 1);
    console.log(
      `${phase.channel}: jobs waited longest in ${busiestQueue(phase.timeline) ?? '(none)'}; CPU per request: service ${perRequest(phase.serviceCpuSeconds)} ms, ` +
        `PostgreSQL ${perRequest(phase.databaseCpuSeconds)} ms, this process (sink, fakes) ${perRequest(phase.benchCpuSeconds)} ms; ` +
        `the machine's cores were ${Math.round(phase.machineBusyShare * 100)}% busy`,
    );
  }
  console.log(`\nZendesk burst, queue backlogs (waiting/active jobs) as it went:`);
  console.log(timelineTable(zendeskPhase.timeline, ['zendesk-message', 'zendesk-reply', 'send-email']));
  console.log(`\nSlack burst, queue backlogs:`);
  console.log(timelineTable(slackPhase.timeline, ['slack-message', 'slack-reply', 'send-email']));
  console.log(
    `\ntargets: ≥ ${TARGETS.ticketsPerSecond} tickets/s end to end: ${zendeskPhase.requestsPerSecond} ${meets.ticketsPerSecond ? 'met' : 'MISSED'}; ` +
      `Slack messages: ${slackPhase.requestsPerSecond}/s ${meets.slackMessagesPerSecond ? 'met' : 'MISSED'}; ` +
      `no duplicates: ${meets.noDuplicates ? 'met' : 'MISSED'}; nothing lost: ${meets.noLosses ? 'met' : 'MISSED'}; ` +
      `peak RSS ≤ ${TARGETS.peakRssMb} MB: ${Math.max(...phases.map((phase) => phase.peakRssMb))} ${meets.peakRss ? 'met' : 'MISSED'}`,
  );
  for (const { channel, summary } of profiles) {
    const phase = channel === 'zendesk' ? zendeskPhase : slackPhase;
    const title = `credbot during the ${channel === 'zendesk' ? 'Zendesk' : 'Slack'} burst (profiled: its figures above include the profiler)`;
    console.log(`\n${formatProfile(title, summary, path.relative(projectRoot, summary.file), phase.serviceLifetimeCpuMs)}`);
  }
  console.log(
    JSON.stringify({
      benchmark: 'burst',
      tickets: options.tickets,
      slackMessages: options.slackMessages,
      connections: options.connections,
      phases,
      targets: TARGETS,
      meets,
      ...(profiles.length > 0
        ? { profiles: profiles.map(({ channel, summary }) => ({ channel, ...summary, file: path.relative(projectRoot, summary.file) })) }
        : {}),
      loadAverage: { before: loadBefore, after: loadAverage() },
      cores: availableParallelism(),
    }),
  );
}

await main();
