import type { FastifyInstance } from 'fastify';
import { observeAcknowledgements } from '../http/acknowledgement-timing.ts';
import type { ZendeskTicketMessage } from './webhook-payload.ts';
import { parseZendeskWebhook } from './webhook-payload.ts';
import { checkZendeskSignature } from './webhook-signature.ts';

export const ZENDESK_WEBHOOK_PATH = '/webhooks/zendesk';
const BODY_LIMIT_BYTES = 256 * 1024;

export interface ZendeskWebhookDeps {
  secret: string;
  toleranceSeconds: number;
  now: () => Date;
  /** Persists the message for processing; resolves false when the same message was accepted before. */
  acceptMessage(message: ZendeskTicketMessage): Promise<boolean>;
  /** Told, for each answer in 2xx, the seconds from the request's arrival to the answer having been sent. */
  observeAcknowledgement(seconds: number): void;
}

/**
 * The trigger's webhook. Thin by design: check the signature over the raw bytes, validate, hand the message
 * to the queue and answer at once; the work (lookup, email, ticket update) runs in jobs, so Zendesk's
 * 12-second timeout never depends on SMTP or Zendesk's own API.
 */
export function registerZendeskWebhook(server: FastifyInstance, deps: ZendeskWebhookDeps): void {
  void server.register(async (scope) => {
    // The signature covers the exact bytes sent: keep them, and parse JSON ourselves after the check.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
    observeAcknowledgements(scope, deps.observeAcknowledgement);

    scope.post(ZENDESK_WEBHOOK_PATH, { bodyLimit: BODY_LIMIT_BYTES }, async (request, reply) => {
      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const check = checkZendeskSignature(
        {
          signature: header(request.headers['x-zendesk-webhook-signature']),
          timestamp: header(request.headers['x-zendesk-webhook-signature-timestamp']),
          rawBody,
        },
        { secret: deps.secret, toleranceSeconds: deps.toleranceSeconds, now: deps.now() },
      );
      if (!check.valid) return reply.code(401).send({ error: check.reason });
      if (check.test) return reply.code(200).send({ status: 'test_received' });

      let body: unknown;
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        return reply.code(400).send({ error: 'malformed_json', message: 'The body is not valid JSON.' });
      }
      const parsed = parseZendeskWebhook(body);
      if (parsed.kind === 'invalid') {
        return reply.code(422).send({ error: 'invalid_payload', field: parsed.field, message: `${parsed.field}: ${parsed.problem}` });
      }
      if (parsed.kind === 'not_for_us') return reply.code(200).send({ status: 'ignored', reason: parsed.reason });

      const accepted = await deps.acceptMessage(parsed.message);
      return reply.code(accepted ? 202 : 200).send({ status: accepted ? 'accepted' : 'duplicate' });
    });
  });
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
