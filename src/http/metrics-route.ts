import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics/metrics.ts';

export const METRICS_PATH = '/metrics';

export interface MetricsRouteDeps {
  metrics: Metrics;
  /** METRICS_TOKEN: when set, a scrape must send `Authorization: Bearer <token>`; unset, the route is open. */
  token: string | undefined;
}

/** `GET /metrics` in Prometheus's text format (src/metrics/metrics.ts says what is in it). */
export function registerMetricsRoute(server: FastifyInstance, deps: MetricsRouteDeps): void {
  const isAuthorized = deps.token === undefined ? () => true : bearerTokenCheck(deps.token);
  server.get(METRICS_PATH, async (request, reply) => {
    if (!isAuthorized(request.headers.authorization)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="credbot metrics"')
        .send({ error: 'unauthorized', message: 'GET /metrics needs the header Authorization: Bearer <METRICS_TOKEN>.' });
    }
    const body = await deps.metrics.render();
    return reply.code(200).type(deps.metrics.contentType).header('cache-control', 'no-store').send(body);
  });
}

/**
 * Compares the presented token with the expected one in constant time: both are hashed first, so the comparison
 * takes as long whatever the presented token's length, and neither is ever logged or echoed.
 */
function bearerTokenCheck(token: string): (authorization: string | undefined) => boolean {
  const expected = sha256(token);
  return (authorization) => {
    const presented = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')?.[1];
    return presented !== undefined && timingSafeEqual(sha256(presented), expected);
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
