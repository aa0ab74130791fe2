import type { FastifyInstance } from 'fastify';

/**
 * Times the acknowledgements of a channel's routes, registered on the channel's own encapsulated scope. Fastify's
 * clock starts when the request arrives (before its body is read), and `onResponse` runs once the answer is
 * written: what the sender waited for. Refusals (4xx) and failures (5xx) are no acknowledgement.
 */
export function observeAcknowledgements(scope: FastifyInstance, observe: (seconds: number) => void): void {
  scope.addHook('onResponse', async (_request, reply) => {
    if (reply.statusCode >= 200 && reply.statusCode < 300) observe(reply.elapsedTime / 1000);
  });
}
