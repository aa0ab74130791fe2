/**
 * `npm run bench:lookup [-- --sizes 100000,1000000 --lookups 2000]`: import throughput and lookup latency on
 * PostgreSQL at growing table sizes.
 *
 * In a database of its own (created and dropped again) on BENCH_DATABASE_URL (default: the local server), for
 * each size: writes a synthetic credentials CSV to a temporary directory, imports it into an emptied table
 * with the real `credbot import credentials` command (a child process, as an operator runs it), imports it
 * again (every row unchanged: the nightly re-import), then times lookups through the real
 * CredentialDirectory, one at a time: an issued address, an address never issued, the same mailbox written
 * differently (`+tag`, Gmail dots) and a near miss (one edit, or a mistyped provider). For scale, the same
 * connection's floor is timed too: a bare `select $1` round trip, below which no lookup can go on this machine.
 * Prints a table and one JSON line with every figure.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import type { CredentialMatch } from '../src/core/model.ts';
import { createCredentialDirectory } from '../src/db/credential-directory.ts';
import type { Database } from '../src/db/database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { runCredbot as runCredbotCommand } from '../test/helpers/child-process.ts';
import { learnerAt, learnerCountFor, writeCredentialsCsv, writeIssuersCsv } from './synthetic-credentials.ts';
import { createSeededRandom } from '../src/core/seeded-random.ts';

const DEFAULT_SIZES = [100_000, 1_000_000, 5_000_000];
const DEFAULT_LOOKUPS = 2_000;
const WARM_UP_LOOKUPS = 200;
/** Re-importing doubles the import time, so by default only sizes up to this are re-imported. */
const DEFAULT_MAX_REIMPORT_ROWS = 1_000_000;
const TARGETS = { exactP99Ms: 2, exactGrowth: 1.5, nearMissP99Ms: 20, importRowsPerSecond: 50_000 };


type LookupKind = 'exact' | 'not_found' | 'same_mailbox' | 'near_miss';
const LOOKUP_KINDS: LookupKind[] = ['exact', 'not_found', 'same_mailbox', 'near_miss'];

interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Share of lookups that found what they were meant to (0 for not_found is right). */
  foundRatio: number;
}

interface SizeResult {
  rows: number;
  fileMegabytes: number;
  /** One-minute load average when the import started: the machine may be shared. */
  loadAverage: number;
  importSeconds: number;
  importRowsPerSecond: number;
  /** Leaving out the start-up every import pays (see startupSeconds). */
  importRowsPerSecondAfterStartup: number;
  reimportSeconds: number | null;
  reimportRowsPerSecond: number | null;
  lookups: Record<LookupKind, LatencySummary>;
}

function parseOptions() {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, lookups: { type: 'string' }, 'reimport-up-to': { type: 'string' } },
    strict: true,
  });
  const sizes = values.sizes === undefined ? DEFAULT_SIZES : values.sizes.split(',').map((size) => Number(size.trim()));
  const lookups = values.lookups === undefined ? DEFAULT_LOOKUPS : Number(values.lookups);
  const maxReimport = values['reimport-up-to'] === undefined ? DEFAULT_MAX_REIMPORT_ROWS : Number(values['reimport-up-to']);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1000) || !Number.isInteger(lookups) || lookups < 10) {
    throw new Error('usage: --sizes N,N,... (each at least 1000) --lookups N (at least 10) --reimport-up-to N');
  }
  return { sizes: [...sizes].sort((a, b) => a - b), lookups, maxReimport };
}

/** Runs the real command (as the tests do); resolves with its wall time in seconds, or throws with its output. */
async function runCredbot(args: string[], databaseUrl: string): Promise<number> {
  const started = performance.now();
  const { code, stdout, stderr } = await runCredbotCommand(args, { DATABASE_URL: databaseUrl, LOAD_DEMO_DATA: 'false', LOG_LEVEL: 'warn' });
  if (code !== 0) throw new Error(`credbot ${args.join(' ')} exited with ${code}:\n${(stdout + stderr).slice(-4000)}`);
  return (performance.now() - started) / 1000;
}

/** The four kinds of question, for learners drawn at random among those the file has and those it has not. */
function buildQueries(learners: number, count: number, seed: number): Record<LookupKind, { address: string; expect: boolean }[]> {
  const random = createSeededRandom(seed);
  const issued = () => learnerAt(Math.floor(random() * learners)).address;
  const queries: Record<LookupKind, { address: string; expect: boolean }[]> = {
    exact: [],
    not_found: [],
    same_mailbox: [],
    near_miss: [],
  };
  for (let n = 0; n < count; n++) {
    queries.exact.push({ address: issued(), expect: true });
    queries.not_found.push({ address: learnerAt(learners + 1 + Math.floor(random() * learners)).address, expect: false });
    queries.same_mailbox.push({ address: sameMailboxVariant(issued(), random), expect: true });
    queries.near_miss.push({ address: nearMissVariant(issued(), random), expect: true });
  }
  return queries;
}

/** The same mailbox written differently: another `+tag`, and on Gmail the dots moved. */
function sameMailboxVariant(address: string, random: () => number): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).split('+')[0] ?? '';
  const domain = address.slice(at + 1);
  if (domain === 'gmail.com' || domain === 'googlemail.com') {
    const letters = local.replaceAll('.', '');
    const dot = 1 + Math.floor(random() * (letters.length - 1));
    return `${letters.slice(0, dot)}.${letters.slice(dot)}@${domain}`;
  }
  return `${local}+support@${domain}`;
}

const PROVIDER_TYPOS: Record<string, string> = {
  'gmail.com': 'gmial.com',
  'yahoo.com': 'yaho.com',
  'hotmail.com': 'hotmal.com',
  'outlook.com': 'outlok.com',
  'icloud.com': 'icoud.com',
};

/** A mistyped provider domain, or else one letter of the local part replaced. */
function nearMissVariant(address: string, random: () => number): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).split('+')[0] ?? '';
  const domain = address.slice(at + 1);
  const typo = PROVIDER_TYPOS[domain];
  if (typo !== undefined && random() < 0.5) return `${local}@${typo}`;
  const letters = local.replaceAll('.', '');
  const position = Math.floor(letters.length / 2) + Math.floor(random() * 2);
  const current = local[position] ?? 'a';
  const replacement = current === 'x' ? 'q' : 'x';
  return `${local.slice(0, position)}${replacement}${local.slice(position + 1)}@${domain}`;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

async function timeLookups(
  queries: { address: string; expect: boolean }[],
  lookUp: (address: string) => Promise<CredentialMatch[]>,
): Promise<LatencySummary> {
  for (const { address } of queries.slice(0, WARM_UP_LOOKUPS)) await lookUp(address);
  const timed = queries.slice(WARM_UP_LOOKUPS);
  const latencies: number[] = [];
  let found = 0;
  for (const { address } of timed) {
    const started = performance.now();
    const matches = await lookUp(address);
    latencies.push(performance.now() - started);
    if (matches.length > 0) found++;
  }
  latencies.sort((a, b) => a - b);
  const mean = latencies.reduce((sum, latency) => sum + latency, 0) / latencies.length;
  return {
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    meanMs: round(mean),
    foundRatio: round(found / timed.length),
  };
}

/** The floor under every lookup: a round trip that asks the database nothing, the same way (prepared, pooled). */
async function measureRoundTrip(database: Database, count: number): Promise<LatencySummary> {
  const queries = Array.from({ length: count + WARM_UP_LOOKUPS }, (_, index) => ({ address: String(index), expect: true }));
  return timeLookups(queries, async (value) => {
    await database.sql.executeSql('select $1::text as echo', [value]);
    return [];
  });
}

async function measureLookups(database: Database, rows: number, count: number): Promise<Record<LookupKind, LatencySummary>> {
  const directory = createCredentialDirectory(database.db);
  const queries = buildQueries(learnerCountFor(rows), count + WARM_UP_LOOKUPS, rows);
  return {
    exact: await timeLookups(queries.exact, (address) => directory.findByAddresses([address])),
    not_found: await timeLookups(queries.not_found, (address) => directory.findByAddresses([address])),
    same_mailbox: await timeLookups(queries.same_mailbox, (address) => directory.findByAddresses([address])),
    near_miss: await timeLookups(queries.near_miss, (address) => directory.findNearMisses([address])),
  };
}

function printTable(results: SizeResult[]): void {
  const lines = [
    'rows        load  import rows/s  re-import rows/s   exact p50/p99 ms   not found p50/p99   same mailbox p50/p99   near miss p50/p99',
  ];
  for (const result of results) {
    const pair = (kind: LookupKind) => `${result.lookups[kind].p50Ms.toFixed(2)} / ${result.lookups[kind].p99Ms.toFixed(2)}`;
    lines.push(
      [
        String(result.rows).padEnd(11),
        result.loadAverage.toFixed(1).padStart(4),
        String(result.importRowsPerSecond).padStart(14),
        String(result.reimportRowsPerSecond ?? '-').padStart(17),
        pair('exact').padStart(18),
        pair('not_found').padStart(19),
        pair('same_mailbox').padStart(22),
        pair('near_miss').padStart(19),
      ].join(' '),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const { sizes, lookups, maxReimport } = parseOptions();
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `credbot_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const workDir = await mkdtemp(path.join(tmpdir(), 'credbot-bench-'));
  const loadBefore = loadavg()[0] ?? 0;
  let database: Database | undefined;
  try {
    const [{ version }] = (await admin`select current_setting('server_version') as version`) as unknown as [{ version: string }];
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    database = await openDatabase({ kind: 'postgres', url: databaseUrl, maxConnections: 2 });
    await migrateDatabase(database);
    const issuersFile = path.join(workDir, 'issuers.csv');
    await writeIssuersCsv(issuersFile);
    await runCredbot(['import', 'issuers', issuersFile], databaseUrl);
    // What every import pays before its first row: starting Node and tsx, connecting, checking migrations.
    const emptyFile = path.join(workDir, 'empty.csv');
    await writeCredentialsCsv(emptyFile, 0);
    const startupSeconds = Math.min(
      await runCredbot(['import', 'credentials', emptyFile], databaseUrl),
      await runCredbot(['import', 'credentials', emptyFile], databaseUrl),
    );

    const results: SizeResult[] = [];
    for (const rows of sizes) {
      const file = path.join(workDir, `credentials-${rows}.csv`);
      process.stderr.write(`${rows} rows: writing the file… `);
      await writeCredentialsCsv(file, rows);
      const { size } = await stat(file);
      await database.sql.executeSql('truncate credentials');
      process.stderr.write('importing… ');
      const loadAverage = loadavg()[0] ?? 0;
      const importSeconds = await runCredbot(['import', 'credentials', file], databaseUrl);
      let reimportSeconds: number | null = null;
      if (rows <= maxReimport) {
        process.stderr.write('re-importing… ');
        reimportSeconds = await runCredbot(['import', 'credentials', file], databaseUrl);
      }
      await rm(file);
      const [{ count }] = (await database.sql.executeSql('select count(*)::int as count from credentials')).rows as [
        { count: number },
      ];
      if (count !== rows) throw new Error(`expected ${rows} credentials after the import, found ${count}`);
      process.stderr.write('looking up…\n');
      results.push({
        rows,
        fileMegabytes: round(size / 1e6, 1),
        loadAverage: round(loadAverage, 2),
        importSeconds: round(importSeconds, 2),
        importRowsPerSecond: Math.round(rows / importSeconds),
        importRowsPerSecondAfterStartup: Math.round(rows / (importSeconds - startupSeconds)),
        reimportSeconds: reimportSeconds === null ? null : round(reimportSeconds, 2),
        reimportRowsPerSecond: reimportSeconds === null ? null : Math.round(rows / reimportSeconds),
        lookups: await measureLookups(database, rows, lookups),
      });
    }

    const roundTrip = await measureRoundTrip(database, lookups);
    const smallest = results[0] as SizeResult;
    const largest = results[results.length - 1] as SizeResult;
    const growth = Object.fromEntries(
      LOOKUP_KINDS.map((kind) => [
        kind,
        {
          p50: round(largest.lookups[kind].p50Ms / smallest.lookups[kind].p50Ms, 2),
          p99: round(largest.lookups[kind].p99Ms / smallest.lookups[kind].p99Ms, 2),
        },
      ]),
    ) as Record<LookupKind, { p50: number; p99: number }>;
    const targets = {
      exactP99Under2Ms: largest.lookups.exact.p99Ms < TARGETS.exactP99Ms,
      exactGrowthAtMost1_5: growth.exact.p99 <= TARGETS.exactGrowth,
      nearMissP99Under20Ms: largest.lookups.near_miss.p99Ms < TARGETS.nearMissP99Ms,
      importAtLeast50kRowsPerSecond: largest.importRowsPerSecond >= TARGETS.importRowsPerSecond,
    };
    printTable(results);
    process.stdout.write(`each import includes ${round(startupSeconds, 2)} s of start-up (an empty file's import)\n`);
    process.stdout.write(`floor: a bare round trip (select $1) on the same connection: p50 ${roundTrip.p50Ms} ms, p99 ${roundTrip.p99Ms} ms\n`);
    process.stdout.write(
      `growth ${smallest.rows} → ${largest.rows} rows (p50 / p99): ` +
        `${LOOKUP_KINDS.map((kind) => `${kind} ${growth[kind].p50}× / ${growth[kind].p99}×`).join(', ')}\n`,
    );
    const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
    process.stdout.write(
      `targets at ${largest.rows} rows: exact p99 < ${TARGETS.exactP99Ms} ms: ${largest.lookups.exact.p99Ms} ${verdict(targets.exactP99Under2Ms)}; ` +
        `growth ≤ ${TARGETS.exactGrowth}×: ${growth.exact.p99} ${verdict(targets.exactGrowthAtMost1_5)}; ` +
        `near miss p99 < ${TARGETS.nearMissP99Ms} ms: ${largest.lookups.near_miss.p99Ms} ${verdict(targets.nearMissP99Under20Ms)}; ` +
        `import ≥ ${TARGETS.importRowsPerSecond} rows/s: ${largest.importRowsPerSecond} ${verdict(targets.importAtLeast50kRowsPerSecond)}\n`,
    );
    const summary = {
      bench: 'lookup',
      postgres: version,
      lookupsPerKind: lookups,
      loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0] ?? 0, 2) },
      startupSeconds: round(startupSeconds, 2),
      roundTrip: { p50Ms: roundTrip.p50Ms, p99Ms: roundTrip.p99Ms },
      sizes: results,
      growth,
      targets,
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } finally {
    await database?.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
