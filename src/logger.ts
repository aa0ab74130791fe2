import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** JSON logs on stdout. Never log a learner's full address: use maskEmail from core/mask.ts. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, base: { service: 'credbot' } }, destination ?? process.stdout);
}
