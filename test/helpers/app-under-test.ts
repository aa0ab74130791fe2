import { type App, openApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { type SmtpSink, startSmtpSink } from '../fakes/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface AppUnderTest {
  testDb: TestDatabase;
  sink: SmtpSink;
  app: App;
  close(): Promise<void>;
}

/**
 * The app without any channel (the core, the database, the queue and its workers) in-process, on a fresh
 * database without demo data, with mail going to a real SMTP server of the test's own. `env` adds settings.
 */
export async function openAppUnderTest(env: Record<string, string>): Promise<AppUnderTest> {
  const testDb = await createTestDatabase();
  const sink = await startSmtpSink();
  const config = loadConfig({ SMTP_URL: sink.url, LOAD_DEMO_DATA: 'false', ...env });
  const app = await openApp(config, createLogger('silent'), { runWorkers: true, database: testDb.database, pollingIntervalSeconds: 0.5 });
  return {
    testDb,
    sink,
    app,
    async close() {
      await app.close();
      await sink.close();
      await testDb.drop();
    },
  };
}
