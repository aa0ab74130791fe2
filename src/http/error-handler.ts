import type { FastifyError, FastifyInstance } from 'fastify';
import { type ErrorCode, isCredbotError } from '../core/errors.ts';

/** The one place an error code becomes an HTTP status. */
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  unprocessable: 422,
  not_found: 404,
  data_dir_locked: 503,
  database_unavailable: 503,
  migrations_pending: 503,
  mail_unavailable: 503,
  address_in_use: 500,
  internal: 500,
};

/**
 * Clients see a code and a message for their own mistakes (4xx); for our failures (5xx) they see only a
 * code, and the details go to the log.
 */
export function registerErrorHandler(server: FastifyInstance): void {
  server.setErrorHandler((error: FastifyError, request, reply) => {
    const status = isCredbotError(error)
      ? STATUS_BY_CODE[error.code]
      : typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    if (status >= 500) {
      request.log.error({ err: error, url: request.url }, 'request failed');
      return reply.code(status).send({ error: isCredbotError(error) ? error.code : 'internal' });
    }
    if (isCredbotError(error) && error.answer) return reply.code(status).send(error.answer);
    return reply.code(status).send({ error: isCredbotError(error) ? error.code : (error.code ?? 'bad_request'), message: error.message });
  });

  server.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}` });
  });
}
