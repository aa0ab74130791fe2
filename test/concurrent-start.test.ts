import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentials, issuers } from '../src/db/schema.ts';
import { type FakeZendesk, startFakeZendesk } from './fakes/fake-zendesk.ts';
import { type RunningCredbot, startCredbot } from './helpers/child-process.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

const DEMO_LOADED = 'the database was empty: loaded the demo dataset';

// Several processes share one database only on a server: the embedded one belongs to one process.
describe.skipIf(!process.env.TEST_DATABASE_URL)('processes starting at once on a new database', () => {
  let testDb: TestDatabase;
  let dataDir: string;
  let zendesk: FakeZendesk;
  const started: RunningCredbot[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase({ migrated: false });
    dataDir = await mkdtemp(path.join(tmpdir(), 'credbot-concurrent-start-'));
    zendesk = await startFakeZendesk();
  });
  afterAll(async () => {
    await Promise.all(started.splice(0).map((service) => service.stop('SIGKILL')));
    await zendesk?.close();
    await testDb?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('all become ready and stop cleanly, and the demo dataset is loaded once', async () => {
    // What a web and a worker process (and a replica) do on day one: start together against an empty database,
    // each creating the tables, the job queue's schema and its queues (a channel adds two), and loading the demo.
    const env = {
      DATABASE_URL: testDb.url as string,
      DATA_DIR: dataDir,
      LOAD_DEMO_DATA: 'true',
      ZENDESK_API_URL: zendesk.url,
      ZENDESK_EMAIL: 'bot@support.example',
      ZENDESK_API_TOKEN: 'token-123',
      ZENDESK_WEBHOOK_SECRET: 'zendesk-webhook-secret-for-concurrent-starts',
    };
    const starts = await Promise.allSettled([1, 2, 3].map(() => startCredbot(env, 60_000)));
    for (const start of starts) if (start.status === 'fulfilled') started.push(start.value);

    expect(starts.map((start) => (start.status === 'rejected' ? String(start.reason) : 'ready'))).toEqual(['ready', 'ready', 'ready']);
    const outputs = started.map((service) => service.output());
    expect(await Promise.all(started.splice(0).map((service) => service.stop()))).toEqual([0, 0, 0]);

    expect(outputs.join('').split(DEMO_LOADED)).toHaveLength(2);
    // pg-boss reports a failed statement of its own (a clash on its schema, say) as an error log, not a crash.
    expect(outputs.join('')).not.toMatch(/"level":(?:50|60)/);
    const [issuerCount] = await testDb.database.db.select({ n: count() }).from(issuers);
    const [credentialCount] = await testDb.database.db.select({ n: count() }).from(credentials);
    expect({ issuers: issuerCount?.n, credentials: credentialCount?.n }).toEqual({ issuers: 3, credentials: 5 });
  }, 150_000);
});
