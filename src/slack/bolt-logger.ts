import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../logger.ts';

/**
 * Bolt's and the Web API client's log lines, through our pino logger (JSON, one level setting). Bolt logs its
 * own chatter at info; it is kept one level down so the service's info log stays about credbot.
 *
 * At debug the SDK logs whole payloads: the Web API client every request and answer (`http request body: {…}`,
 * `http request result: {…}`: what we post, hand-off summaries quoting learners, `users.info` profiles), Socket
 * Mode every envelope it receives and sends (learners' messages). Our logger masks addresses in every line, but
 * words are not addresses: each payload is replaced by its size, keeping a Web API answer's `ok` and `error`.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack-sdk' });
  const write = (level: 'debug' | 'warn' | 'error') => (...parts: unknown[]) => {
    const error = parts.find((part): part is Error => part instanceof Error);
    const message = withholdPayloads(
      parts
        .filter((part) => !(part instanceof Error))
        .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
        .join(' '),
    );
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

/**
 * An SDK line with everything from its first `{` or `[` on replaced: `http request body: {…}` becomes
 * `http request body: [412 characters withheld]`, and an answer `… [2,301 characters withheld; ok: false, error:
 * channel_not_found]`. The SDK's own words come first in each of its lines; what follows a bracket is data.
 */
export function withholdPayloads(message: string): string {
  const start = message.search(/[[{]/);
  if (start === -1) return message;
  const payload = message.slice(start);
  return `${message.slice(0, start)}[${payload.length.toLocaleString('en')} characters withheld${describeOutcome(payload)}]`;
}

/** A Slack answer's `ok` and `error`: codes Slack defines, never a user's words. */
function describeOutcome(payload: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return '';
  }
  if (typeof parsed !== 'object' || parsed === null || !('ok' in parsed)) return '';
  const { ok, error } = parsed as { ok: unknown; error?: unknown };
  const code = typeof error === 'string' && /^[a-z_]{1,60}$/.test(error) ? `, error: ${error}` : '';
  return `; ok: ${ok === true}${code}`;
}
