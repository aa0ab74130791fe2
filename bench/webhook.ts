/**
 * `npm run bench:webhook [-- --rounds 3 --duration 20 --rate 200 --flat-connections 64 --loads rate,flat --no-split
 * --profile --without-workers --from-source --service-node-options=…]`: the Zendesk webhook's acknowledgement path on PostgreSQL, against a floor.
 *
 * In a database of its own (created and dropped again) on BENCH_DATABASE_URL (default: the local server):
 * credbot runs as a child process (`credbot start` compiled, as in production; --from-source: through tsx, as the
 * fault suite runs it; LOG_LEVEL=warn) with its Zendesk channel on, against a fake Zendesk API and an SMTP sink
 * run by this script, so its workers consume the jobs concurrently, as in production. The floor is a bare
 * node:http server in a child of its own that checks the same signature and inserts one row with postgres.js
 * (bench/lib/floor-server.ts). A load-generator child (autocannon) sends signed trigger deliveries, each a
 * distinct ticket and comment, to one then the other: at a fixed rate, then flat out, each after a few seconds of
 * warm-up. autocannon's rate is a quota per second that each connection sends at the second's start
 * (load-generator.ts): 200/s arrives as a burst of about 200 requests once a second, and the p99 is mostly how long
 * the target takes to work through a burst, with whatever else it and the machine are doing. Each run gets a fresh
 * target; the queue the service built up is emptied after its run, so no run inherits another's backlog. Rounds
 * alternate which target goes first; ratios are taken within a round (the machine may be shared), and the medians
 * over rounds are reported: three by default, since a p99 over 20 s at 200/s is the 40th-slowest answer, and the
 * floor's alone moves between 30 and 130 ms from one run to the next.
 *
 * Besides latency and throughput, each run reports what a request cost: CPU time of the target process and of its
 * PostgreSQL connections, transactions committed, write-ahead log written and flushes of it, per 2xx answer. On a
 * shared machine these move much less than requests per second do.
 *
 * Besides the one-process service, credbot-split runs the same service split in two (SERVICE_ROLE=web, and
 * SERVICE_ROLE=worker at nice 10, as an operator would run them under load): its figures are the web process's.
 * --without-workers adds the web process with no worker anywhere: a diagnosis of the route's own cost.
 * --loads rate (or flat) measures one load only; --no-split leaves credbot-split out: quicker looks at one figure.
 * --service-node-options sets NODE_OPTIONS for the credbot processes (e.g. `--import=./hook.mjs` to observe them).
 * --profile adds one more run of each credbot target per load under `node --cpu-prof` (not counted in the figures)
 * and prints what its CPU time went to.
 * --wal-by-table prints, after each credbot run, the write-ahead log it wrote per request by table and index (the
 * job queue's tables named after their queue), read with PostgreSQL's pg_walinspect (which needs a superuser).
 * Prints a table and one JSON line with every figure.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism, setPriority } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { startFakeZendesk } from '../test/fakes/fake-zendesk.ts';
import { startSmtpSink } from '../test/fakes/smtp-sink.ts';
import { createBenchDatabase } from './lib/bench-database.ts';
import { cpuMilliseconds, projectRoot, type RunningChild, runChild, startChild } from './lib/child-processes.ts';
import { formatProfile, type ProfileSummary, summariseMainThreadProfile } from './lib/cpu-profile.ts';
import { ensureCompiledService } from './lib/compiled-service.ts';
import { answerForEveryTicket, SOURCE_ENTRY, startCredbotService, stopService, zendeskChannelEnv } from './lib/credbot-service.ts';
import type { LoadPlan, LoadResult } from './lib/load-generator.ts';
import { formatTable, loadAverage, median, megabytes, round, sleep } from './lib/report.ts';
import { seedLearners } from './lib/seed-learners.ts';

const WEBHOOK_SECRET = 'bench-webhook-signing-secret';
const LEARNERS = 20_000;
const FIRST_TICKET_ID = 1_000_000;
const TICKETS_PER_RUN = 1_000_000;
/** Enough that a connection waiting for a slow answer does not hold the rate back (each sends rate/100 per second). */
const RATE_CONNECTIONS = 100;
const WARM_UP_SECONDS = 3;
const TARGETS = { throughputRatio: 0.7, p99RatioAtRate: 1.5 };

type Target = 'floor' | 'credbot' | 'credbot-split' | 'credbot-no-workers';
/** Nice value of the split service's worker process: the acknowledgements get the CPU first. */
const WORKER_NICENESS = 10;
type Mode = 'rate' | 'flat';

interface CostSnapshot {
  processCpuMs: number;
  backendCpuMs: Map<number, number>;
  commits: number;
  /** Position in PostgreSQL's write-ahead log, as PostgreSQL writes it (`16/B374D848`). */
  walLsn: string;
  /** Times the server has flushed its write-ahead log to disk (pg_stat_wal's wal_sync, the whole server's). */
  walFlushes: number;
  /** Messages credbot has decided so far (its support_requests rows). */
  decided: number;
}

interface RunCost {
  /** CPU time of the target process per 2xx answer, in ms (its workers' too, when they run). */
  processCpuMsPerRequest: number;
  /** CPU time of the target's PostgreSQL connections per 2xx answer, in ms. */
  databaseCpuMsPerRequest: number;
  /** Transactions committed in the database per 2xx answer (the workers' too, when they run). */
  transactionsPerRequest: number;
  /**
   * Write-ahead log written per 2xx answer, in kB (the whole server's; nothing else writes during a run). An
   * acknowledgement's commit waits until the log is flushed up to it, so the more the workers write, the longer
   * that flush takes.
   */
  walKbPerRequest: number;
  /**
   * Flushes of the write-ahead log per 2xx answer. A durable commit waits for a flush reaching it; while another
   * is under way it waits for that one first, so every durable commit the workers make can delay an acknowledgement.
   */
  walFlushesPerRequest: number;
  /**
   * Messages decided per 2xx answer during the run: below 1, the workers fell behind and a backlog grew (at a rate
   * beyond what the machine can handle end to end, or while they gave way to the acknowledgements).
   */
  decidedPerRequest: number;
}

function costPerRequest(before: CostSnapshot, after: CostSnapshot, requests: number): RunCost {
  const perRequest = (value: number) => round(value / Math.max(requests, 1), 3);
  let backendMs = 0;
  for (const [pid, ms] of after.backendCpuMs) backendMs += ms - (before.backendCpuMs.get(pid) ?? 0);
  return {
    processCpuMsPerRequest: perRequest(after.processCpuMs - before.processCpuMs),
    databaseCpuMsPerRequest: perRequest(backendMs),
    // Less the snapshots' own statements that commit between the two counts (the first count, the second pid list).
    transactionsPerRequest: perRequest(after.commits - before.commits - 2),
    walKbPerRequest: perRequest((walPosition(after.walLsn) - walPosition(before.walLsn)) / 1024),
    walFlushesPerRequest: perRequest(after.walFlushes - before.walFlushes),
    decidedPerRequest: perRequest(after.decided - before.decided),
  };
}

interface RunFigures extends LoadResult, RunCost {
  target: Target;
  mode: Mode;
  round: number;
  peakRssBytes: number;
  /** CPU time of the target process over its whole life (warm-up included), as a profile of it covers. */
  lifetimeCpuMs: number;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '20' },
      rate: { type: 'string', default: '200' },
      'flat-connections': { type: 'string', default: '64' },
      profile: { type: 'boolean', default: false },
      'without-workers': { type: 'boolean', default: false },
      'from-source': { type: 'boolean', default: false },
      'service-node-options': { type: 'string' },
      'wal-by-table': { type: 'boolean', default: false },
      loads: { type: 'string', default: 'rate,flat' },
      split: { type: 'boolean', default: true },
    },
    allowNegative: true,
    strict: true,
  });
  const options = {
    rounds: Number(values.rounds),
    durationSeconds: Number(values.duration),
    rate: Number(values.rate),
    flatConnections: Number(values['flat-connections']),
    profile: values.profile,
    withoutWorkers: values['without-workers'],
    fromSource: values['from-source'],
    serviceNodeOptions: values['service-node-options'],
    walByTable: values['wal-by-table'],
    modes: (['rate', 'flat'] as const).filter((mode) => values.loads.split(',').some((given) => given.trim() === mode)),
    split: values.split,
  };
  if (options.modes.length === 0) throw new Error('usage: --loads takes rate, flat or both, separated by a comma');
  if (![options.rounds, options.durationSeconds, options.rate, options.flatConnections].every((value) => Number.isInteger(value) && value > 0)) {
    throw new Error('usage: --rounds N --duration SECONDS --rate PER_SECOND --flat-connections N [--profile] (positive integers)');
  }
  return options;
}

async function main() {
  const options = parseOptions();
  const serviceEntry = options.fromSource ? SOURCE_ENTRY : await ensureCompiledService((line) => process.stderr.write(`${line}\n`));
  const loadBefore = loadAverage();
  const database = await createBenchDatabase('credbot_bench_webhook');
  const sink = await startSmtpSink();
  const zendesk = await startFakeZendesk();
  answerForEveryTicket(zendesk, FIRST_TICKET_ID);
  const admin = postgres(database.url, { max: 1, onnotice: () => {} });
  const serviceEnv = {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    ...zendeskChannelEnv(zendesk.url, WEBHOOK_SECRET),
    ...(options.serviceNodeOptions ? { NODE_OPTIONS: options.serviceNodeOptions } : {}),
  };
  let nextTicketId = FIRST_TICKET_ID;
  const runs: RunFigures[] = [];

  /**
   * What the target and its PostgreSQL backends have used so far: the CPU time of the process and of each of its
   * connections (found by application name), and the transactions committed in the database. On a shared
   * machine, CPU time per request says more than requests per second, which depend on what else runs.
   */
  const costSnapshot = async (pid: number, target: Target): Promise<CostSnapshot> => {
    await sleep(1500); // PostgreSQL publishes a backend's transaction counts at most once a second
    const applicationName = target === 'floor' ? 'bench-floor' : target === 'credbot' ? 'credbot' : 'credbot-web';
    const backends = await admin<{ pid: number }[]>`
      select pid from pg_stat_activity where datname = current_database() and application_name = ${applicationName}`;
    const [stats] = await admin<{ commits: string; lsn: string; flushes: string; decided: string }[]>`
      select xact_commit as commits, pg_current_wal_lsn()::text as lsn, (select wal_sync from pg_stat_wal) as flushes,
        (select count(*) from support_requests) as decided
      from pg_stat_database where datname = current_database()`;
    return {
      processCpuMs: cpuMilliseconds(pid),
      backendCpuMs: new Map(backends.map((backend) => [backend.pid, cpuMilliseconds(backend.pid)])),
      commits: Number(stats?.commits ?? 0),
      walLsn: stats?.lsn ?? '0/0',
      walFlushes: Number(stats?.flushes ?? 0),
      decided: Number(stats?.decided ?? 0),
    };
  };

  /** One measured run: a fresh target, the load generator against it, its peak RSS, then a clean slate. */
  const measure = async (target: Target, mode: Mode, round: number, cpuProfileDir?: string): Promise<RunFigures> => {
    const profiling = cpuProfileDir ? { cpuProfileDir } : {};
    const child: RunningChild =
      target === 'floor'
        ? await startChild({
            entry: 'bench/lib/floor-server.ts',
            env: { DATABASE_URL: database.url, ZENDESK_WEBHOOK_SECRET: WEBHOOK_SECRET },
            readyPattern: /floor listening on (http:\/\/[^\s]+)/,
          })
        : await startCredbotService(serviceEntry, { ...serviceEnv, SERVICE_ROLE: target === 'credbot' ? 'all' : 'web' }, profiling);
    const worker = target === 'credbot-split' ? await startCredbotService(serviceEntry, { ...serviceEnv, SERVICE_ROLE: 'worker' }) : undefined;
    if (worker) setPriority(worker.pid, WORKER_NICENESS);
    let result: LoadResult;
    let peakRssBytes: number;
    let cost: RunCost;
    let lifetimeCpuMs: number;
    try {
      const load = async (durationSeconds: number): Promise<LoadResult> => {
        const plan: LoadPlan = {
          url: child.ready,
          secret: WEBHOOK_SECRET,
          firstTicketId: nextTicketId,
          learners: LEARNERS,
          connections: mode === 'rate' ? RATE_CONNECTIONS : options.flatConnections,
          durationSeconds,
          ...(mode === 'rate' ? { rate: options.rate } : {}),
        };
        nextTicketId += TICKETS_PER_RUN;
        return JSON.parse(await runChild({ entry: 'bench/lib/load-generator.ts', args: [JSON.stringify(plan)] })) as LoadResult;
      };
      await load(WARM_UP_SECONDS);
      const before = await costSnapshot(child.pid, target);
      result = await load(options.durationSeconds);
      peakRssBytes = child.memory().peakRssBytes;
      const after = await costSnapshot(child.pid, target);
      cost = costPerRequest(before, after, result.status2xx);
      if (options.walByTable && target !== 'floor') {
        process.stderr.write(`round ${round} ${mode} ${target}, WAL per request by table:\n${await walByTable(admin, before.walLsn, after.walLsn, result.status2xx)}\n`);
      }
      lifetimeCpuMs = cpuMilliseconds(child.pid);
    } finally {
      if (target !== 'floor') await stopService(child);
      else await child.stop('SIGTERM');
      if (worker) await stopService(worker);
    }
    // The next run starts from nothing: no backlog of jobs, no rows, no recorded calls.
    await admin.unsafe(`
      do $$ begin if to_regclass('pgboss.job') is not null then delete from pgboss.job; end if; end $$;
      truncate support_requests, outbound_emails cascade;
      drop table if exists floor_deliveries`);
    // Nor does it pay for this one's clean-up: the dead job rows (autovacuum would clean them up during the next
    // run) and the dirty pages (a checkpoint would write them out during it). VACUUM runs outside a transaction.
    const [jobTable] = await admin`select to_regclass('pgboss.job') is not null as present`;
    if (jobTable?.present) await admin.unsafe('vacuum pgboss.job');
    await admin.unsafe('checkpoint');
    sink.messages.length = 0;
    zendesk.requests.length = 0;
    zendesk.tickets.clear();
    const figures: RunFigures = { ...result, target, mode, round, peakRssBytes, lifetimeCpuMs, ...cost };
    process.stderr.write(
      `round ${round} ${mode} ${target}: ${round1(figures.acceptedPerSecond)} accepted/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, ` +
        `non-2xx ${figures.non2xx}, errors ${figures.errors}, peak RSS ${megabytes(peakRssBytes)} MB, CPU per request ${figures.processCpuMsPerRequest} ms ` +
        `+ PostgreSQL ${figures.databaseCpuMsPerRequest} ms, ${figures.transactionsPerRequest} transactions, ${figures.walKbPerRequest} kB of WAL, ` +
        `${figures.walFlushesPerRequest} WAL flushes, ${figures.decidedPerRequest} decided\n`,
    );
    return figures;
  };

  const measured: Target[] = ['floor', 'credbot', ...(options.split ? (['credbot-split'] as const) : []), ...(options.withoutWorkers ? (['credbot-no-workers'] as const) : [])];
  const profiles: { target: Target; mode: Mode; summary: ProfileSummary; processCpuMs: number }[] = [];
  try {
    process.stderr.write(`seeding ${LEARNERS} learners with a published credential each…\n`);
    await seedLearners(database.url, LEARNERS);
    for (let round = 1; round <= options.rounds; round++) {
      const order = round % 2 === 1 ? measured : [...measured].reverse();
      for (const mode of options.modes) {
        for (const target of order) runs.push(await measure(target, mode, round));
        await sleep(1000);
      }
    }
    const profiled: Target[] = options.profile ? measured.filter((target) => target !== 'floor') : [];
    for (const target of profiled) {
      for (const mode of options.modes) {
        const directory = path.join(projectRoot, 'bench/.out/profiles', `webhook-${target}-${mode}-${Date.now()}`);
        await mkdir(directory, { recursive: true });
        const { lifetimeCpuMs } = await measure(target, mode, 0, directory);
        const summary = await summariseMainThreadProfile(directory);
        if (summary) profiles.push({ target, mode, summary, processCpuMs: lifetimeCpuMs });
      }
    }
  } finally {
    await admin.end({ timeout: 5 });
    await zendesk.close();
    await sink.close();
    await database.drop();
  }

  const pick = (target: Target, mode: Mode) => runs.filter((run) => run.target === target && run.mode === mode);
  const summarise = (target: Target, mode: Mode) => {
    const selected = pick(target, mode);
    return {
      acceptedPerSecond: round(median(selected.map((run) => run.acceptedPerSecond)), 1),
      p50Ms: median(selected.map((run) => run.latencyMs.p50)),
      p99Ms: median(selected.map((run) => run.latencyMs.p99)),
      maxMs: median(selected.map((run) => run.latencyMs.max)),
      non2xx: selected.reduce((sum, run) => sum + run.non2xx, 0),
      errors: selected.reduce((sum, run) => sum + run.errors + run.timeouts, 0),
      peakRssMb: megabytes(Math.max(...selected.map((run) => run.peakRssBytes))),
      processCpuMsPerRequest: round(median(selected.map((run) => run.processCpuMsPerRequest)), 3),
      databaseCpuMsPerRequest: round(median(selected.map((run) => run.databaseCpuMsPerRequest)), 3),
      transactionsPerRequest: round(median(selected.map((run) => run.transactionsPerRequest)), 2),
      walKbPerRequest: round(median(selected.map((run) => run.walKbPerRequest)), 2),
      walFlushesPerRequest: round(median(selected.map((run) => run.walFlushesPerRequest)), 2),
      decidedPerRequest: round(median(selected.map((run) => run.decidedPerRequest)), 2),
    };
  };
  /** Per-round ratio of a credbot target to the floor, then the median over rounds. */
  const ratio = (target: Target, mode: Mode, value: (run: RunFigures) => number) => {
    const perRound = Array.from({ length: options.rounds }, (_, index) => {
      const ours = runs.find((run) => run.round === index + 1 && run.mode === mode && run.target === target);
      const floor = runs.find((run) => run.round === index + 1 && run.mode === mode && run.target === 'floor');
      return ours && floor ? value(ours) / Math.max(value(floor), 1e-9) : Number.NaN;
    });
    return round(median(perRound), 2);
  };
  const ratiosOf = (target: Target, mode: Mode) => ({
    throughput: ratio(target, mode, (run) => run.acceptedPerSecond),
    p50: ratio(target, mode, (run) => run.latencyMs.p50),
    p99: ratio(target, mode, (run) => run.latencyMs.p99),
    max: ratio(target, mode, (run) => run.latencyMs.max),
  });

  const modes = options.modes;
  const summary = Object.fromEntries(modes.map((mode) => [mode, Object.fromEntries(measured.map((target) => [target, summarise(target, mode)]))]));
  const ratiosFor = (target: Target) => Object.fromEntries(modes.map((mode) => [mode, ratiosOf(target, mode)])) as Partial<Record<Mode, ReturnType<typeof ratiosOf>>>;
  const ratios = ratiosFor('credbot');
  const ratiosSplit = options.split ? ratiosFor('credbot-split') : null;
  const ratiosWithoutWorkers = options.withoutWorkers ? ratiosFor('credbot-no-workers') : null;
  // A target is judged only on the load that measures it (--loads may leave one out).
  const meetsOf = (r: typeof ratios) => ({
    ...(r.flat ? { throughput: r.flat.throughput >= TARGETS.throughputRatio } : {}),
    ...(r.rate ? { p99AtRate: r.rate.p99 <= TARGETS.p99RatioAtRate } : {}),
  });
  const meets = meetsOf(ratios);
  const meetsSplit = ratiosSplit ? meetsOf(ratiosSplit) : null;

  const rows: (string | number)[][] = [
    ['load', 'target', 'req/s (2xx)', 'p50 ms', 'p99 ms', 'max ms', 'non-2xx', 'errors', 'peak RSS MB', 'CPU ms/req', 'PG CPU ms/req', 'tx/req', 'WAL kB/req', 'WAL flushes/req', 'decided/req'],
  ];
  // A ratio row fills the latency columns only; the cost columns after them stay empty.
  const padded = (row: (string | number)[]) => [...row, ...new Array<string>(Math.max(0, (rows[0]?.length ?? 0) - row.length)).fill('')];
  for (const mode of modes) {
    const label = mode === 'rate' ? `${options.rate}/s` : `flat, ${options.flatConnections} conn`;
    for (const target of measured) {
      const figures = summarise(target, mode);
      rows.push([
        label,
        target,
        figures.acceptedPerSecond,
        figures.p50Ms,
        figures.p99Ms,
        figures.maxMs,
        figures.non2xx,
        figures.errors,
        figures.peakRssMb,
        figures.processCpuMsPerRequest,
        figures.databaseCpuMsPerRequest,
        figures.transactionsPerRequest,
        figures.walKbPerRequest,
        figures.walFlushesPerRequest,
        figures.decidedPerRequest,
      ]);
    }
    for (const [target, r] of [['credbot', ratios[mode]], ['credbot-split', ratiosSplit?.[mode]], ['credbot-no-workers', ratiosWithoutWorkers?.[mode]]] as const) {
      if (r) rows.push(padded([label, `${target} / floor`, r.throughput, r.p50, r.p99, r.max]));
    }
  }

  console.log(
    `\nZendesk webhook acknowledgement on PostgreSQL, credbot ${options.fromSource ? 'from source (tsx)' : 'compiled'}: medians of ${options.rounds} round(s) of ${options.durationSeconds} s per run ` +
      `(after ${WARM_UP_SECONDS} s of warm-up); ratios taken within each round. credbot's workers consume the jobs concurrently ` +
      `(fake Zendesk API and SMTP sink in this process), as in production; credbot-split is the same service as a web process ` +
      `and a worker process at nice ${WORKER_NICENESS} (figures of the web process)` +
      `${options.withoutWorkers ? '; credbot-no-workers is the web process with no worker at all (a diagnosis, not how credbot runs)' : ''}. Load average ${loadBefore} before, ${loadAverage()} after ` +
      `(2 cores; the machine may be shared).\n`,
  );
  console.log(formatTable(rows));
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  for (const [target, r, m] of [['credbot', ratios, meets], ['credbot-split', ratiosSplit, meetsSplit]] as const) {
    if (!r || !m) continue;
    const judged = [
      ...(r.flat ? [`throughput ≥ ${TARGETS.throughputRatio} of the floor's: ${r.flat.throughput} ${verdict(m.throughput ?? false)}`] : []),
      ...(r.rate ? [`p99 at ${options.rate}/s ≤ ${TARGETS.p99RatioAtRate}× the floor's: ${r.rate.p99} ${verdict(m.p99AtRate ?? false)}`] : []),
    ];
    console.log(`${target === 'credbot' ? '\n' : ''}targets, ${target}: ${judged.join('; ')}`);
  }
  for (const { target, mode, summary: profile, processCpuMs } of profiles) {
    const load = mode === 'rate' ? `${options.rate} requests/s` : 'flat-out load';
    console.log(`\n${formatProfile(`${target} under ${load}`, profile, path.relative(projectRoot, profile.file), processCpuMs)}`);
  }
  console.log(
    JSON.stringify({
      benchmark: 'webhook',
      rounds: options.rounds,
      durationSeconds: options.durationSeconds,
      rate: options.rate,
      rateConnections: RATE_CONNECTIONS,
      flatConnections: options.flatConnections,
      summary,
      ratios,
      ratiosSplit,
      ...(ratiosWithoutWorkers ? { ratiosWithoutWorkers } : {}),
      targets: TARGETS,
      meets,
      meetsSplit,
      runs: runs.map(({ statusCodes: _codes, nextTicketId: _next, ...run }) => ({ ...run, peakRssMb: megabytes(run.peakRssBytes) })),
      profiles: profiles.map(({ target, mode, summary: profile, processCpuMs }) => ({ target, mode, ...profile, processCpuMs, file: path.relative(projectRoot, profile.file) })),
      loadAverage: { before: loadBefore, after: loadAverage() },
      cores: availableParallelism(),
    }),
  );
}

const round1 = (value: number) => round(value, 1);

await main();

/**
 * What the log between two positions wrote, per request, by the table or index each record changed: a table's
 * row records and full-page images, its TOAST table's as `<table> (TOAST)`, and the job queue's tables by queue.
 */
async function walByTable(admin: postgres.Sql, fromLsn: string, toLsn: string, requests: number): Promise<string> {
  await admin`create extension if not exists pg_walinspect`;
  const rows = await admin<{ relation: string; records: string; bytes: string; fullPageBytes: string }[]>`
    with records as (
      select (regexp_match(block_ref, 'rel \\d+/\\d+/(\\d+)'))[1]::oid as filenode, record_length, fpi_length
      -- Asynchronous commits may not be flushed yet, and pg_walinspect reads only what is.
      from pg_get_wal_records_info(${fromLsn}::pg_lsn, least(${toLsn}::pg_lsn, pg_current_wal_flush_lsn()))
    ), named as (
      select coalesce(
               queue.name || ' (job queue)' || substr(class.relname, length(queue.partition_name) + 1),
               toasted.relname || ' (TOAST)',
               class.relname,
               '(no table: commits and other records)'
             ) as relation,
             record_length, fpi_length
      from records
      left join pg_class class on class.relfilenode = records.filenode
      left join pg_class toasted on toasted.reltoastrelid = class.oid
      left join pgboss.queue queue on class.relname like queue.partition_name || '%'
    )
    select relation, count(*) as records, sum(record_length) as bytes, sum(fpi_length) as "fullPageBytes"
    from named group by relation order by sum(record_length) desc limit 25`;
  const perRequest = (value: string) => round(Number(value) / Math.max(requests, 1), 2);
  return formatTable([
    ['table or index', 'records/req', 'bytes/req', 'of which full pages'],
    ...rows.map((row) => [row.relation, perRequest(row.records), perRequest(row.bytes), perRequest(row.fullPageBytes)]),
  ]);
}

/** A log sequence number (`16/B374D848`: high and low 32 bits in hex) as a byte position. */
function walPosition(lsn: string): number {
  const [high = '0', low = '0'] = lsn.split('/');
  return Number.parseInt(high, 16) * 2 ** 32 + Number.parseInt(low, 16);
}
