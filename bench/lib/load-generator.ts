/**
 * A load-generator process: autocannon against one URL with Zendesk trigger webhooks, each a distinct ticket
 * and comment, signed per request over the exact bytes sent (as Zendesk signs). Run as a child, so that its CPU
 * is not the measured process's. Takes a JSON `LoadPlan` as its argument; prints one JSON `LoadResult` line.
 *
 * With `rate`, each connection sends its share of the second's requests (rate / connections) as soon as it can at the
 * start of each second, then waits for the next second: autocannon paces by a quota per second, not by spacing
 * requests evenly. So 200/s over 100 connections arrives as about 200 requests at once, once a second, and the p99
 * is mostly how long the server takes to work through such a burst. Without `rate`, every connection sends its next
 * request as soon as the previous one is answered.
 */
import autocannon from 'autocannon';
import { signZendeskWebhook } from '../../src/zendesk/webhook-signature.ts';
import { triggerPayload } from '../../test/helpers/zendesk-delivery.ts';
import { learnerAddress, missingCredentialText } from './learners.ts';

export interface LoadPlan {
  /** Base URL of the server under load; the path is the Zendesk webhook's. */
  url: string;
  secret: string;
  /** Ticket ids are `firstTicketId`, `firstTicketId + 1`, ...: distinct within and across runs. */
  firstTicketId: number;
  /** Ticket n's comment names learner `n % learners`. */
  learners: number;
  connections: number;
  /** How long to send for; or, with `amount`, send exactly that many tickets (firstTicketId …) and stop. */
  durationSeconds?: number;
  amount?: number;
  /** Requests per second over all connections; absent: as fast as the server answers. */
  rate?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** 2xx answers per second of the measured run. */
  acceptedPerSecond: number;
  sent: number;
  status2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  statusCodes: Record<string, number>;
  /** When the first request went out and the last answer came back (epoch ms), for timing a burst end to end. */
  startedAt: number;
  finishedAt: number;
  /** The next unused ticket id. */
  nextTicketId: number;
  /** With `amount`: the tickets of the range that got no 2xx answer (to be delivered again, as Zendesk would). */
  notAccepted: number[];
}

const WEBHOOK_PATH = '/webhooks/zendesk';

async function run(plan: LoadPlan): Promise<LoadResult> {
  let ticketId = plan.firstTicketId;
  const accepted = new Set<number>();
  const signedDelivery = (request: autocannon.Request, context: { ticketId?: number }) => {
    const id = ticketId++;
    context.ticketId = id;
    const address = learnerAddress(id % plan.learners);
    const body = JSON.stringify(triggerPayload({ id, comment: missingCredentialText(address), tags: ['web_form'], requester: { email: address } }));
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      ...request,
      method: 'POST' as const,
      path: WEBHOOK_PATH,
      body,
      headers: {
        'content-type': 'application/json',
        'x-zendesk-webhook-signature-timestamp': timestamp,
        'x-zendesk-webhook-signature': signZendeskWebhook(plan.secret, timestamp, body),
      },
    };
  };
  const startedAt = Date.now();
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    ...(plan.amount === undefined ? { duration: plan.durationSeconds ?? 10 } : { amount: plan.amount }),
    ...(plan.rate === undefined ? {} : { overallRate: plan.rate }),
    timeout: 30,
    requests: [
      {
        setupRequest: signedDelivery as never,
        // One request in flight per connection: the context names the ticket this answer is for.
        onResponse: ((status: number, _body: string, context: { ticketId?: number }) => {
          if (status >= 200 && status < 300 && context.ticketId !== undefined) accepted.add(context.ticketId);
        }) as never,
      },
    ],
  });
  const finishedAt = Date.now();
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = count ?? 0;
  const measuredSeconds = result.duration;
  return {
    requestsPerSecond: result.requests.total / measuredSeconds,
    acceptedPerSecond: result['2xx'] / measuredSeconds,
    sent: result.requests.sent,
    status2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.average,
    },
    statusCodes,
    startedAt,
    finishedAt,
    nextTicketId: ticketId,
    notAccepted:
      plan.amount === undefined
        ? []
        : Array.from({ length: plan.amount }, (_, index) => plan.firstTicketId + index).filter((id) => !accepted.has(id)),
  };
}

const plan = JSON.parse(process.argv[2] ?? '') as LoadPlan;
process.stdout.write(`${JSON.stringify(await run(plan))}\n`);
