import { randomUUID } from 'node:crypto';
import { type FakeZendesk, startFakeZendesk, hasCredbotAnswer } from '../fakes/fake-zendesk.ts';
import { type SmtpSink, startSmtpSink } from '../fakes/smtp-sink.ts';
import { type RunningCredbot, startCredbot } from '../helpers/child-process.ts';
import { seedCredential, seedIssuer } from '../helpers/seed.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload } from '../helpers/zendesk-delivery.ts';

const WEBHOOK_SECRET = 'fault-suite-webhook-secret';

export interface LearnerTicket {
  ticketId: number;
  address: string;
}

export interface Repeats {
  duplicateEmails: number;
  duplicateUpdates: number;
  resentCopies: number;
}

/**
 * One fault scenario's world: a fresh PostgreSQL database, an SMTP sink, a fake Zendesk, and `count` learners,
 * each with a published credential and a ticket. The service runs as a child process, so it can be killed.
 */
export interface FaultRig {
  database: TestDatabase;
  sink: SmtpSink;
  zendesk: FakeZendesk;
  tickets: LearnerTicket[];
  startService(extraEnv?: Record<string, string>): Promise<RunningCredbot>;
  /** Delivers each ticket's webhook, `concurrency` at a time; returns each HTTP status (0: no answer). */
  deliver(serviceUrl: () => string, tickets: LearnerTicket[], concurrency?: number): Promise<Map<number, number>>;
  /**
   * Waits until every ticket has its reply and every learner an email; then counts what arrived too often.
   * `duplicateEmails` counts distinct emails (Message-IDs) beyond one per learner. `resentCopies` counts extra
   * copies of one email: a crash between the SMTP server's acceptance and our record of it sends the same
   * message (same Message-ID) again, which cannot be told apart from a lost one without sending it.
   */
  waitUntilAnswered(tickets: LearnerTicket[], timeoutMs: number): Promise<Repeats>;
  /** What arrived too often so far, counted as `waitUntilAnswered` does. */
  countRepeats(tickets: LearnerTicket[]): Repeats;
  close(): Promise<void>;
}

/** `serverUrl`: the PostgreSQL server to create the database on (TEST_DATABASE_URL's by default). */
export async function createFaultRig(count: number, options: { serverUrl?: string } = {}): Promise<FaultRig> {
  const database = await createTestDatabase({ serverUrl: options.serverUrl ?? process.env.TEST_DATABASE_URL });
  const sink = await startSmtpSink();
  const zendesk = await startFakeZendesk();
  const issuer = await seedIssuer(database.database);
  const tickets: LearnerTicket[] = [];
  for (let index = 0; index < count; index++) {
    const address = `learner.${index}.${randomUUID().slice(0, 6)}@school.example`;
    await seedCredential(database.database, issuer, { recipientEmail: address });
    tickets.push({ ticketId: zendesk.addTicket({ tags: ['web_form'] }).id, address });
  }
  const running: RunningCredbot[] = [];

  const messagesTo = (address: string) => sink.messages.filter((message) => JSON.stringify(message.to).includes(address));
  const emailsTo = (address: string) => new Set(messagesTo(address).map((message) => message.messageId)).size;
  const countRepeats = (toCheck: LearnerTicket[]): Repeats => ({
    duplicateEmails: toCheck.reduce((sum, ticket) => sum + Math.max(0, emailsTo(ticket.address) - 1), 0),
    resentCopies: toCheck.reduce((sum, ticket) => sum + messagesTo(ticket.address).length - emailsTo(ticket.address), 0),
    duplicateUpdates: toCheck.reduce((sum, ticket) => {
      const comments = zendesk.tickets.get(ticket.ticketId)?.comments.length ?? 0;
      return sum + Math.max(0, comments - 1);
    }, 0),
  });
  const isAnswered = (ticket: LearnerTicket) => {
    const state = zendesk.tickets.get(ticket.ticketId);
    return hasCredbotAnswer(state) && emailsTo(ticket.address) > 0;
  };

  return {
    database,
    sink,
    zendesk,
    tickets,

    async startService(extraEnv = {}) {
      const service = await startCredbot({
        DATABASE_URL: database.url as string,
        LOG_LEVEL: 'warn',
        LOAD_DEMO_DATA: 'false',
        SMTP_URL: sink.url,
        EMAIL_RETRY_DELAY_SECONDS: '1',
        CHANNEL_RETRY_DELAY_SECONDS: '1',
        JOB_TIMEOUT_SECONDS: '20',
        // The longest send the timeout above allows (its claim lasts 5 s more); under load a send may wait its turn.
        SMTP_SEND_TIMEOUT_MS: '15000',
        ZENDESK_API_URL: zendesk.url,
        ZENDESK_EMAIL: 'bot@support.example',
        ZENDESK_API_TOKEN: 'fault-token',
        ZENDESK_WEBHOOK_SECRET: WEBHOOK_SECRET,
        ...extraEnv,
      });
      running.push(service);
      return service;
    },

    async deliver(serviceUrl, toDeliver, concurrency = 10) {
      const statuses = new Map<number, number>();
      const queue = [...toDeliver];
      const sendNext = async (): Promise<void> => {
        for (let ticket = queue.shift(); ticket; ticket = queue.shift()) {
          const body = triggerPayload({ id: ticket.ticketId, comment: `I never received my certificate, my email is ${ticket.address}`, tags: ['web_form'], requester: { email: ticket.address } });
          try {
            statuses.set(ticket.ticketId, (await deliverZendeskWebhook(serviceUrl(), body, { secret: WEBHOOK_SECRET })).status);
          } catch {
            statuses.set(ticket.ticketId, 0);
          }
        }
      };
      await Promise.all(Array.from({ length: concurrency }, sendNext));
      return statuses;
    },

    async waitUntilAnswered(toCheck, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!toCheck.every(isAnswered)) {
        if (Date.now() > deadline) {
          const missing = toCheck.filter((ticket) => !isAnswered(ticket)).map((ticket) => ticket.ticketId);
          throw new Error(`not answered within ${timeoutMs} ms: tickets ${missing.join(', ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // Anything sent twice would arrive within moments of the first copy.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return countRepeats(toCheck);
    },

    countRepeats,

    async close() {
      for (const service of running) await service.stop('SIGKILL').catch(() => {});
      await zendesk.close();
      await sink.close();
      await database.drop();
    },
  };
}
