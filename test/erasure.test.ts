import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, openApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { purgeLearnerData, RETENTION_PURGE_QUEUE } from '../src/jobs/retention.ts';
import { channelJobPolicy, jobIdFor } from '../src/jobs/job-queue.ts';
import { createLogger } from '../src/logger.ts';
import { startService } from '../src/main.ts';
import { startFakeZendesk, hasCredbotAnswer } from './fakes/fake-zendesk.ts';
import { type SmtpSink, startSmtpSink } from './fakes/smtp-sink.ts';
import { runCredbot } from './helpers/child-process.ts';
import { seedCredential, seedIssuer } from './helpers/seed.ts';
import { createTestDatabase } from './helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload, zendeskChannelEnv } from './helpers/zendesk-delivery.ts';

const onServer = Boolean(process.env.TEST_DATABASE_URL);
/** A channel's message queue with no worker here: its jobs are marked finished by hand. */
const HANDLED_QUEUE = 'handled-messages';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('credbot forget', () => {
  it('leaves neither the address nor the words of a Zendesk ticket and a CLI request in the database', async () => {
    const shared = await openSharedDatabase();
    const sink = await startSmtpSink();
    cleanups.push(() => sink.close());
    const zendesk = await startFakeZendesk();
    cleanups.push(() => zendesk.close());

    const tag = randomUUID().slice(0, 8);
    const address = `erin.okafor.${tag}@school.example`;
    // Contains the address as a tail: another learner, who must keep everything.
    const neighbour = `j${address}`;
    const issuer = await seedIssuer(shared.database, { name: 'Harbour Institute' });
    await seedCredential(shared.database, issuer, { recipientEmail: address });
    await seedCredential(shared.database, issuer, { recipientEmail: neighbour });

    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      LOAD_DEMO_DATA: 'false',
      SMTP_URL: sink.url,
      ...zendeskChannelEnv(zendesk.url, 'zendesk-webhook-secret-for-tests'),
    });
    const service = await startService(config, { database: shared.database, pollingIntervalSeconds: 0.5 });
    const ticket = zendesk.addTicket();
    const response = await deliverZendeskWebhook(
      service.url,
      triggerPayload({
        id: ticket.id,
        subject: 'Lavender otter diploma',
        comment: `I never received my certificate for the lavender otter workshop. Send it to Erin.Okafor.${tag}@School.Example please.`,
        requester: { email: address.toUpperCase(), name: 'Erin Okafor' },
      }),
      { secret: config.ZENDESK_WEBHOOK_SECRET! },
    );
    expect(response.status).toBe(202);
    await until(() => hasCredbotAnswer(ticket) && sink.messages.length === 1);
    await service.stop();
    await shared.release();

    const env = { ...shared.childEnv, SMTP_URL: sink.url, LOAD_DEMO_DATA: 'false' };
    const asked = await runCredbot(['ask', '--from', address, `My badge never came after the copper heron seminar; I am ${address.toUpperCase()}`], env);
    expect(asked.code).toBe(0);
    const neighbourAsked = await runCredbot(['ask', '--from', neighbour, `where is my badge from the amber finch course? ${neighbour}`], env);
    expect(neighbourAsked.code).toBe(0);

    // The checks below would pass on an empty database: first show that they see the data when it is there.
    const { text: before } = await shared.inspect();
    expect(namesAddress(before, address)).toBe(true);
    for (const trace of ['lavender otter', 'copper heron', 'amber finch']) expect(before).toContain(trace);

    const forgot = await runCredbot(['forget', `  Erin.Okafor.${tag}@SCHOOL.example `], env);
    expect(forgot.stderr).toBe('');
    expect(forgot.code).toBe(0);
    expect(forgot.stdout).toMatch(/^Forgot e•••@school\.example: erased the words and addresses of 2 support requests and 2 emails/);
    expect(forgot.stdout).not.toContain(address);

    const { text: after, outcomes, recipients } = await shared.inspect();
    expect(namesAddress(after, address)).toBe(false);
    for (const trace of ['lavender otter', 'copper heron', 'Lavender otter', 'Erin Okafor']) expect(after).not.toContain(trace);
    expect(namesAddress(after, neighbour)).toBe(true);
    expect(after).toContain('amber finch');
    if (onServer) {
      const dump = await pgDump(shared.childEnv.DATABASE_URL!);
      expect(namesAddress(dump, neighbour)).toBe(true);
      expect(namesAddress(dump, address)).toBe(false);
      for (const trace of ['lavender otter', 'copper heron', 'erin okafor']) expect(dump.toLowerCase()).not.toContain(trace);
    }
    // The credential directory is the issuers' data: it stays.
    expect(recipients).toEqual(expect.arrayContaining([address, neighbour]));
    // What the requests were survives: two answered requests of this learner, and the neighbour's.
    expect(outcomes).toEqual({ retrieve: 3 });
  }, 240_000);

  it('refuses a malformed address with exit 1, without echoing it, and a missing one with the usage', async () => {
    const shared = await openSharedDatabase();
    await shared.release();
    const malformed = await runCredbot(['forget', 'erin.okafor(at)school'], shared.childEnv);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('not an email address');
    expect(malformed.stderr).not.toContain('erin.okafor');
    expect(malformed.stderr).not.toMatch(/\n\s+at /);
    const missing = await runCredbot(['forget'], shared.childEnv);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('forget needs exactly one ADDRESS');
  }, 180_000);
});

describe('the retention purge', () => {
  it('erases words and addresses older than the window (from a pg_dump too, on a server), keeps recent ones and the counts per outcome', async () => {
    const { app, sink, databaseUrl } = await openTestApp({});
    const issuer = await seedIssuer(app.database, { name: 'Granite College' });
    const oldLearner = `old.${randomUUID().slice(0, 8)}@school.example`;
    const recentLearner = `recent.${randomUUID().slice(0, 8)}@school.example`;
    await seedCredential(app.database, issuer, { recipientEmail: oldLearner });
    await seedCredential(app.database, issuer, { recipientEmail: recentLearner });

    const ask = (text: string) => app.handleMessage({ channel: 'cli', externalId: randomUUID(), text, requester: 'cli' });
    const old = [
      await ask(`I never received my certificate from the walnut harbour course, ${oldLearner}`),
      await ask('where is my badge from the walnut harbour course? nobody.here@school.example'),
      await ask('I lost my walnut harbour certificate link'),
    ];
    await ask(`I never received my certificate from the silver meadow course, ${recentLearner}`);
    await sink.waitForMessages(2);
    await untilSql(app.database, `select count(*)::int as n from outbound_emails where status = 'queued'`, 0);
    // Two channel messages handled long ago and lately: their jobs, finished, are kept by pg-boss for a while.
    await app.queue.define(HANDLED_QUEUE, channelJobPolicy(3, 10, 60));
    const oldKey = `zendesk:old-${randomUUID()}`;
    await app.queue.accept(HANDLED_QUEUE, { text: `walnut harbour again, ${oldLearner}` }, oldKey);
    await app.queue.accept(HANDLED_QUEUE, { text: `silver meadow again, ${recentLearner}` }, `zendesk:recent-${randomUUID()}`);
    await app.database.sql.executeSql(`update pgboss.job set state = 'completed', completed_on = now() where name = $1`, [HANDLED_QUEUE]);

    const oldIds = old.map((handled) => (handled.status === 'decided' ? handled.requestId : ''));
    await age(app.database, oldIds, 100);
    await app.database.sql.executeSql(`update pgboss.job set created_on = now() - interval '100 days' where id = $1`, [jobIdFor(oldKey)]);
    const outcomesBefore = await outcomeCounts(app.database);
    expect(await storedText(app.database)).toContain('walnut harbour');

    const counts = await purgeLearnerData(app.database, 90);

    expect(counts).toMatchObject({ supportRequests: 3, emails: 1 });
    expect(counts!.jobs).toBeGreaterThanOrEqual(2);
    const after = await storedText(app.database);
    expect(after).not.toContain('walnut harbour');
    expect(after).not.toContain(oldLearner);
    expect(after).not.toContain('nobody.here@school.example');
    expect(after).toContain('silver meadow');
    expect(after).toContain(recentLearner);
    expect(await outcomeCounts(app.database)).toEqual(outcomesBefore);
    if (onServer) {
      const dump = await pgDump(databaseUrl!);
      for (const trace of ['walnut harbour', oldLearner, 'nobody.here@school.example']) expect(dump).not.toContain(trace);
      for (const trace of ['silver meadow', recentLearner]) expect(dump).toContain(trace);
    }
    const { rows: emails } = await app.database.sql.executeSql(
      `select kind, status, to_address, subject, sent_at is not null as sent from outbound_emails where support_request_id = $1`,
      [oldIds[0]],
    );
    expect(emails).toEqual([{ kind: 'retrieve', status: 'sent', to_address: expect.stringMatching(/^erased:/), subject: '', sent: true }]);
    // Erased rows are marked, so the next daily run rewrites nothing.
    expect(await purgeLearnerData(app.database, 90)).toEqual({ supportRequests: 0, emails: 0, jobs: 0 });
  });

  it('runs daily in the service from a schedule stored in the database, with RETENTION_DAYS as its window', async () => {
    const { app } = await openTestApp({ RETENTION_DAYS: '30' }, { runSchedules: true });
    const { rows: schedules } = await app.database.sql.executeSql(`select cron, timezone from pgboss.schedule where name = $1`, [RETENTION_PURGE_QUEUE]);
    expect(schedules).toEqual([{ cron: '17 3 * * *', timezone: 'UTC' }]);

    const ask = (text: string) => app.handleMessage({ channel: 'cli', externalId: randomUUID(), text, requester: 'cli' });
    const older = await ask('I lost my badge from the quartz lantern course');
    const younger = await ask('I lost my badge from the cedar comet course');
    await age(app.database, [older.status === 'decided' ? older.requestId : ''], 40);
    await age(app.database, [younger.status === 'decided' ? younger.requestId : ''], 20);

    // What the schedule sends at 03:17, sent now.
    await app.queue.schedule(app.database, RETENTION_PURGE_QUEUE, {}, randomUUID());
    app.queue.nudgeWorkers();
    await untilSql(app.database, `select count(*)::int as n from support_requests where message_text like '%quartz lantern%'`, 0);
    expect(await storedText(app.database)).toContain('cedar comet');
  });

  it.skipIf(!onServer)('does not run while another purge holds the database', async () => {
    const testDb = await createTestDatabase();
    cleanups.push(() => testDb.drop());
    const other = postgres(testDb.url!, { max: 1, onnotice: () => {} });
    cleanups.push(() => other.end());
    await other.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtextextended('credbot:retention-purge', 0))`;
      expect(await purgeLearnerData(testDb.database, 90)).toBeNull();
    });
    expect(await purgeLearnerData(testDb.database, 90)).toEqual({ supportRequests: 0, emails: 0, jobs: 0 });
  });

  it('credbot purge refuses a window that is not a whole number of days', async () => {
    const result = await runCredbot(['purge', '--older-than', 'ninety'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--older-than needs a whole number of days');
  });
});

/**
 * A database that the test process and `credbot` child processes take turns on: a fresh server database, or an
 * embedded one in a data directory of its own (one process at a time: `release` closes the test's hold on it).
 */
async function openSharedDatabase() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'credbot-erasure-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  let database: Database;
  let childEnv: Record<string, string>;
  let release: () => Promise<void>;
  let reopen: () => Promise<Database>;
  if (onServer) {
    const testDb = await createTestDatabase();
    cleanups.push(() => testDb.drop());
    database = testDb.database;
    childEnv = { DATA_DIR: dataDir, DATABASE_URL: testDb.url! };
    release = async () => {};
    reopen = async () => testDb.database;
  } else {
    const open = () => openDatabase({ kind: 'embedded', dataDir });
    database = await open();
    await migrateDatabase(database);
    childEnv = { DATA_DIR: dataDir };
    let current: Database | null = database;
    release = async () => {
      const closing = current;
      current = null;
      await closing?.close();
    };
    reopen = async () => (current ??= await open());
    cleanups.push(release);
  }
  return {
    database,
    childEnv,
    release,
    /** Reads through the test's own connection, then lets go again so that the next child can open the database. */
    async inspect() {
      const db = await reopen();
      try {
        const { rows } = await db.sql.executeSql('select recipient_email from credentials', []);
        return { text: await storedText(db), outcomes: await outcomeCounts(db), recipients: rows.map((row) => row.recipient_email as string) };
      } finally {
        await release();
      }
    },
  };
}

/** The app with its workers (as `credbot start` runs it, without channels) on a fresh database. */
async function openTestApp(env: Record<string, string>, options: { runSchedules?: boolean } = {}): Promise<{ app: App; sink: SmtpSink; databaseUrl?: string }> {
  const testDb = await createTestDatabase();
  cleanups.push(() => testDb.drop());
  const sink = await startSmtpSink();
  cleanups.push(() => sink.close());
  const config = loadConfig({ SMTP_URL: sink.url, LOAD_DEMO_DATA: 'false', ...env });
  const app = await openApp(config, createLogger('silent'), { runWorkers: true, database: testDb.database, pollingIntervalSeconds: 0.5, ...options });
  cleanups.push(() => app.close());
  return { app, sink, databaseUrl: testDb.url };
}

/**
 * Every text, array and JSON value of every table in the public and pgboss schemas (the credential directory
 * aside), as one string. PGlite has no pg_dump (`@electric-sql/pglite-tools` is not installed), so this is what
 * the embedded database is checked with; on a server the test runs pg_dump as well.
 */
async function storedText(database: Database): Promise<string> {
  const { rows: columns } = await database.sql.executeSql(
    `select table_schema, table_name, column_name from information_schema.columns
     where table_schema in ('public', 'pgboss') and data_type in ('text', 'jsonb', 'json', 'ARRAY', 'character varying')
       and not (table_schema = 'public' and table_name = 'credentials')`,
    [],
  );
  const values: string[] = [];
  for (const { table_schema: schema, table_name: table, column_name: column } of columns as Record<string, string>[]) {
    const { rows } = await database.sql.executeSql(`select "${column}"::text as value from "${schema}"."${table}" where "${column}" is not null`, []);
    values.push(...rows.map((row) => row.value as string));
  }
  return values.join('\n');
}

async function outcomeCounts(database: Database): Promise<Record<string, number>> {
  const { rows } = await database.sql.executeSql('select outcome, count(*)::int as n from support_requests group by outcome', []);
  return Object.fromEntries(rows.map((row) => [row.outcome, row.n]));
}

/** Moves requests, their emails and their emails' delivery jobs `days` into the past. */
async function age(database: Database, requestIds: string[], days: number): Promise<void> {
  await database.transaction(async ({ sql }) => {
    await sql.executeSql(`update support_requests set received_at = now() - make_interval(days => $2) where id = any($1::uuid[])`, [requestIds, days]);
    const { rows } = await sql.executeSql(
      `update outbound_emails set created_at = now() - make_interval(days => $2) where support_request_id = any($1::uuid[]) returning id::text`,
      [requestIds, days],
    );
    await sql.executeSql(`update pgboss.job set created_on = now() - make_interval(days => $2) where data->>'emailId' = any($1::text[])`, [rows.map((row) => row.id), days]);
  });
}

/**
 * Whether the text holds the address, in any case, and not as the tail or head of a longer one
 * (`jerin@…` or `…example.com.au`): the test's own oracle, written apart from the code under test.
 */
function namesAddress(text: string, address: string): boolean {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.%+'-])${escaped}(?![\\w-]|\\.\\w)`, 'i').test(text);
}

async function pgDump(url: string): Promise<string> {
  const version = readdirSync('/usr/lib/postgresql').find((dir) => existsSync(`/usr/lib/postgresql/${dir}/bin/pg_dump`));
  if (!version) throw new Error('pg_dump not found under /usr/lib/postgresql/*/bin');
  const { stdout } = await promisify(execFile)(`/usr/lib/postgresql/${version}/bin/pg_dump`, ['--exclude-table-data=public.credentials', url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

async function untilSql(database: Database, query: string, expected: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await database.sql.executeSql(query, []);
    if (rows[0]?.n === expected) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${query} to be ${expected} (is ${rows[0]?.n})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
