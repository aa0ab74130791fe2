import { pino, type Logger as PinoLogger } from 'pino';
import { maskEmailsIn } from './core/mask.ts';
import { statementParametersOf, withholdValues } from './error-text.ts';

export type Logger = PinoLogger;

/**
 * JSON logs on stdout. Every line is masked as a whole just before it is written (pino's `streamWrite` hook),
 * whoever logged it at whatever level: our calls, their child loggers, Fastify's, Bolt's and the Web API
 * client's (src/slack/bolt-logger.ts), pg-boss's errors, the serialised errors and their causes. So a new log
 * call cannot leak a learner's address; it must still not log a learner's words (log lengths and ids instead).
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { service: 'credbot' }, serializers: { err: serializeError }, hooks: { streamWrite: maskEmailsIn } },
    destination ?? process.stdout,
  );
}

/** Keys on which database drivers put a failed statement's values (see error-text.ts). */
const STATEMENT_VALUE_KEYS = ['params', 'parameters', 'queryOptions'];

/** pino's error serialiser, without the values of a failed statement, wherever the error or its causes carry them. */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown;
  if (serialized === error || typeof serialized !== 'object' || serialized === null) return serialized;
  const fields = serialized as Record<string, unknown>;
  for (const key of STATEMENT_VALUE_KEYS) delete fields[key];
  const values = statementParametersOf(error);
  if (values.length > 0) {
    for (const [key, value] of Object.entries(fields)) if (typeof value === 'string') fields[key] = withholdValues(value, values);
  }
  return serialized;
}
