import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../logger.ts';

/**
 * Bolt's and the Web API client's log lines, through our pino logger (JSON, one level setting). Bolt logs its
 * own chatter at info; it is kept one level down so the service's info log stays about credbot.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack-sdk' });
  const write = (level: 'debug' | 'warn' | 'error') => (...parts: unknown[]) => {
    const error = parts.find((part): part is Error => part instanceof Error);
    const message = parts
      .filter((part) => !(part instanceof Error))
      .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
      .join(' ');
    if (error) log[level]({ err: error }, message || error.message);
    else log[level](message);
  };
  return {
    debug: write('debug'),
    info: write('debug'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    getLevel: () => (log.isLevelEnabled('debug') ? LogLevel.DEBUG : log.isLevelEnabled('warn') ? LogLevel.WARN : LogLevel.ERROR),
    setName: () => {},
  };
}
