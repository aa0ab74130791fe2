import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpSink } from './fakes/smtp-sink.ts';
import { runCredbot, startCredbot } from './helpers/child-process.ts';
import { untilQueueIdle } from './helpers/queue-idle.ts';
import { createTestDatabase } from './helpers/test-database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { outboundEmails, supportRequests } from '../src/db/schema.ts';
import { ZENDESK_TEST_SIGNING_SECRET } from '../src/zendesk/webhook-signature.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url));
const onServer = Boolean(process.env.TEST_DATABASE_URL);
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database of the test's own for a child process: a fresh data directory, or a fresh server database. */
async function freshDatabaseEnv(): Promise<Record<string, string>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'credbot-cli-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  if (!onServer) return { DATA_DIR: dataDir };
  const testDb = await createTestDatabase();
  cleanups.push(() => testDb.drop());
  return { DATA_DIR: dataDir, DATABASE_URL: testDb.url as string };
}

/** A file of the test's own, in a folder removed after it. */
async function writeTempFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'credbot-cli-file-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('credbot classify', () => {
  it('prints the intent, confidence, signals and addresses as JSON', async () => {
    const result = await runCredbot(['classify', 'I never got my certificate, I am Jo@Example.COM.'], {});
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      intent: 'missing_credential',
      confidence: expect.any(Number),
      reasons: expect.arrayContaining([expect.any(String)]),
      emails: ['jo@example.com'],
    });
  });

  it('answers JSON lines with one line each, and flags a bad line in its place', async () => {
    const input = [
      JSON.stringify({ text: 'where is my badge' }),
      'not json',
      JSON.stringify({ text: 'how do I renew the TLS certificate on nginx' }),
    ].join('\n');
    const result = await runCredbot(['classify', '--jsonl'], {}, input);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.intent ?? 'error')).toEqual(['missing_credential', 'error', 'other']);
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(result.code).toBe(1);
  });
});

describe('configuration errors', () => {
  it('stop the command with exit code 2, naming the variable', async () => {
    const result = await runCredbot(['db', 'migrate'], { PORT: 'eighty', RETRIEVE_LIMIT_PER_DAY: '0' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PORT="eighty"');
    expect(result.stderr).toContain('RETRIEVE_LIMIT_PER_DAY');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stop any command with exit code 2 when a channel has some of its settings but not all', async () => {
    const result = await runCredbot(['db', 'migrate'], { ...(await freshDatabaseEnv()), ZENDESK_SUBDOMAIN: 'acme', ZENDESK_OAUTH_TOKEN: 'sekrit0-oauth-token' });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('- ZENDESK_WEBHOOK_SECRET: required for the Zendesk channel');
    expect(result.stderr).not.toContain('sekrit0');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stop credbot start with exit code 2 when JOB_TIMEOUT_SECONDS is shorter than an email may take to send', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false', PORT: '0', HOST: '127.0.0.1', JOB_TIMEOUT_SECONDS: '30' };
    // Old builds ran on with it: such a child is stopped, and fails below.
    const result = await runCredbot(['start'], env, undefined, { timeoutMs: 60_000 });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('- JOB_TIMEOUT_SECONDS="30": must be at least 65: sending an email may take SMTP_SEND_TIMEOUT_MS');
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });

  describe('never print a secret', () => {
    // Each channel complete and valid, so that the one setting a case changes is the only thing wrong.
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1-valid', SLACK_SIGNING_SECRET: 'valid-signing-secret', SLACK_API_URL: 'http://127.0.0.1:9/api/' };
    const zendesk = { ZENDESK_API_URL: 'http://127.0.0.1:9/api/v2', ZENDESK_EMAIL: 'agent@support.example', ZENDESK_API_TOKEN: 'valid-api-token', ZENDESK_WEBHOOK_SECRET: 'valid-webhook-secret' };
    // `secret`: what must not appear anywhere in the output (a token, a secret, a URL's user name and password).
    const cases: { variable: string; value: string; secret: string; shown?: string; channel?: Record<string, string> }[] = [
      { variable: 'SLACK_BOT_TOKEN', value: 'xoxp-1111-2222-sekrit0user0token', secret: '1111-2222-sekrit0user0token', shown: 'SLACK_BOT_TOKEN=xoxp-…', channel: slack },
      { variable: 'SLACK_APP_TOKEN', value: 'xoxb-1111-sekrit0bot0token', secret: '1111-sekrit0bot0token', shown: 'SLACK_APP_TOKEN=xoxb-…', channel: slack },
      { variable: 'SLACK_SIGNING_SECRET', value: 'sekrit7', secret: 'sekrit7', channel: slack },
      { variable: 'SLACK_SIGNING_SECRET', value: 'sekrit0signing secret', secret: 'sekrit0signing', channel: slack },
      { variable: 'SLACK_API_URL', value: 'https://bot:sekrit0pw@slack.example/api/', secret: 'bot:sekrit0pw', channel: slack },
      { variable: 'ZENDESK_WEBHOOK_SECRET', value: 'sekrit7', secret: 'sekrit7', channel: zendesk },
      { variable: 'ZENDESK_WEBHOOK_SECRET', value: ZENDESK_TEST_SIGNING_SECRET, secret: ZENDESK_TEST_SIGNING_SECRET, channel: zendesk },
      { variable: 'ZENDESK_API_TOKEN', value: 'sekrit0api0token\n', secret: 'sekrit0api0token', channel: zendesk },
      { variable: 'ZENDESK_OAUTH_TOKEN', value: 'Bearer sekrit0oauth0token', secret: 'sekrit0oauth0token', channel: zendesk },
      { variable: 'ZENDESK_API_URL', value: 'https://agent:sekrit0pw@acme.zendesk.com/api/v2', secret: 'agent:sekrit0pw', channel: zendesk },
      { variable: 'SMTP_URL', value: 'smtp://mailer:sekrit0pw@mail.example:smtp', secret: 'mailer:sekrit0pw', shown: 'SMTP_URL=smtp://…' },
      { variable: 'SMTP_URL', value: 'https://mailer:sekrit0pw@mail.example', secret: 'mailer:sekrit0pw' },
      { variable: 'DATABASE_URL', value: 'postgres://credbot:pa ss0sekrit@db.example:notaport/credbot', secret: 'credbot:pa ss0sekrit', shown: 'DATABASE_URL=postgres://…' },
      { variable: 'DATABASE_URL', value: 'postgres://credbot:sekrit0pw@[bad', secret: 'credbot:sekrit0pw' },
      { variable: 'DATABASE_URL', value: 'mysql://credbot:sekrit0pw@db.example/credbot', secret: 'credbot:sekrit0pw' },
      // A mode postgres.js does not know is read as verified TLS: it used to fail only at the connection, with exit 3.
      { variable: 'DATABASE_URL', value: 'postgres://credbot:sekrit0pw@127.0.0.1:5432/credbot?sslmode=bogus', secret: 'credbot:sekrit0pw' },
    ];

    it.each(cases)('$variable=$value is refused by credbot start with exit code 2, naming it, not repeating the secret', async ({ variable, value, secret, shown, channel }) => {
      const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false', PORT: '0', HOST: '127.0.0.1', ...channel, [variable]: value };
      // Old builds accepted some of these and ran on: such a child is stopped, and fails below.
      const result = await runCredbot(['start'], env, undefined, { timeoutMs: 60_000 });
      const output = result.stdout + result.stderr;
      expect(result.code, output).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`- ${variable}(=\\S+…)?: `));
      if (shown) expect(result.stderr).toContain(`- ${shown}: `);
      expect(output).not.toContain(secret);
      expect(output).not.toContain('sekrit');
      expect(output).not.toMatch(/unexpected error|\n\s+at /);
    });
  });

  describe('reject a HOST this machine cannot listen on, with exit code 2', () => {
    it.each([
      ['999.1.1.1', 'four numbers from 0 to 255'],
      ['192.0.2.1', 'no network interface of this machine has this address'],
      ['nowhere.invalid', 'does not resolve'],
    ])('HOST=%s', async (host, problem) => {
      const result = await runCredbot(['start'], { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false', PORT: '0', HOST: host });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(`HOST="${host}": `);
      expect(result.stderr).toContain(problem);
      expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
    });
  });

  it.skipIf(onServer)('stop the command with exit code 2 when DATA_DIR names a file, not a folder', async () => {
    const { DATA_DIR: dataDir } = await freshDatabaseEnv();
    const file = path.join(dataDir as string, 'not-a-folder');
    await writeFile(file, '');
    const result = await runCredbot(['db', 'migrate'], { DATA_DIR: file });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`DATA_DIR="${file}": a file is in the way of this folder`);
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });

  it('reads the settings of the file ENV_FILE names, and lets the environment win over it', async () => {
    const database = await freshDatabaseEnv();
    const envFile = path.join(database.DATA_DIR as string, 'settings.env');
    await writeFile(envFile, '# written by an operator\nMAIL_FROM=foo\nRETRIEVE_LIMIT_PER_DAY=0\n');
    const fromFile = await runCredbot(['db', 'migrate'], { ...database, ENV_FILE: envFile });
    expect(fromFile.code, fromFile.stderr).toBe(2);
    expect(fromFile.stderr).toContain('MAIL_FROM="foo": must hold an email address');
    expect(fromFile.stderr).toContain('RETRIEVE_LIMIT_PER_DAY');

    const overridden = await runCredbot(['db', 'migrate'], { ...database, ENV_FILE: envFile, MAIL_FROM: 'certs@acme.example', RETRIEVE_LIMIT_PER_DAY: '3' });
    expect(overridden.code, overridden.stderr).toBe(0);
  });

  it('names ENV_FILE when the file it names cannot be read', async () => {
    const result = await runCredbot(['db', 'migrate'], { ...(await freshDatabaseEnv()), ENV_FILE: '/nonexistent/credbot.env' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ENV_FILE="/nonexistent/credbot.env": cannot read it (ENOENT)');
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });

  it.each([
    ['start', 'run the service'],
    ['ask', 'ask TEXT'],
    ['import', 'import issuers FILE'],
    ['zendesk', 'zendesk setup --url URL'],
  ])('credbot %s --help prints its usage and does nothing else', async (command, usage) => {
    // With a PORT that cannot be bound: a command that ran instead of helping would fail.
    const result = await runCredbot([command, '--help'], { ...(await freshDatabaseEnv()), PORT: '1', HOST: '192.0.2.1' }, undefined, { timeoutMs: 30_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(usage);
    expect(result.stderr).toBe('');
  });

  it('an unknown option prints the usage and exits 2, naming it', async () => {
    const result = await runCredbot(['ask', '--frobnicate', 'I never got my certificate'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'--frobnicate'");
    expect(result.stderr).toContain('Usage: credbot');
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const result = await runCredbot(['frobnicate'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('Usage: credbot');
  });
});

describe('credbot import', () => {
  it('imports issuers then credentials, and answers for an imported learner', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    const issuers = await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    expect(issuers).toMatchObject({ code: 0 });
    expect(issuers.stdout).toContain('Imported 3 issuers');
    const credentials = await runCredbot(['import', 'credentials', fixture('credentials.csv')], env);
    expect(credentials.code).toBe(0);
    expect(credentials.stdout).toMatch(/Imported \d+ credentials/);

    const asked = await runCredbot(['ask', '--json', '--from', 'ravi.shah@example.com', 'I never received my certificate: ravi.shah@example.com'], env);
    expect(asked.code).toBe(0);
    const report = JSON.parse(asked.stdout);
    expect(report.decision.kind).toBe('retrieve');
    expect(report.emails[0]).toMatchObject({ to: 'ravi.shah@example.com', status: 'sent' });
    expect(report.emails[0].text).toContain('https://badges.example/lhi/0001');
  });

  it('asks, and when the classifier is not sure enough to answer, prints the answer it would suggest and sends nothing', async () => {
    // An act threshold of 1 is reached by no message, so a recognised request is only suggested.
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false', INTENT_ACT_THRESHOLD: '1', INTENT_SUGGEST_THRESHOLD: '0.05' };
    await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    await runCredbot(['import', 'credentials', fixture('credentials.csv')], env);

    const asked = await runCredbot(['ask', '--from', 'ravi.shah@example.com', 'I never received my certificate: ravi.shah@example.com'], env);

    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('band suggest');
    expect(asked.stdout).toContain('Suggested to staff only (nothing sent to the learner, no email)');
    expect(asked.stdout).not.toContain('Email (retrieve)');
  });

  it('is idempotent: importing the same file twice leaves one copy', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    await runCredbot(['import', 'credentials', fixture('credentials.csv')], env);
    const again = await runCredbot(['import', 'credentials', fixture('credentials.jsonl')], env);
    expect(again.stdout).toContain('(jsonl): 0 new, 0 updated, 4 unchanged, 0 withdrawn, 0 rejected.');
    const asked = await runCredbot(['ask', '--json', '--from', 'ravi.shah@example.com', 'resend my certificate please, ravi.shah@example.com'], env);
    const report = JSON.parse(asked.stdout);
    expect(report.decision.deliveries[0].credentials).toHaveLength(1);
  });

  it('refuses a file with a bad row, naming line and field, and imports nothing', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    const result = await runCredbot(['import', 'credentials', fixture('credentials-with-errors.csv')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/credentials-with-errors\.csv:2: recipient_email/);
    expect(result.stderr).toMatch(/:3: issued_at/);
    expect(result.stderr).toContain('Nothing imported');
    expect(result.stderr).not.toMatch(/\n\s+at /);

    const asked = await runCredbot(['ask', '--json', '--from', 'nadia@example.com', 'I never got my badge, nadia@example.com'], env);
    expect(JSON.parse(asked.stdout).decision).toMatchObject({ kind: 'issuer_handoff', reason: 'nothing_found' });
  });

  it('with --skip-invalid imports the good rows and lists the bad ones', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    const result = await runCredbot(['import', 'credentials', '--skip-invalid', fixture('credentials-with-errors.csv')], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/:2: recipient_email/);
    expect(result.stdout).toBe(
      `Imported 1 credential from ${fixture('credentials-with-errors.csv')} (csv): 1 new, 0 updated, 0 unchanged, 0 withdrawn, 4 rejected.\n`,
    );

    const asked = await runCredbot(['ask', '--json', '--from', 'nadia@example.com', 'I never got my badge, nadia@example.com'], env);
    expect(JSON.parse(asked.stdout).decision).toMatchObject({ kind: 'issuer_handoff', reason: 'only_drafts' });
  });

  it('counts the rows new, updated, unchanged and rejected, and prints no progress when stderr is not a terminal', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    const issuers = await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    expect(issuers).toEqual({
      code: 0,
      stdout: `Imported 3 issuers from ${fixture('issuers.csv')} (csv): 3 new, 0 updated, 0 unchanged, 0 rejected.\n`,
      stderr: '',
    });
    const renamed = await writeTempFile('issuers.csv', 'id,name\nmeadow-labs,Meadow Laboratories\nnew-school,New School\n');
    const issuersAgain = await runCredbot(['import', 'issuers', renamed], env);
    expect(issuersAgain.stdout).toContain('Imported 2 issuers from');
    expect(issuersAgain.stdout).toContain(': 1 new, 1 updated, 0 unchanged, 0 rejected.');

    // Thousands of rows over several seconds: a progress line would have been drawn on a terminal.
    const header = 'id,issuer_id,recipient_email,course_name,url,status,issued_at';
    const row = (n: number, course = 'Course') =>
      `c-${n},meadow-labs,learner${n}@example.com,${course},https://badges.example/c-${n},published,2024-05-01`;
    const first = await writeTempFile('first.csv', `${[header, ...Array.from({ length: 3000 }, (_, n) => row(n))].join('\n')}\n`);
    const imported = await runCredbot(['import', 'credentials', first], env);
    expect(imported).toEqual({
      code: 0,
      stdout: `Imported 3,000 credentials from ${first} (csv): 3,000 new, 0 updated, 0 unchanged, 0 withdrawn, 0 rejected.\n`,
      stderr: '',
    });

    const rows = Array.from({ length: 3100 }, (_, n) => row(n, n < 40 ? 'Renamed course' : 'Course'));
    rows[3050] = 'c-bad,meadow-labs,not-an-address,Course,https://badges.example/c-bad,published,2024-05-01';
    const second = await writeTempFile('second.csv', `${[header, ...rows].join('\n')}\n`);
    const upserted = await runCredbot(['import', 'credentials', '--skip-invalid', second], env);
    expect(upserted.code).toBe(0);
    expect(upserted.stdout).toBe(
      `Imported 3,099 credentials from ${second} (csv): 99 new, 40 updated, 2,960 unchanged, 0 withdrawn, 1 rejected.\n`,
    );
    expect(upserted.stderr).toBe(`${second}:3052: recipient_email: "not-an-address" is not a valid email address\n`);
  });

  it('with --replace withdraws the credentials of each issuer in the file that it does not list, and leaves other issuers alone', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    await runCredbot(['import', 'credentials', fixture('credentials.csv')], env);
    const askRavi = ['ask', '--json', '--from', 'ravi.shah@example.com', 'I never received my certificate: ravi.shah@example.com'];
    expect(JSON.parse((await runCredbot(askRavi, env)).stdout).decision.kind).toBe('retrieve');

    // Lighthouse Institute now lists Elena's credential only: Ravi's was withdrawn. Copper Kettle is not in the file.
    const header = 'id,issuer_id,recipient_email,recipient_name,course_name,url,status,issued_at';
    const lighthouse = await writeTempFile(
      'lighthouse.csv',
      `${header}\nlhi-0002,lighthouse-institute,elena.park@example.org,,"Knots, Hitches and Splices",https://badges.example/lhi/0002,published,2024-06-15\n`,
    );
    const replaced = await runCredbot(['import', 'credentials', '--replace', lighthouse], env);
    expect(replaced).toEqual({
      code: 0,
      stdout: `Imported 1 credential from ${lighthouse} (csv): 0 new, 1 updated, 0 unchanged, 1 withdrawn, 0 rejected.\n`,
      stderr: '',
    });

    const ravi = JSON.parse((await runCredbot(askRavi, env)).stdout);
    expect(ravi.decision).toMatchObject({ kind: 'issuer_handoff', reason: 'nothing_found' });
    const tom = await runCredbot(['ask', '--json', '--from', 'tom.ng@example.net', 'I never received my certificate: tom.ng@example.net'], env);
    expect(JSON.parse(tom.stdout).emails[0].text).toContain('https://badges.example/ckcs/0100');
  });

  it('with --replace and --skip-invalid leaves an issuer with a rejected row as it was, and says what it kept', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    await runCredbot(['import', 'credentials', fixture('credentials.csv')], env);
    const header = 'id,issuer_id,recipient_email,recipient_name,course_name,url,status,issued_at';
    const lighthouseRow = 'lhi-0002,lighthouse-institute,elena.park@example.org,,Knots,https://badges.example/lhi/0002,published,2024-06-15';
    // Amara's row has a typo: replacing Copper Kettle would withdraw her credential, and Tom's with it.
    const file = await writeTempFile(
      'typo.csv',
      [
        header,
        lighthouseRow,
        'ckcs-0101,copper-kettle,amara.diallo@example,Amara Diallo,Knife Skills,https://badges.example/ckcs/0101,published,2024-02-29',
        '',
      ].join('\n'),
    );
    const result = await runCredbot(['import', 'credentials', '--replace', '--skip-invalid', file], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(': 0 new, 1 updated, 0 unchanged, 1 withdrawn, 1 rejected.');
    expect(result.stderr).toContain(`${file}:3: recipient_email: "amara.diallo@example" is not a valid email address`);
    expect(result.stderr).toContain(
      `Not withdrawn: 2 credentials of copper-kettle that ${file} does not list, as rows of this issuer were rejected`,
    );
    const amara = await runCredbot(['ask', '--json', '--from', 'amara.diallo@example.com', 'I never received my certificate: amara.diallo@example.com'], env);
    expect(JSON.parse(amara.stdout).decision.kind).toBe('retrieve');

    // A line that is no record could be any issuer's: Lighthouse Institute is not replaced either.
    await runCredbot(['import', 'credentials', fixture('credentials.csv')], env);
    const broken = await writeTempFile('broken.csv', `${header}\nthis line has no fields\n${lighthouseRow}\n`);
    const none = await runCredbot(['import', 'credentials', '--replace', '--skip-invalid', broken], env);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain(': 0 new, 1 updated, 0 unchanged, 0 withdrawn, 1 rejected.');
    expect(none.stderr).toContain(
      `Nothing withdrawn: a rejected row names no issuer that could be read, so no issuer was replaced and 1 credential of lighthouse-institute that ${broken} does not list stayed.`,
    );
  });

  it('with --replace and a bad row imports and withdraws nothing', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    await runCredbot(['import', 'credentials', fixture('credentials.csv')], env);
    const result = await runCredbot(['import', 'credentials', '--replace', fixture('credentials-with-errors.csv')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing imported or withdrawn: 4 invalid row(s). Fix them, or pass --skip-invalid.');
    const asked = await runCredbot(['ask', '--json', '--from', 'ravi.shah@example.com', 'I never received my certificate: ravi.shah@example.com'], env);
    expect(JSON.parse(asked.stdout).decision.kind).toBe('retrieve');
  });

  it('refuses --replace for issuers as a usage error', async () => {
    const result = await runCredbot(['import', 'issuers', '--replace', fixture('issuers.csv')], await freshDatabaseEnv());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--replace is for "import credentials" only');
  });

  it('says clearly when the file does not exist', async () => {
    const env = await freshDatabaseEnv();
    const result = await runCredbot(['import', 'issuers', '/no/such/file.csv'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read /no/such/file.csv: no such file');
  });

  it('refuses a file that ends in the middle of its last line, even with --skip-invalid, and writes none of it', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    const dir = await mkdtemp(path.join(tmpdir(), 'credbot-cli-file-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    // More issuers than a batch, so that some are written inside the transaction before the end is read.
    const lines = ['id,name,aliases', ...Array.from({ length: 300 }, (_, n) => `issuer-${n},Issuer ${n},Alias ${n}|I${n}`)];
    const cut = path.join(dir, 'issuers.csv');
    await writeFile(cut, lines.join('\n').slice(0, -2));

    for (const flags of [[], ['--skip-invalid']]) {
      const refused = await runCredbot(['import', 'issuers', ...flags, cut], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${cut}: the file ends in the middle of line 301: it looks cut short`);
      expect(refused.stderr).toContain('nothing was imported. If the file is complete, end its last line with a line break');
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      expect(refused.stdout).toBe('');
    }
    const credentials = path.join(dir, 'credentials.csv');
    await writeFile(credentials, 'id,issuer_id,recipient_email,course_name,url,status,issued_at\nc-1,issuer-0,a@example.com,Course,https://badges.example/c-1,published,2024-05-01\n');
    const orphan = await runCredbot(['import', 'credentials', credentials], env);
    expect(orphan.code).toBe(1);
    expect(orphan.stderr).toContain('credentials.csv:2: issuer_id: no issuer "issuer-0"');

    await writeFile(cut, `${lines.join('\n')}\n`);
    const whole = await runCredbot(['import', 'issuers', cut], env);
    expect(whole).toMatchObject({ code: 0, stdout: expect.stringContaining('Imported 300 issuers') });
  });

  it('lists the first 100 problems of a file and counts the rest', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false' };
    await runCredbot(['import', 'issuers', fixture('issuers.csv')], env);
    const dir = await mkdtemp(path.join(tmpdir(), 'credbot-cli-file-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'many-bad.csv');
    const header = 'id,issuer_id,recipient_email,recipient_name,course_name,url,status,issued_at';
    const row = (n: number) => `bad-${n},lighthouse-institute,not-an-address,,Course,https://badges.example/${n},published,2024-05-01`;
    await writeFile(file, `${[header, ...Array.from({ length: 150 }, (_, n) => row(n))].join('\n')}\n`);
    const result = await runCredbot(['import', 'credentials', file], env);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/many-bad\.csv:\d+: recipient_email/g)).toHaveLength(100);
    expect(result.stderr).toContain('… and 50 more problem(s) not listed');
    expect(result.stderr).toContain('Nothing imported: 150 invalid row(s)');
  });
});

describe('credbot ask on a fresh database', () => {
  it('loads the demo dataset and emails a demo learner through the local outbox', async () => {
    const env: Record<string, string> = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'true' };
    const result = await runCredbot(['ask', '--from', 'maria.lopez@example.com', 'I never received my certificate'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Decision:  retrieve');
    expect(result.stdout).toContain('We’ve emailed a list of your credentials to m•••@example.com');
    expect(result.stdout).toContain('https://credentials.example/c/7f3a9d21');
    expect(result.stdout).toContain('https://credentials.example/c/b81e4c07');
    const outbox = await readdir(path.join(env.DATA_DIR as string, 'outbox'));
    expect(outbox.filter((file) => file.endsWith('.eml'))).toHaveLength(1);
  });
});

describe.runIf(onServer)('credbot ask on a new PostgreSQL database', () => {
  it('loads no demo learners unless LOAD_DEMO_DATA asks for them', async () => {
    const result = await runCredbot(['ask', '--json', 'I never received my certificate, maria.lopez@example.com'], await freshDatabaseEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ decision: { kind: expect.not.stringMatching(/^retrieve$/) }, emails: [] });
  });
});

describe('credbot ask in the learner’s language', () => {
  // One request in each language, asked four times so that it meets each outcome on the demo data: maria's
  // credentials are emailed, then her limit of one a day is reached; jordan only has a draft (the issuer is
  // emailed too); and with no address at all credbot asks for one.
  const rounds = [
    {
      language: 'en',
      request: 'I finished the course two weeks ago and never received my certificate.',
      emailed: 'We’ve emailed a list of your credentials to m•••@example.com.',
      subject: 'The 2 credentials you asked for',
      issued: 'Issued by Harbor Data School on 3 Feb 2026',
      limited: 'We already emailed your credentials to m•••@example.com at',
      handedOff: 'We found your credential for j•••@example.org, but Northwind Academy hasn’t published it yet.',
      issuerSubject: 'A learner is asking about their Northwind Academy credential',
      asked: 'Which email address did you sign up for your course with?',
    },
    {
      language: 'es',
      request: 'Hola, terminé el curso hace dos semanas y nunca me llegó el certificado.',
      emailed: 'Le hemos enviado por correo electrónico una lista de sus credenciales a m•••@example.com.',
      subject: 'Las 2 credenciales que solicitó',
      issued: 'Emitida por Harbor Data School el 3 feb 2026',
      limited: 'Ya le enviamos sus credenciales a m•••@example.com el',
      handedOff: 'Encontramos su credencial para j•••@example.org, pero Northwind Academy aún no la ha publicado.',
      issuerSubject: 'Consulta de un estudiante sobre su credencial de Northwind Academy',
      asked: '¿Con qué dirección de correo electrónico se inscribió en su curso?',
    },
    {
      language: 'pt',
      request: 'Olá, terminei o curso há duas semanas e ainda não recebi meu certificado.',
      emailed: 'Enviamos por e-mail uma lista das suas credenciais para m•••@example.com.',
      subject: 'As 2 credenciais que você pediu',
      issued: 'Emitida por Harbor Data School em 3 de fev. de 2026',
      limited: 'Já enviamos suas credenciais para m•••@example.com em',
      handedOff: 'Encontramos sua credencial de j•••@example.org, mas Northwind Academy ainda não a publicou.',
      issuerSubject: 'Um aluno está perguntando sobre a credencial de Northwind Academy',
      asked: 'Com qual endereço de e-mail você se inscreveu no curso?',
    },
    {
      language: 'fr',
      request: 'Bonjour, j’ai terminé la formation il y a deux semaines et je n’ai jamais reçu mon certificat.',
      emailed: 'Nous avons envoyé la liste de vos certificats par e-mail à m•••@example.com.',
      subject: 'Les 2 certificats que vous avez demandés',
      issued: 'Délivré par Harbor Data School le 3 févr. 2026',
      limited: 'Nous avons déjà envoyé vos certificats à m•••@example.com le',
      handedOff: 'Nous avons trouvé votre certificat pour j•••@example.org, mais il n’a pas encore été publié par Northwind Academy.',
      issuerSubject: 'Un apprenant vous interroge sur son certificat Northwind Academy',
      asked: 'Avec quelle adresse e-mail vous êtes-vous inscrit(e) à votre formation ?',
    },
    {
      language: 'de',
      request: 'Hallo, ich habe den Kurs vor zwei Wochen abgeschlossen, aber mein Zertifikat nie bekommen.',
      emailed: 'Wir haben Ihnen eine Liste Ihrer Zertifikate an m•••@example.com geschickt.',
      subject: 'Die 2 Zertifikate, die Sie angefordert haben',
      issued: 'Ausgestellt von Harbor Data School am 3. Feb. 2026',
      limited: 'Wir haben Ihre Zertifikate bereits am',
      handedOff: 'Wir haben Ihr Zertifikat für j•••@example.org gefunden, aber Northwind Academy hat es noch nicht veröffentlicht.',
      issuerSubject: 'Anfrage zu einem Zertifikat von Northwind Academy',
      asked: 'Mit welcher E-Mail-Adresse haben Sie sich für Ihren Kurs angemeldet?',
    },
  ];

  describe.each(rounds)('a request written in $language', (round) => {
    const ask = async (env: Record<string, string>, from: string | null) => {
      const result = await runCredbot(['ask', ...(from ? ['--from', from] : []), round.request], env);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Language:  ${round.language} (the message’s)`);
      return result.stdout;
    };
    const replyOf = (stdout: string) => stdout.slice(stdout.indexOf('Reply to the learner:'), stdout.search(/\n(Note for staff|Email \()/) >>> 0);

    it('is answered in it when the credentials are emailed, in the reply and the email, and when the daily limit is reached', async () => {
      const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'true', RETRIEVE_LIMIT_PER_DAY: '1' };
      const retrieved = await ask(env, 'maria.lopez@example.com');
      expect(retrieved).toContain('Decision:  retrieve');
      expect(replyOf(retrieved)).toContain(round.emailed);
      expect(retrieved).toContain('Email (retrieve) to maria.lopez@example.com: sent');
      expect(retrieved).toContain(`Subject: ${round.subject}`);
      expect(retrieved).toContain(round.issued);

      const limited = await ask(env, 'maria.lopez@example.com');
      expect(limited).toContain('Decision:  rate_limited');
      expect(replyOf(limited)).toContain(round.limited);
    });

    it('is answered in it when it is handed off to the issuer (whose email is in it too), and when credbot asks for an address', async () => {
      const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'true', ISSUER_HANDOFF_EMAILS: 'true' };
      const handedOff = await ask(env, 'jordan.blake@example.org');
      expect(handedOff).toContain('Decision:  issuer_handoff');
      expect(replyOf(handedOff)).toContain(round.handedOff);
      expect(handedOff).toContain(`Subject: ${round.issuerSubject}`);

      const asked = await ask(env, null);
      expect(asked).toContain('Decision:  ask_for_email');
      expect(replyOf(asked)).toContain(round.asked);
    });
  });
});

describe('credbot ask --from A about address B', () => {
  it('answers B in the words anyone gets, emails B’s credentials to B only, and shows the details as the staff note', async () => {
    const env = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'true' };
    const result = await runCredbot(['ask', '--from', 'sam.jones@example.net', 'I never received my certificate, my email is maria.lopez@example.com'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Decision:  other_addresses');
    const reply = result.stdout.slice(result.stdout.indexOf('Reply to the learner:'), result.stdout.indexOf('Note for staff:'));
    expect(reply).toContain('If credentials were issued to that address, we have emailed their links there');
    expect(reply).not.toContain('m•••@example.com');
    expect(result.stdout).toContain('Note for staff:');
    expect(result.stdout).toContain('Retrieve email to maria.lopez@example.com');
    expect(result.stdout).toContain('Email (retrieve) to maria.lopez@example.com: sent');
    expect(result.stdout).not.toContain('Email (retrieve) to sam.jones@example.net');
  });
});

describe('credbot failures', () => {
  it('lists a reply and an email credbot gave up on, with addresses masked, and what is stuck', async () => {
    const env = await freshDatabaseEnv();
    const database = await openDatabase(onServer ? { kind: 'postgres', url: env.DATABASE_URL!, maxConnections: 1 } : { kind: 'embedded', dataDir: env.DATA_DIR! });
    const [failed, stuck] = await (async () => {
      try {
        await migrateDatabase(database);
        const request = (conversationId: string, replyStatus: 'failed' | 'pending', receivedAt: Date) => ({
          channel: 'zendesk',
          externalId: `${conversationId}:x`,
          messageText: 'I never received my certificate',
          intent: 'missing_credential',
          confidence: 97,
          reasons: [],
          addresses: [],
          outcome: 'retrieve' as const,
          decision: {},
          conversationId,
          replyStatus,
          replyAttempts: 9,
          replyError: 'Ticket left to people with an internal note; last error: Zendesk GET /tickets/4242.json failed: HTTP 500',
          receivedAt,
        });
        const rows = await database.db
          .insert(supportRequests)
          .values([request('4242', 'failed', new Date()), request('4343', 'pending', new Date(Date.now() - 2 * 24 * 3600_000)), request('4444', 'pending', new Date())])
          .returning({ id: supportRequests.id });
        await database.db.insert(outboundEmails).values({
          supportRequestId: rows[0]!.id,
          kind: 'retrieve',
          toAddress: 'quinn.archer@school.example',
          subject: 'Your credentials',
          textBody: 'text',
          htmlBody: '<p>text</p>',
          status: 'failed',
          attempts: 10,
          lastError: '421 q•••@school.example: mailbox unavailable',
        });
        // What a shadow mode kept from being sent is neither failed nor stuck, however old.
        await database.db.insert(outboundEmails).values({
          supportRequestId: rows[1]!.id,
          kind: 'retrieve',
          toAddress: 'river.stone@school.example',
          subject: 'Your credentials',
          textBody: 'text',
          htmlBody: '<p>text</p>',
          status: 'withheld',
          createdAt: new Date(Date.now() - 2 * 24 * 3600_000),
        });
        return rows;
      } finally {
        await database.close();
      }
    })();

    const result = await runCredbot(['failures'], env);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`failed .*ticket 4242 .*9 attempts, request ${failed!.id}\\n.*Ticket left to people`));
    expect(result.stdout).toMatch(new RegExp(`stuck .*ticket 4343 .*request ${stuck!.id}`));
    expect(result.stdout).not.toContain('ticket 4444');
    expect(result.stdout).toMatch(/failed .*retrieve to q•••@school\.example, 10 attempts/);
    expect(result.stdout).not.toContain('quinn.archer');
    expect(result.stdout).not.toContain('r•••@school.example');
    expect((await runCredbot(['failures', '--limit', 'ten'], env)).code).toBe(2);
  });
});

describe('credbot mode', () => {
  it('sets a channel’s mode, lists every channel’s, and refuses an unknown channel or mode with exit code 2', async () => {
    const env = await freshDatabaseEnv();

    const set = await runCredbot(['mode', 'zendesk', 'shadow'], env);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('zendesk: act → shadow');

    const listed = await runCredbot(['mode'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^zendesk +shadow\nslack +act\n$/);

    const badChannel = await runCredbot(['mode', 'email', 'off'], env);
    expect(badChannel.code).toBe(2);
    expect(badChannel.stderr).toContain('unknown channel "email": expected zendesk or slack');
    const badMode = await runCredbot(['mode', 'slack', 'quiet'], env);
    expect(badMode.code).toBe(2);
    expect(badMode.stderr).toContain('unknown mode "quiet": expected one of off, shadow, suggest, act');
    expect(badMode.stderr).not.toMatch(/\n\s+at /);
    expect((await runCredbot(['mode'], env)).stdout).toMatch(/^zendesk +shadow\nslack +act\n$/);

    const help = await runCredbot(['mode', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('mode [CHANNEL MODE]');
  });
});

describe.skipIf(onServer)('the embedded data directory', () => {
  it('is opened by one process at a time: the second says so and exits', async () => {
    const env = await freshDatabaseEnv();
    const service = await startCredbot(env);
    try {
      const result = await runCredbot(['ask', 'where is my badge? maria.lopez@example.com'], env);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/in use by another credbot process \(pid \d+\)/);
    } finally {
      expect(await service.stop()).toBe(0);
    }
  });
});

describe('credbot users', () => {
  it('adds a user with the password from stdin, lists them, refuses them twice, and removes them', async () => {
    const env = await freshDatabaseEnv();
    const added = await runCredbot(['users', 'add', 'Lead@Support.Example', '--role', 'admin'], env, 'a long enough password\n');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Added lead@support.example as admin');
    expect(added.stdout + added.stderr).not.toContain('a long enough password');

    const again = await runCredbot(['users', 'add', 'lead@support.example', '--role', 'viewer'], env, 'another long password\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a console user with that address already exists');

    const removed = await runCredbot(['users', 'remove', 'lead@support.example'], env);
    expect(removed.code, removed.stderr).toBe(0);
    const listed = await runCredbot(['users', 'list'], env);
    expect(listed.stdout).toMatch(/^lead@support\.example {2}admin {2}added \S+ {2}removed \S+$/m);
  });

  it('refuses a password shorter than 12 characters with exit code 2, adding nobody', async () => {
    const env = await freshDatabaseEnv();
    const result = await runCredbot(['users', 'add', 'short@support.example', '--role', 'viewer'], env, 'too short\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the password must be at least 12 characters long');
    expect(result.stderr).not.toContain('too short');
    expect((await runCredbot(['users', 'list'], env)).stdout).toContain('No console users yet');
  });

  it('names what is wrong with a role, an address or a missing user', async () => {
    const env = await freshDatabaseEnv();
    const badRole = await runCredbot(['users', 'add', 'x@support.example', '--role', 'owner'], env, 'a long enough password\n');
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role must be admin or viewer (got "owner")');
    const badAddress = await runCredbot(['users', 'add', 'not-an-address', '--role', 'viewer'], env, 'a long enough password\n');
    expect(badAddress.code).toBe(2);
    expect(badAddress.stderr).toContain('EMAIL is not an email address');
    const missing = await runCredbot(['users', 'remove', 'ghost@support.example'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no console user has the address g•••@support.example');
  });

  it('prints its usage for --help and does nothing else', async () => {
    const result = await runCredbot(['users', 'add', '--help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('users add EMAIL --role admin|viewer');
  });
});

describe('a restart with an email still queued', () => {
  it('delivers it once when SMTP is back', async () => {
    const sink = await startSmtpSink();
    cleanups.push(() => sink.close());
    const env: Record<string, string> = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'true', SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1' };

    sink.refuse(true);
    const asked = await runCredbot(['ask', '--json', 'I never received my certificate, maria.lopez@example.com'], env);
    expect(asked.code).toBe(0);
    expect(JSON.parse(asked.stdout).emails[0]).toMatchObject({ status: 'queued', lastError: expect.any(String) });
    expect(sink.messages).toHaveLength(0);

    sink.refuse(false);
    const service = await startCredbot(env);
    try {
      await sink.waitForMessages(1, 20_000);
    } finally {
      expect(await service.stop()).toBe(0);
    }
    // A clean stop finishes what was running; what the database holds then is the end state: the email recorded
    // as sent and no job left that could send it again.
    const database = await openDatabase(onServer ? { kind: 'postgres', url: env.DATABASE_URL!, maxConnections: 1 } : { kind: 'embedded', dataDir: env.DATA_DIR! });
    try {
      expect(await database.db.select({ status: outboundEmails.status }).from(outboundEmails)).toEqual([{ status: 'sent' }]);
      await untilQueueIdle(database, 2_000);
    } finally {
      await database.close();
    }
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]?.text).toContain('https://credentials.example/c/7f3a9d21');
  });
});

describe('credbot start', () => {
  it('logs where mail and the database go without their user names or passwords', async () => {
    const sink = await startSmtpSink();
    cleanups.push(() => sink.close());
    const env: Record<string, string> = { ...(await freshDatabaseEnv()), LOAD_DEMO_DATA: 'false', SMTP_URL: sink.url.replace('smtp://', 'smtp://mailer:sekrit0pw@') };
    // The test server trusts local connections, so a password added to the URL is carried and ignored.
    if (onServer) env.DATABASE_URL = (env.DATABASE_URL as string).replace(/^(postgres(?:ql)?:\/\/[^@:/]+)@/, '$1:sekrit0pw@');
    const service = await startCredbot(env, 60_000);
    try {
      const startLine = service.output().split('\n').find((line) => line.includes('credbot listening on'));
      expect(startLine).toContain(`"mail":"SMTP smtp://•••@${sink.url.slice('smtp://'.length)}`);
      if (onServer) expect(startLine).toContain('"database":"postgres://•••@');
      expect(service.output()).not.toMatch(/mailer|sekrit/);
    } finally {
      expect(await service.stop()).toBe(0);
    }
  });

  it.skipIf(!onServer)('says why the server refused it without the user name the server quotes back', async () => {
    const { DATABASE_URL: url, ...env } = await freshDatabaseEnv();
    const unknownUser = url!.replace(/^(postgres(?:ql)?:\/\/)[^@/]+@/, '$1sekrit0user:sekrit0pw@');
    const result = await runCredbot(['start'], { ...env, LOAD_DEMO_DATA: 'false', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: unknownUser });
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toContain('Cannot connect to PostgreSQL at postgres://•••@');
    expect(result.stderr).toContain('role "•••" does not exist');
    expect(result.stdout + result.stderr).not.toContain('sekrit');
  });

  it('says clearly when its port is taken, and exits 3', async () => {
    const { createServer } = await import('node:http');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const env = await freshDatabaseEnv();
      const result = await runCredbot(['start'], { ...env, PORT: String(port), HOST: '127.0.0.1' });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
