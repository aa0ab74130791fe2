import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every series credbot exposes on `GET /metrics`, defined here once, on a registry of its own (prom-client's default
 * registry is a process-wide singleton). The composition root (src/app.ts) creates it and hands each adapter the
 * one instrument it observes.
 *
 * Two kinds of source:
 * - what describes records (requests, emails, the queue) is read from the database at scrape time, so a web and a
 *   worker process, or several workers, report the same numbers whichever is scraped;
 * - what happens inside one process (how fast it acknowledged, how long an email it sent took, its API errors) is
 *   observed where it happens, and Prometheus adds the processes up.
 *
 * Labels hold only small closed sets (channel, outcome, band, state, queue name, error kind): never an address, an
 * id or a learner's words.
 */

/** What the scrape reads from the database: see src/db/record-counts.ts and src/jobs/queue-backlog.ts. */
export interface DatabaseSnapshot {
  requests: { channel: string; outcome: string; band: string; mode: string; count: number }[];
  emails: { kind: string; state: string; count: number }[];
  queues: { queue: string; waitingJobs: number; oldestWaitingSeconds: number }[];
}

/** How the records are counted: a fixed window, so each scrape reads one day of rows through an index, not the whole history. */
export const RECORD_WINDOW_HOURS = 24;

/**
 * Why a call to a channel's API failed, as a label: the HTTP status class, or what stood for an answer. `refused` is
 * Slack's `ok: false` answer with HTTP 200 (a missing scope, an unknown channel).
 */
export type ApiErrorKind = 'timeout' | 'network' | 'rate_limited' | 'http_4xx' | 'http_5xx' | 'refused' | 'unexpected_response';

/** Counts one failed call to a channel's API (each failed try, where the client retries it itself). */
export type ApiErrorCounter = (kind: ApiErrorKind) => void;

export function apiErrorKindOfStatus(status: number): ApiErrorKind {
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'http_5xx' : 'http_4xx';
}

export interface Metrics {
  /** The text exposition format, with the database's series read now; throws nothing when the database is away. */
  render(): Promise<string>;
  readonly contentType: string;
  /** Seconds from a webhook or Slack request arriving to its acknowledgement being sent. */
  observeAcknowledgement(channel: 'zendesk' | 'slack', seconds: number): void;
  /** Seconds from a request being recorded to an email it decided being handed to the mail server. */
  observeMessageToEmail(seconds: number): void;
  apiErrors(channel: 'zendesk' | 'slack'): ApiErrorCounter;
}

export interface MetricsDeps {
  readDatabase(): Promise<DatabaseSnapshot>;
  /** Told when the scrape could not read the database (the in-process series are served all the same). */
  onDatabaseError(error: unknown): void;
}

export function createMetrics(deps: MetricsDeps): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'credbot_' });

  const acknowledgement = new Histogram({
    name: 'credbot_acknowledgement_seconds',
    help: 'Time from a Zendesk webhook or Slack request arriving to its acknowledgement being sent (Zendesk waits 12 s, Slack 3 s), in the process that took it.',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3, 12],
    registers: [registry],
  });
  const messageToEmail = new Histogram({
    name: 'credbot_message_to_email_seconds',
    help: 'Time from a request being recorded (received_at) to an email it decided being accepted by the mail server, observed by the process that sent it.',
    buckets: [1, 2, 5, 10, 30, 60, 120, 300, 900, 3600, 14400],
    registers: [registry],
  });
  const apiErrors = new Counter({
    name: 'credbot_api_errors_total',
    help: 'Failed calls to the Zendesk and Slack APIs, by kind: http_4xx, http_5xx, rate_limited, timeout, network, refused (Slack ok:false), unexpected_response. Each failed try counts.',
    labelNames: ['channel', 'kind'],
    registers: [registry],
  });

  const requests = new Gauge({
    name: 'credbot_requests',
    help: `Support requests received in the last ${RECORD_WINDOW_HOURS} hours, by channel, outcome (pending until decided), classifier band and the channel's mode when it was handled (act, suggest, shadow); read from the database.`,
    labelNames: ['channel', 'outcome', 'band', 'mode'],
    registers: [registry],
  });
  const emails = new Gauge({
    name: 'credbot_emails',
    help: `Emails decided in the last ${RECORD_WINDOW_HOURS} hours, by kind and state (queued, sent, failed); read from the database.`,
    labelNames: ['kind', 'state'],
    registers: [registry],
  });
  const waitingJobs = new Gauge({
    name: 'credbot_queue_waiting_jobs',
    help: 'Jobs waiting to run, or waiting for a retry, per job queue; read from the database.',
    labelNames: ['queue'],
    registers: [registry],
  });
  const oldestWaitingJob = new Gauge({
    name: 'credbot_queue_oldest_waiting_seconds',
    help: 'Age of the oldest job waiting to run or for a retry, per job queue (0 when none waits); read from the database.',
    labelNames: ['queue'],
    registers: [registry],
  });
  const databaseUp = new Gauge({
    name: 'credbot_metrics_database_up',
    help: 'Whether this scrape could read the database series (1) or not (0: those series are left out).',
    registers: [registry],
  });
  const databaseSeries = [requests, emails, waitingJobs, oldestWaitingJob];

  const showDatabase = (snapshot: DatabaseSnapshot) => {
    // Reset first: a combination that had rows in an earlier window and has none now must drop out, not linger.
    for (const gauge of databaseSeries) gauge.reset();
    for (const row of snapshot.requests) requests.set({ channel: row.channel, outcome: row.outcome, band: row.band, mode: row.mode }, row.count);
    for (const row of snapshot.emails) emails.set({ kind: row.kind, state: row.state }, row.count);
    for (const row of snapshot.queues) {
      waitingJobs.set({ queue: row.queue }, row.waitingJobs);
      oldestWaitingJob.set({ queue: row.queue }, row.oldestWaitingSeconds);
    }
  };

  return {
    contentType: registry.contentType,
    async render() {
      try {
        showDatabase(await deps.readDatabase());
        databaseUp.set(1);
      } catch (error) {
        for (const gauge of databaseSeries) gauge.reset();
        databaseUp.set(0);
        deps.onDatabaseError(error);
      }
      return registry.metrics();
    },
    observeAcknowledgement(channel, seconds) {
      acknowledgement.observe({ channel }, seconds);
    },
    observeMessageToEmail(seconds) {
      messageToEmail.observe(seconds);
    },
    apiErrors(channel) {
      return (kind) => apiErrors.inc({ channel, kind });
    },
  };
}
