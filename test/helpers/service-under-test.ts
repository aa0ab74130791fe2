import { loadConfig } from '../../src/config.ts';
import { type RunningService, startService } from '../../src/main.ts';
import { type SmtpSink, startSmtpSink } from '../fakes/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface ServiceUnderTest {
  testDb: TestDatabase;
  sink: SmtpSink;
  service: RunningService;
  close(): Promise<void>;
}

/**
 * The whole service in-process, as `credbot start` runs it, on a fresh database, with mail going to a real SMTP
 * server of the test's own. `env` adds the channel settings (pointing at the test's fake APIs); with
 * `logDestination` (and a LOG_LEVEL in `env`) the service's log lines go there; `channelModeMaxAgeMs: 0` has the
 * workers read the channels' modes for every message.
 */
export async function startServiceUnderTest(
  env: Record<string, string>,
  options: { logDestination?: NodeJS.WritableStream; channelModeMaxAgeMs?: number } = {},
): Promise<ServiceUnderTest> {
  const testDb = await createTestDatabase();
  const sink = await startSmtpSink();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', LOAD_DEMO_DATA: 'false', SMTP_URL: sink.url, ...env });
  const service = await startService(config, { database: testDb.database, pollingIntervalSeconds: 0.5, ...options });
  return {
    testDb,
    sink,
    service,
    async close() {
      await service.stop();
      await sink.close();
      await testDb.drop();
    },
  };
}
