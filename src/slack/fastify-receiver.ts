import { parse as parseQueryString } from 'node:querystring';
import { type App, type Receiver, type ReceiverEvent, ReceiverMultipleAckError } from '@slack/bolt';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { observeAcknowledgements } from '../http/acknowledgement-timing.ts';
import type { Logger } from '../logger.ts';
import { checkSlackSignature } from './request-signature.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
const BODY_LIMIT_BYTES = 512 * 1024;
/** Slack gives up after 3 seconds; an interaction nobody acknowledged by then is answered with an error. */
const ACK_DEADLINE_MS = 2800;

export interface FastifyReceiverOptions {
  signingSecret: string;
  logger: Logger;
  now?: () => number;
  /** Told, for each answer in 2xx, the seconds from the request's arrival to the answer having been sent. */
  observeAcknowledgement(seconds: number): void;
}

/**
 * Bolt's receiver on the service's own Fastify server: events, slash commands and interactivity on one URL,
 * beside the other routes. Bolt's HTTPReceiver would want a server of its own, so this follows Bolt's custom
 * receiver contract instead: keep the raw body (the signature covers its exact bytes), verify it with Bolt's
 * `verifySlackRequest`, parse it as Bolt does, and hand it to `app.processEvent` with an `ack` that answers.
 *
 * Events are acknowledged by Bolt before any listener runs; the answer is held until the listener has put the
 * event on the queue, so a failure there is a 500 and Slack delivers the event again. Interactions are answered
 * as soon as a listener acks, with what it acked (a modal's validation errors, say).
 */
export class FastifyReceiver implements Receiver {
  #bolt: App | undefined;

  constructor(private readonly options: FastifyReceiverOptions) {}

  init(app: App): void {
    this.#bolt = app;
  }

  /** The service's server listens and closes; the receiver only has a route on it. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  register(server: FastifyInstance): void {
    void server.register(async (scope) => {
      // Encapsulated: JSON and form bodies stay strings on this route only; other routes keep their parsers.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
      observeAcknowledgements(scope, this.options.observeAcknowledgement);

      scope.post(SLACK_EVENTS_PATH, { bodyLimit: BODY_LIMIT_BYTES }, async (request, reply) => {
        const rawBody = typeof request.body === 'string' ? request.body : '';
        const isForm = (header(request.headers['content-type']) ?? '').startsWith('application/x-www-form-urlencoded');
        const form = isForm ? parseQueryString(rawBody) : undefined;
        // Slack's certificate check is unsigned and carries nothing to act on.
        if (form?.ssl_check === '1') return reply.code(200).send();

        const check = checkSlackSignature(
          { signature: header(request.headers['x-slack-signature']), timestamp: header(request.headers['x-slack-request-timestamp']), rawBody },
          { signingSecret: this.options.signingSecret, nowMs: (this.options.now ?? Date.now)() },
        );
        if (!check.valid) return reply.code(401).send({ error: check.reason });

        let body: Record<string, unknown>;
        try {
          body = parseSlackBody(rawBody, form);
        } catch {
          return reply.code(400).send({ error: 'malformed_body', message: 'The body is neither JSON nor a Slack form.' });
        }
        if (body.type === 'url_verification') return reply.code(200).send({ challenge: body.challenge });

        const retryNum = header(request.headers['x-slack-retry-num']);
        return this.dispatch(
          {
            body,
            ...(retryNum !== undefined ? { retryNum: Number(retryNum) } : {}),
            ...(request.headers['x-slack-retry-reason'] !== undefined ? { retryReason: header(request.headers['x-slack-retry-reason']) } : {}),
          },
          reply,
        );
      });
    });
  }

  private async dispatch(incoming: Omit<ReceiverEvent, 'ack'>, reply: FastifyReply): Promise<FastifyReply> {
    const bolt = this.#bolt;
    if (!bolt) throw new Error('the Slack receiver got a request before Bolt initialised it');
    const log = this.options.logger;

    let isAcked = false;
    let resolveAck: (acked: { acked: unknown }) => void = () => {};
    const acked = new Promise<{ acked: unknown }>((resolve) => {
      resolveAck = resolve;
    });
    const processing = bolt
      .processEvent({
        ...incoming,
        ack: async (response?: unknown) => {
          if (isAcked) throw new ReceiverMultipleAckError();
          isAcked = true;
          resolveAck({ acked: response });
        },
      })
      .then(
        () => ({ done: true as const }),
        (error: unknown) => ({ error }),
      );

    if (incoming.body.type === 'event_callback') {
      const result = await processing;
      if ('error' in result) {
        log.error({ err: result.error }, 'Slack event not accepted; Slack will deliver it again');
        return reply.code(500).send({ error: 'internal' });
      }
      return reply.code(200).send();
    }

    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<{ timedOut: true }>((resolve) => {
      timer = setTimeout(() => resolve({ timedOut: true }), ACK_DEADLINE_MS);
    });
    const first = await Promise.race([acked, processing, deadline]);
    clearTimeout(timer);

    if ('acked' in first) {
      void processing.then((result) => {
        if ('error' in result) log.error({ err: result.error }, 'Slack interaction failed after it was acknowledged');
      });
      return sendAck(reply, first.acked);
    }
    if ('error' in first) {
      log.error({ err: first.error }, 'Slack interaction failed');
      return reply.code(500).send({ error: 'internal' });
    }
    if ('timedOut' in first) {
      log.error('Slack interaction not acknowledged in time');
      return reply.code(500).send({ error: 'internal' });
    }
    return reply.code(404).send({ error: 'unhandled', message: 'No listener handles this request.' });
  }
}

/** As Bolt parses: a form's `payload` field holds JSON (interactivity); other forms are slash commands. */
function parseSlackBody(rawBody: string, form: ReturnType<typeof parseQueryString> | undefined): Record<string, unknown> {
  if (form) {
    const payload = form.payload;
    return typeof payload === 'string' ? asObject(JSON.parse(payload)) : { ...form };
  }
  return asObject(JSON.parse(rawBody));
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
  return value as Record<string, unknown>;
}

function sendAck(reply: FastifyReply, response: unknown): FastifyReply {
  if (response === undefined || response === null || response === '') return reply.code(200).send();
  if (typeof response === 'string') return reply.code(200).type('text/plain; charset=utf-8').send(response);
  return reply.code(200).send(response);
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
