/**
 * `npm run bench:path [-- --runs 3 --idle-seconds 30]`: what ONE Zendesk ticket that gets a retrieve email crosses
 * on its way through credbot, counted so that anyone can re-run the count on any commit (issue 17 asks
 * docs/architecture.md to show the path with these numbers, smaller than before):
 *
 * - Files: the project's source files with at least one function that ran for that ticket. The service runs with
 *   NODE_V8_COVERAGE and a small `--import` hook (written into bench/.out/) that calls `v8.takeCoverage()` on
 *   SIGUSR2; each call writes a report of the counts so far and resets them, so a signal before and one after the
 *   ticket frame exactly its work. Compiled dist/ files are named by their src/ paths; files that hold only types
 *   leave no code and are never counted. The classifier (src/core/intent/) is counted apart.
 * - Stores: the tables with rows inserted, updated or deleted meanwhile (pg_stat_user_tables, pg-boss's queue
 *   partitions named by their queue).
 * - Commits: the bench database's pg_stat_database.xact_commit over the ticket, read from a connection to another
 *   database; the statements this script ran in the bench database are subtracted. The service's job workers poll
 *   on their own (every 2 s; the service has no setting for it), so an idle window is measured first and its
 *   rate times each window's length is subtracted too; three tickets give a minimum and a median. Exact, and
 *   free of that noise: the transactions that wrote in the bench database, read from the WAL with pg_walinspect
 *   (PostgreSQL 15+ contrib; left out where it is missing), each with the tables it wrote.
 *
 * In a database of its own (created and dropped again) on BENCH_DATABASE_URL (default: the local server), credbot
 * runs compiled as a child process (`credbot start`, as bench:burst runs it) against an SMTP sink and a fake
 * Zendesk API run by this script; each ticket is one signed trigger webhook. Three warm-up tickets run first (start-
 * up and first calls are not a ticket's path). A ticket is done when its learner's email is in the sink, the ticket
 * carries credbot's answer, and no job is waiting or running. PostgreSQL flushes a backend's statistics within about
 * 10 s of it going idle, so every reading waits SETTLE_MS first. Prints tables and one JSON line.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { type FakeZendesk, hasCredbotAnswer, startFakeZendesk } from '../test/fakes/fake-zendesk.ts';
import { type SmtpSink, startSmtpSink } from '../test/fakes/smtp-sink.ts';
import { deliverZendeskWebhook, triggerPayload } from '../test/helpers/zendesk-delivery.ts';
import { BENCH_SERVER_URL, createBenchDatabase } from './lib/bench-database.ts';
import { projectRoot, type RunningChild } from './lib/child-processes.ts';
import { ensureCompiledService } from './lib/compiled-service.ts';
import { startCredbotService, stopService, zendeskChannelEnv } from './lib/credbot-service.ts';
import { createMailTally } from './lib/delivery-tally.ts';
import { learnerAddress, missingCredentialText } from './lib/learners.ts';
import { formatTable, loadAverage, median, round, sleep } from './lib/report.ts';
import { seedLearners } from './lib/seed-learners.ts';

const WEBHOOK_SECRET = 'bench-webhook-signing-secret';
const FIRST_TICKET_ID = 2_000_000;
const WARM_UP_TICKETS = 3;
/**
 * A backend that goes idle within a second of its last statistics flush holds its counts until it has been idle
 * for 10 s (PostgreSQL's PGSTAT_IDLE_INTERVAL); a shorter wait moves part of one window's writes into the next.
 */
const SETTLE_MS = 11_000;
const TICKET_DEADLINE_MS = 60_000;
const CLASSIFIER_FOLDER = 'src/core/intent/';
const OUT_DIR = path.join(projectRoot, 'bench/.out/path-census');
const COVERAGE_DIR = path.join(OUT_DIR, 'coverage');
const COVERAGE_HOOK = path.join(OUT_DIR, 'take-coverage-on-signal.mjs');
const COVERAGE_HOOK_SOURCE = `// Written by bench/path-census.ts: on SIGUSR2, write a coverage report (NODE_V8_COVERAGE) and reset the counts.
import { takeCoverage } from 'node:v8';
process.on('SIGUSR2', () => takeCoverage());
`;

interface TableCounts {
  /** schema.table, and for a pg-boss partition the queue it holds. */
  table: string;
  inserted: number;
  updated: number;
  deleted: number;
}

interface Snapshot {
  at: number;
  commits: number;
  rollbacks: number;
  /** The census's statements on the bench database when `commits` was read (every later one is the next window's). */
  ownStatements: number;
  /** Where the WAL stood (flushed). */
  walPosition: string;
  tables: Map<string, TableCounts>;
}

/** What one window (a ticket, or nothing at all) did. */
interface WindowResult {
  label: string;
  seconds: number;
  /** xact_commit and xact_rollback deltas of the bench database, and the commits that were this script's own. */
  commits: number;
  rollbacks: number;
  ownCommits: number;
  /** The transactions that wrote in the bench database, each as the tables it wrote; absent without pg_walinspect. */
  writingTransactions?: string[][];
  /** Tables with rows written, by name. */
  writes: TableCounts[];
  /** Project source files (src/ paths) with a function that ran, and how many of their functions ran. */
  files: string[];
  functionsRun: number;
  /** Dependencies (node_modules package names) with a function that ran. */
  packages: string[];
}

function parseOptions() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, 'idle-seconds': { type: 'string', default: '30' } },
    strict: true,
  });
  const options = { runs: Number(values.runs), idleSeconds: Number(values['idle-seconds']) };
  if (![options.runs, options.idleSeconds].every((value) => Number.isInteger(value) && value > 0)) {
    throw new Error('usage: --runs N --idle-seconds SECONDS (positive integers)');
  }
  return options;
}

/** schema.table; pg-boss's job table holds each queue in a partition of its own, named here by its queue. */
function tableName(table: { schema: string; name: string; queue: string | null }): string {
  return table.queue ? `pgboss.job [${table.queue}]` : `${table.schema}.${table.name}`;
}

/**
 * The two connections the census reads through: `server` to another database (its statements are not the bench
 * database's commits), `bench` to the bench database for its tables, each statement counted.
 */
function createReaders(serverUrl: string, benchUrl: string, benchName: string) {
  const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const bench = postgres(benchUrl, { max: 1, onnotice: () => {} });
  let benchStatements = 0;
  const onBench = <T>(query: (sql: postgres.Sql) => Promise<T>): Promise<T> => {
    benchStatements++;
    return query(bench);
  };
  let inboxQuery: string | undefined;
  let walInspection = false;

  /** Tables by file node, as `tableName` names them: an index or a TOAST table under its table's name. */
  const tablesByFileNode = async () => {
    const rows = await onBench((sql) =>
      sql<{ node: string; schema: string; name: string; queue: string | null }[]>`
        with indexed as (
          select c.relfilenode, coalesce(i.indrelid, c.oid) as rel
          from pg_class c left join pg_index i on i.indexrelid = c.oid
          where c.relfilenode <> 0
        ), owned as (
          select x.relfilenode, coalesce(owner.oid, x.rel) as rel
          from indexed x left join pg_class owner on owner.reltoastrelid = x.rel
        )
        select o.relfilenode::text as node, n.nspname as schema, t.relname as name, q.name as queue
        from owned o
        join pg_class t on t.oid = o.rel
        join pg_namespace n on n.oid = t.relnamespace
        left join pgboss.queue q on n.nspname = 'pgboss' and q.partition_name = t.relname`,
    );
    return new Map(rows.map((row) => [row.node, tableName(row)]));
  };

  return {
    /** Installs pg_walinspect in the bench database if the server has it; says whether it can be used. */
    async enableWalInspection(): Promise<boolean> {
      const [available] = await onBench((sql) => sql<{ found: boolean }[]>`
        select exists (select 1 from pg_available_extensions where name = 'pg_walinspect') as found`);
      if (available?.found) await onBench((sql) => sql`create extension if not exists pg_walinspect`);
      walInspection = available?.found ?? false;
      return walInspection;
    },
    /**
     * The transactions committed between two WAL positions that wrote in the bench database, each as the sorted
     * tables it wrote (a subtransaction's writes counted with its parent's).
     */
    async writingTransactions(from: string, to: string): Promise<string[][] | undefined> {
      if (!walInspection) return undefined;
      if (from === to) return [];
      const [database] = await onBench((sql) => sql<{ oid: string }[]>`select oid::text from pg_database where datname = current_database()`);
      const records = await onBench((sql) =>
        sql<{ xid: string; manager: string; type: string; description: string | null; blocks: string | null }[]>`
          select xid::text, resource_manager as manager, record_type as type, description, block_ref as blocks
          from pg_get_wal_records_info(${from}::pg_lsn, ${to}::pg_lsn)
          where xid <> '0' and (resource_manager = 'Transaction' or block_ref like ${`%/${database?.oid}/%`})`,
      );
      const names = await tablesByFileNode();
      const written = new Map<string, Set<string>>();
      const topOf = new Map<string, string>();
      const committed: string[] = [];
      for (const record of records) {
        if (record.manager === 'Transaction') {
          if (!record.type.startsWith('COMMIT')) continue;
          committed.push(record.xid);
          for (const sub of /subxacts:((?: \d+)+)/.exec(record.description ?? '')?.[1]?.trim().split(' ') ?? []) topOf.set(sub, record.xid);
          continue;
        }
        for (const [, databaseOid, node] of (record.blocks ?? '').matchAll(/rel \d+\/(\d+)\/(\d+)/g)) {
          if (databaseOid !== database?.oid) continue;
          const tables = written.get(record.xid) ?? new Set<string>();
          tables.add(names.get(node!) ?? `file node ${node}`);
          written.set(record.xid, tables);
        }
      }
      const byTransaction = new Map<string, Set<string>>();
      for (const [xid, tables] of written) {
        const top = topOf.get(xid) ?? xid;
        byTransaction.set(top, new Set([...(byTransaction.get(top) ?? []), ...tables]));
      }
      return committed.filter((xid) => byTransaction.has(xid)).map((xid) => [...byTransaction.get(xid)!].sort());
    },
    async snapshot(): Promise<Snapshot> {
      const at = Date.now();
      const ownStatements = benchStatements;
      const [database] = await server<{ commits: string; rollbacks: string; wal: string }[]>`
        select xact_commit as commits, xact_rollback as rollbacks, pg_current_wal_flush_lsn()::text as wal
        from pg_stat_database where datname = ${benchName}`;
      const rows = await onBench((sql) =>
        sql<{ schema: string; name: string; queue: string | null; inserted: string; updated: string; deleted: string }[]>`
          select t.schemaname as schema, t.relname as name, q.name as queue,
                 t.n_tup_ins as inserted, t.n_tup_upd as updated, t.n_tup_del as deleted
          from pg_stat_user_tables t
          left join pgboss.queue q on t.schemaname = 'pgboss' and q.partition_name = t.relname`,
      );
      const tables = new Map<string, TableCounts>();
      for (const row of rows) {
        const table = tableName(row);
        tables.set(table, { table, inserted: Number(row.inserted), updated: Number(row.updated), deleted: Number(row.deleted) });
      }
      return {
        at,
        commits: Number(database?.commits ?? 0),
        rollbacks: Number(database?.rollbacks ?? 0),
        ownStatements,
        walPosition: database?.wal ?? '0/0',
        tables,
      };
    },
    /** No pg-boss job waiting (due) or running, nor (in versions with one) a message in the inbox waiting for its relay. */
    async isQueueIdle(): Promise<boolean> {
      if (inboxQuery === undefined) {
        const [inbox] = await onBench((sql) => sql<{ exists: boolean }[]>`select to_regclass('public.accepted_messages') is not null as exists`);
        inboxQuery = inbox?.exists ? '(select count(*) from accepted_messages where relayed_at is null)' : '0';
      }
      const [row] = await onBench((sql) =>
        sql.unsafe<{ busy: string }[]>(`
          select (select count(*) from pgboss.job
                  where state in ('active', 'retry') or (state = 'created' and start_after <= now())) + ${inboxQuery} as busy`),
      );
      return Number(row?.busy) === 0;
    },
    async close() {
      await Promise.all([server.end({ timeout: 5 }), bench.end({ timeout: 5 })]);
    },
  };
}

type Readers = ReturnType<typeof createReaders>;

function tableWrites(before: Snapshot, after: Snapshot): TableCounts[] {
  const writes: TableCounts[] = [];
  for (const [table, counts] of after.tables) {
    const earlier = before.tables.get(table) ?? { inserted: 0, updated: 0, deleted: 0 };
    const delta = { table, inserted: counts.inserted - earlier.inserted, updated: counts.updated - earlier.updated, deleted: counts.deleted - earlier.deleted };
    if (delta.inserted + delta.updated + delta.deleted > 0) writes.push(delta);
  }
  return writes.sort((a, b) => a.table.localeCompare(b.table));
}

interface CoverageReport {
  result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
}

/** Signals the service to write its coverage so far (and reset it), and reads the report it wrote. */
async function takeCoverage(service: RunningChild): Promise<CoverageReport> {
  const earlier = new Set(await readdir(COVERAGE_DIR));
  process.kill(service.pid, 'SIGUSR2');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const name of await readdir(COVERAGE_DIR)) {
      if (earlier.has(name) || !name.startsWith(`coverage-${service.pid}-`)) continue;
      try {
        return JSON.parse(await readFile(path.join(COVERAGE_DIR, name), 'utf8')) as CoverageReport;
      } catch {
        // Still being written: read it again on the next pass.
      }
    }
    await sleep(100);
  }
  throw new Error(`the service wrote no coverage report within 30 s of SIGUSR2 (is ${path.relative(projectRoot, COVERAGE_HOOK)} loaded?)`);
}

/** The src/ path of a compiled file (dist/x.js → src/x.ts or src/x.tsx), or of a source file run as it is. */
function sourcePathOf(filePath: string, distDir: string): string | undefined {
  const relativeToDist = path.relative(distDir, filePath);
  if (!relativeToDist.startsWith('..') && relativeToDist.endsWith('.js')) {
    const stem = path.join('src', relativeToDist.slice(0, -'.js'.length));
    return existsSync(path.join(projectRoot, `${stem}.tsx`)) ? `${stem}.tsx` : `${stem}.ts`;
  }
  const relativeToRoot = path.relative(projectRoot, filePath);
  return relativeToRoot.startsWith(`src${path.sep}`) ? relativeToRoot : undefined;
}

function filesThatRan(report: CoverageReport, distDir: string): Pick<WindowResult, 'files' | 'functionsRun' | 'packages'> {
  const files = new Set<string>();
  const packages = new Set<string>();
  let functionsRun = 0;
  for (const script of report.result) {
    if (!script.url.startsWith('file:')) continue;
    const ran = script.functions.filter((fn) => (fn.ranges[0]?.count ?? 0) > 0).length;
    if (ran === 0) continue;
    const filePath = fileURLToPath(script.url.split('?')[0]!);
    const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(filePath)?.[1];
    if (dependency) {
      packages.add(dependency);
      continue;
    }
    const source = sourcePathOf(filePath, distDir);
    if (source === undefined) continue;
    files.add(source);
    functionsRun += ran;
  }
  return { files: [...files].sort(), functionsRun, packages: [...packages].sort() };
}

async function waitUntil(done: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + TICKET_DEADLINE_MS;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${TICKET_DEADLINE_MS / 1000} s`);
    await sleep(50);
  }
}

interface World {
  serviceUrl: string;
  zendesk: FakeZendesk;
  sink: SmtpSink;
  readers: Readers;
}

/** Sends ticket n (learner n) and waits until it is emailed, answered and the queue is idle. */
async function runTicket(world: World, n: number): Promise<void> {
  const id = FIRST_TICKET_ID + n;
  const address = learnerAddress(n);
  world.zendesk.addTicket({ id, tags: ['web_form'] });
  const body = triggerPayload({ id, comment: missingCredentialText(address), tags: ['web_form'], requester: { email: address } });
  const { status } = await deliverZendeskWebhook(world.serviceUrl, body, { secret: WEBHOOK_SECRET });
  if (status < 200 || status >= 300) throw new Error(`ticket ${id}: the webhook answered ${status}`);
  const mail = createMailTally(world.sink.messages);
  await waitUntil(() => {
    mail.update();
    return mail.countReached([address]) === 1 && hasCredbotAnswer(world.zendesk.tickets.get(id));
  }, `ticket ${id} emailed and answered`);
  await waitUntil(() => world.readers.isQueueIdle(), `the queue idle after ticket ${id}`);
}

/**
 * Consecutive windows, each ending where the next begins: one snapshot and one coverage reset between two windows,
 * so every commit and every statement of the census's own falls in exactly one window. The census reads after
 * reading the commit count (its table and WAL reads) count in the next window, as `ownStatements` says.
 */
async function startWindows(world: World, service: RunningChild, distDir: string) {
  await sleep(SETTLE_MS);
  await takeCoverage(service);
  let start = await world.readers.snapshot();
  return {
    async measure(label: string, work: () => Promise<void>): Promise<WindowResult> {
      await work();
      await sleep(SETTLE_MS);
      const coverage = await takeCoverage(service);
      const end = await world.readers.snapshot();
      const before = start;
      start = end;
      return {
        label,
        seconds: (end.at - before.at) / 1000,
        commits: end.commits - before.commits,
        rollbacks: end.rollbacks - before.rollbacks,
        ownCommits: end.ownStatements - before.ownStatements,
        writingTransactions: await world.readers.writingTransactions(before.walPosition, end.walPosition),
        writes: tableWrites(before, end),
        ...filesThatRan(coverage, distDir),
      };
    },
  };
}

function report(idle: WindowResult, tickets: WindowResult[], serviceEntry: string) {
  const idleRate = (idle.commits - idle.ownCommits) / idle.seconds;
  const netOf = (window: WindowResult) => window.commits - window.ownCommits - idleRate * window.seconds;
  const isClassifier = (file: string) => file.startsWith(CLASSIFIER_FOLDER);
  const inEvery = (files: string[][]) => files.reduce((common, list) => common.filter((file) => list.includes(file)));
  const allFiles = [...new Set(tickets.flatMap((ticket) => ticket.files))].sort();
  const everyRun = inEvery(tickets.map((ticket) => ticket.files));
  const pathFiles = everyRun.filter((file) => !isClassifier(file));
  const classifierFiles = everyRun.filter(isClassifier);
  const everyRunTables = inEvery(tickets.map((ticket) => ticket.writes.map((write) => write.table)));
  const idleTables = new Set(idle.writes.map((write) => write.table));
  const stores = everyRunTables.filter((table) => !idleTables.has(table));
  const commitsNet = tickets.map((ticket) => round(netOf(ticket), 1));
  const commitsRaw = tickets.map((ticket) => ticket.commits - ticket.ownCommits);

  console.log(
    `\nThe path of one Zendesk ticket (retrieve email) through credbot on PostgreSQL: ${path.relative(projectRoot, serviceEntry)} ` +
      `as a child process, ${tickets.length} tickets measured one at a time after ${WARM_UP_TICKETS} warm-up tickets. ` +
      `Load average ${loadAverage()}.\n`,
  );
  console.log(`Files: project source files with a function that ran for the ticket (outside ${CLASSIFIER_FOLDER}: ${pathFiles.length} in every run; the classifier's: ${classifierFiles.length})`);
  const fileRows: (string | number)[][] = [['file', ...tickets.map((ticket) => ticket.label), idle.label]];
  for (const file of allFiles) fileRows.push([file, ...tickets.map((ticket) => (ticket.files.includes(file) ? 'x' : '')), idle.files.includes(file) ? 'x' : '']);
  fileRows.push(['files (outside the classifier)', ...[...tickets, idle].map((window) => window.files.filter((file) => !isClassifier(file)).length)]);
  fileRows.push(['functions run (all project files)', ...[...tickets, idle].map((window) => window.functionsRun)]);
  console.log(formatTable(fileRows));
  console.log(`dependencies with code run for the ticket: ${inEvery(tickets.map((ticket) => ticket.packages)).join(', ')}`);

  console.log(`\nStores: tables with rows inserted/updated/deleted (ins/upd/del) in each window`);
  const tables = [...new Set([...tickets, idle].flatMap((window) => window.writes.map((write) => write.table)))].sort();
  const storeRows: (string | number)[][] = [['table', ...tickets.map((ticket) => ticket.label), idle.label]];
  for (const table of tables) {
    storeRows.push([
      table,
      ...[...tickets, idle].map((window) => {
        const write = window.writes.find((candidate) => candidate.table === table);
        return write ? `${write.inserted}/${write.updated}/${write.deleted}` : '';
      }),
    ]);
  }
  console.log(formatTable(storeRows));
  console.log(`tables written in every ticket and not while idle: ${stores.length}`);

  console.log(`\nCommits: xact_commit of the bench database over each window, less this script's own statements and the idle rate`);
  const commitRows: (string | number)[][] = [['window', 'seconds', 'commits', 'census own', 'less own', 'idle expected', 'net', 'rollbacks']];
  for (const window of [...tickets, idle]) {
    commitRows.push([
      window.label,
      round(window.seconds, 1),
      window.commits,
      window.ownCommits,
      window.commits - window.ownCommits,
      window === idle ? '' : round(idleRate * window.seconds, 1),
      window === idle ? '' : round(netOf(window), 1),
      window.rollbacks,
    ]);
  }
  console.log(formatTable(commitRows));
  console.log(
    `idle: ${round(idleRate, 2)} commits/s (job workers polling). Per ticket: net min ${Math.min(...commitsNet)}, median ${median(commitsNet)}; ` +
      `before the idle correction min ${Math.min(...commitsRaw)}, median ${median(commitsRaw)}`,
  );
  // pg-boss's upkeep (pgboss.version) writes now and then whatever the traffic: a ticket's transactions write its stores.
  const onPath = (window: WindowResult) => window.writingTransactions?.filter((tables) => tables.some((table) => stores.includes(table)));
  const writing = tickets.map((ticket) => onPath(ticket)?.length).filter((count) => count !== undefined);
  if (writing.length > 0) {
    console.log(
      `\nWriting transactions: committed transactions with WAL records in the bench database (a row lock counts), each with the tables ` +
        `it touched; * = writes none of the ticket's stores (pg-boss upkeep), left out of the count`,
    );
    for (const window of [...tickets, idle]) {
      const transactions = window.writingTransactions ?? [];
      console.log(`${window.label}: ${onPath(window)?.length} (${transactions.length} in all)`);
      for (const tables of transactions) console.log(`  ${tables.some((table) => stores.includes(table)) ? ' ' : '*'} ${tables.join(', ')}`);
    }
  } else {
    console.log(`\n(pg_walinspect is not available on this server: no count of writing transactions)`);
  }
  const writingSummary = writing.length > 0 ? `, writing transactions per ticket min ${Math.min(...writing)} / median ${median(writing)}` : '';
  console.log(
    `\nSummary: ${pathFiles.length} files outside the classifier (+${classifierFiles.length} in it), ${stores.length} tables written, ` +
      `commits per ticket min ${Math.min(...commitsNet)} / median ${median(commitsNet)} (idle-corrected)${writingSummary}`,
  );
  console.log(
    JSON.stringify({
      benchmark: 'path-census',
      files: { outsideClassifier: pathFiles.length, classifier: classifierFiles.length, list: pathFiles, classifierList: classifierFiles },
      stores: { count: stores.length, tables: stores, perWindow: Object.fromEntries([...tickets, idle].map((window) => [window.label, window.writes])) },
      commits: {
        netMin: Math.min(...commitsNet),
        netMedian: median(commitsNet),
        net: commitsNet,
        lessOwn: commitsRaw,
        idlePerSecond: round(idleRate, 3),
        writingTransactions: writing.length > 0 ? { min: Math.min(...writing), median: median(writing), perWindow: Object.fromEntries([...tickets, idle].map((window) => [window.label, window.writingTransactions])) } : null,
        windows: [...tickets, idle].map(({ label, seconds, commits, ownCommits, rollbacks }) => ({ label, seconds: round(seconds, 2), commits, ownCommits, rollbacks })),
      },
      dependencies: inEvery(tickets.map((ticket) => ticket.packages)),
      loadAverage: loadAverage(),
    }),
  );
}

async function main() {
  const options = parseOptions();
  await rm(COVERAGE_DIR, { recursive: true, force: true });
  await mkdir(COVERAGE_DIR, { recursive: true });
  await writeFile(COVERAGE_HOOK, COVERAGE_HOOK_SOURCE);
  const database = await createBenchDatabase('credbot_bench_path');
  const sink = await startSmtpSink();
  const zendesk = await startFakeZendesk();
  const readers = createReaders(BENCH_SERVER_URL, database.url, database.name);
  let service: RunningChild | undefined;
  try {
    await seedLearners(database.url, WARM_UP_TICKETS + options.runs);
    const serviceEntry = await ensureCompiledService((line) => process.stderr.write(`${line}\n`));
    const distDir = path.dirname(path.dirname(serviceEntry));
    service = await startCredbotService(serviceEntry, {
      DATABASE_URL: database.url,
      SMTP_URL: sink.url,
      ...zendeskChannelEnv(zendesk.url, WEBHOOK_SECRET),
      NODE_V8_COVERAGE: COVERAGE_DIR,
      NODE_OPTIONS: `--import=${pathToFileURL(COVERAGE_HOOK).href}`,
    });
    const world: World = { serviceUrl: service.ready, zendesk, sink, readers };
    for (let n = 0; n < WARM_UP_TICKETS; n++) await runTicket(world, n);
    await readers.enableWalInspection();
    process.stderr.write(`warmed up with ${WARM_UP_TICKETS} tickets; measuring ${options.idleSeconds} s idle…\n`);
    const windows = await startWindows(world, service, distDir);
    const idle = await windows.measure('idle', () => sleep(options.idleSeconds * 1000));
    const tickets: WindowResult[] = [];
    for (let run = 1; run <= options.runs; run++) {
      tickets.push(await windows.measure(`ticket ${run}`, () => runTicket(world, WARM_UP_TICKETS + run - 1)));
      process.stderr.write(`ticket ${run} of ${options.runs} measured\n`);
    }
    report(idle, tickets, serviceEntry);
  } finally {
    if (service) await stopService(service);
    await readers.close();
    await zendesk.close();
    await sink.close();
    await database.drop();
  }
}

await main();
