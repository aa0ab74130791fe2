import path from 'node:path';
import { type Config, loadsDemoData } from './config.ts';
import { handleMessage, type HandledMessage, type HandleMessageDeps } from './core/handle-message.ts';
import { createIntentClassifier, type IntentThresholds } from './core/intent/classify.ts';
import { TRAINED_INTENT_MODEL } from './core/intent/intent-model-default.ts';
import type { InboundMessage } from './core/ports.ts';
import type { ChannelModeReader } from './core/channel-ports.ts';
import { createChannelModeReader, DEFAULT_CHANNEL_MODE_MAX_AGE_MS } from './db/channel-modes.ts';
import { createIntentThresholdsReader } from './db/intent-settings.ts';
import type { Database } from './db/database.ts';
import { loadDemoDataIfEmpty } from './db/demo-data.ts';
import { migrateDatabase } from './db/migrate.ts';
import { openConfiguredDatabase } from './db/configured-database.ts';
import { createConversationRecords } from './db/conversation-records.ts';
import { createDeliveryFailureRecords } from './db/delivery-failure-records.ts';
import { readRecordCounts } from './db/record-counts.ts';
import { createUnitOfWork } from './db/unit-of-work.ts';
import { errorText } from './error-text.ts';
import { emailClaimLeaseSeconds } from './jobs/claim-leases.ts';
import { createEmailDelivery, EMAIL_BATCH_SIZE, SMTP_CONNECTIONS, sendEmailPolicy } from './jobs/deliver-email.ts';
import { checkJobBacklog } from './jobs/job-backlog.ts';
import { type JobQueue, startJobQueue } from './jobs/job-queue.ts';
import { readQueueBacklog } from './jobs/queue-backlog.ts';
import { deliveryScheduling, SEND_EMAIL_QUEUE } from './jobs/delivery-queues.ts';
import { scheduleRetentionPurge } from './jobs/retention.ts';
import { cachedCheck, createReadiness, NEIGHBOUR_PROBE_INTERVAL_MS, NEIGHBOUR_PROBE_TIMEOUT_MS, type Readiness } from './http/readiness.ts';
import type { Logger } from './logger.ts';
import { createEmailRenderer } from './mail/email-renderer.ts';
import { createOutboxMailer, createSmtpMailer, mailFromAddress, type Mailer } from './mail/mailer.ts';
import { createMetrics, type Metrics, RECORD_WINDOW_HOURS } from './metrics/metrics.ts';

/** Everything credbot runs on, built once and handed to the channels, the HTTP server and the CLI. */
export interface App {
  config: Config;
  logger: Logger;
  database: Database;
  queue: JobQueue;
  mailer: Mailer;
  /** Checks of the neighbours the channels need, asked by `/readyz`. */
  readiness: Readiness;
  /** The series `/metrics` serves; the channels and the email worker observe into it. */
  metrics: Metrics;
  /** Each channel's mode, as the message workers read it (src/core/channel-mode.ts). */
  channelModes: ChannelModeReader;
  handleMessage(message: InboundMessage): Promise<HandledMessage>;
  /** What handleMessage runs on: a dry run (src/console/try-message/) runs the same core with another unit of work. */
  messageHandling: HandleMessageDeps;
  /** Closes what `openApp` opened, in reverse order. */
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** Run the queue's workers in this process (the service and `ask` do; `import` does not). */
  runWorkers: boolean;
  /** Run the daily retention purge, and fire the queue's recurring jobs, in this process (the service's workers). */
  runSchedules?: boolean;
  /** Pass `Database` explicitly to run on one made elsewhere (tests); it is then not closed by `close`. */
  database?: Database;
  pollingIntervalSeconds?: number;
  /** How long the settings staff change at run time (channel modes, intent thresholds), once read, are used before they are read again (tests: 0, read for every message). */
  channelModeMaxAgeMs?: number;
  now?: () => Date;
}

export async function openApp(config: Config, logger: Logger, options: OpenAppOptions): Promise<App> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const database = options.database ?? (await openConfiguredDatabase(config));
    if (!options.database) cleanups.push(() => database.close());
    await migrateDatabase(database);
    if (loadsDemoData(config, database.kind)) {
      const loaded = await loadDemoDataIfEmpty(database);
      if (loaded) logger.info(loaded, 'the database was empty: loaded the demo dataset');
    }

    const metrics = createMetrics({
      readDatabase: async () => {
        const [records, queues] = await Promise.all([readRecordCounts(database.sql, RECORD_WINDOW_HOURS), readQueueBacklog(database.sql)]);
        return { ...records, queues };
      },
      onDatabaseError: (error) => logger.warn({ error: errorText(error) }, 'metrics: could not read the database; its series are left out of this scrape'),
    });

    const mailer = config.SMTP_URL
      ? createSmtpMailer(config.SMTP_URL, SMTP_CONNECTIONS, config.SMTP_SEND_TIMEOUT_MS, config.dkimSigning)
      : createOutboxMailer(path.resolve(config.DATA_DIR, 'outbox'), config.dkimSigning);
    cleanups.push(() => mailer.close());

    const queue = await startJobQueue(database, logger, {
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      concurrency: 5,
      // A crashed worker's jobs come back within about a quarter of their timeout after it expires.
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.round(config.JOB_TIMEOUT_SECONDS / 4))),
      runSchedules: options.runSchedules ?? false,
    });
    cleanups.push(() => queue.stop());
    await queue.define(SEND_EMAIL_QUEUE, sendEmailPolicy(config.EMAIL_MAX_ATTEMPTS, config.EMAIL_RETRY_DELAY_SECONDS, config.JOB_TIMEOUT_SECONDS));
    const scheduling = deliveryScheduling(queue);
    if (options.runWorkers) {
      await queue.work(
        SEND_EMAIL_QUEUE,
        createEmailDelivery({
          database,
          mailer,
          from: config.MAIL_FROM,
          replyTo: config.SUPPORT_EMAIL,
          maxAttempts: config.EMAIL_MAX_ATTEMPTS,
          claimLeaseSeconds: emailClaimLeaseSeconds(config.SMTP_SEND_TIMEOUT_MS),
          failures: createDeliveryFailureRecords(database, scheduling),
          supportEmail: config.SUPPORT_EMAIL,
          staffLanguage: config.STAFF_LANGUAGE,
          logger,
          metrics,
        }),
        { concurrency: EMAIL_BATCH_SIZE },
      );
    }
    const readiness = createReadiness();
    if (options.runWorkers) {
      readiness.add('smtp', cachedCheck(() => mailer.checkReady(NEIGHBOUR_PROBE_TIMEOUT_MS), NEIGHBOUR_PROBE_INTERVAL_MS));
      // Asked when probed, not cached: a query on the waiting jobs' index, and the channels' queues join later.
      readiness.add('backlog', () => checkJobBacklog(database.sql, queue.workedQueues(), config.READY_MAX_JOB_WAIT_SECONDS));
    }
    if (options.runSchedules) await scheduleRetentionPurge(queue, database, config.RETENTION_DAYS, logger);

    const classifier = createIntentClassifier(TRAINED_INTENT_MODEL, config.intentThresholds);
    const deps: HandleMessageDeps = {
      classify: (text: string, thresholds?: IntentThresholds) => classifier.classify(text, thresholds),
      intentThresholds: createIntentThresholdsReader(database.db, config.intentThresholds, {
        maxAgeMs: options.channelModeMaxAgeMs ?? DEFAULT_CHANNEL_MODE_MAX_AGE_MS,
      }),
      unitOfWork: createUnitOfWork(database, scheduling),
      renderEmail: createEmailRenderer({ brandName: config.BRAND_NAME, supportEmail: config.SUPPORT_EMAIL }),
      retrieveLimitPerDay: config.RETRIEVE_LIMIT_PER_DAY,
      sendIssuerHandoffEmails: config.ISSUER_HANDOFF_EMAILS,
      issuerHandoffEmailLimitPerDay: config.ISSUER_HANDOFF_EMAIL_LIMIT_PER_DAY,
      maxAddressesPerMessage: config.MAX_ADDRESSES_PER_MESSAGE,
      requesterAddressLimitPerDay: config.REQUESTER_ADDRESS_LIMIT_PER_DAY,
      supportEmail: config.SUPPORT_EMAIL,
      conversations: createConversationRecords(database.db),
      sender: mailFromAddress(config.MAIL_FROM),
      defaultLanguage: config.DEFAULT_LANGUAGE,
      staffLanguage: config.STAFF_LANGUAGE,
      now: options.now ?? (() => new Date()),
    };
    return {
      config,
      logger,
      database,
      queue,
      mailer,
      readiness,
      metrics,
      channelModes: createChannelModeReader(database.db, { maxAgeMs: options.channelModeMaxAgeMs ?? DEFAULT_CHANNEL_MODE_MAX_AGE_MS }),
      messageHandling: deps,
      async handleMessage(message) {
        const handled = await handleMessage(deps, message);
        if (handled.status === 'decided') queue.nudgeWorkers();
        return handled;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
