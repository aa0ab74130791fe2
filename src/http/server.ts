import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Database } from '../db/database.ts';
import { countPendingMigrations } from '../db/migrate.ts';
import type { Logger } from '../logger.ts';
import { registerErrorHandler } from './error-handler.ts';
import { type CheckStatus, type Readiness, toStatus } from './readiness.ts';

export interface HttpServerDeps {
  database: Database;
  logger: Logger;
  /** The channels' checks of their neighbours, asked after the database. */
  readiness?: Readiness;
  /** Behind a reverse proxy: take the client's address and protocol from its X-Forwarded-* headers. */
  trustProxy?: boolean;
}

/** The service's one HTTP server: health endpoints here; the channels register their routes on it. */
export function createHttpServer(deps: HttpServerDeps): FastifyInstance {
  const server = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Per-request lines would mostly be health probes; failures are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    trustProxy: deps.trustProxy ?? false,
  });
  registerErrorHandler(server);

  server.get('/healthz', async () => ({ status: 'ok' }));

  // Every check is listed with its status; the first line of the body says whether all are ready, and why not.
  server.get('/readyz', async (_request, reply) => {
    const [database, others] = await Promise.all([checkDatabase(deps.database), deps.readiness?.run() ?? {}]);
    const checks: Record<string, CheckStatus> = { database: toStatus(database), ...others };
    const problems = Object.entries(checks).flatMap(([name, check]) => (check.status === 'ready' ? [] : [`${name}: ${check.reason}`]));
    if (problems.length > 0) return reply.code(503).send({ status: 'not_ready', reason: problems.join('; '), checks });
    return { status: 'ready', database: deps.database.kind, checks };
  });

  return server;
}

async function checkDatabase(database: Database): Promise<string | null> {
  try {
    const pending = await countPendingMigrations(database);
    return pending > 0 ? `${pending} migration(s) not applied` : null;
  } catch {
    return 'database unreachable';
  }
}
