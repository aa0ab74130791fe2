import { pino, type Logger as PinoLogger } from 'pino';
import { maskEmailsIn } from './core/mask.ts';

export type Logger = PinoLogger;

/**
 * JSON logs on stdout. Every line is masked as a whole just before it is written (pino's `streamWrite` hook),
 * whoever logged it at whatever level: our calls, their child loggers, Fastify's, Bolt's and the Web API
 * client's (src/slack/bolt-logger.ts), pg-boss's errors, the serialised errors and their causes. So a new log
 * call cannot leak a learner's address; it must still not log a learner's words (log lengths and ids instead).
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, base: { service: 'credbot' }, hooks: { streamWrite: maskEmailsIn } }, destination ?? process.stdout);
}
