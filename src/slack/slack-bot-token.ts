import { webApi } from '@slack/bolt';
import { ConfigError } from '../config.ts';
import { NEIGHBOUR_PROBE_TIMEOUT_MS } from '../http/readiness.ts';

/** What Slack answers auth.test for a token it will never accept: a setting to fix, not an outage to wait out. */
const REFUSED_TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/**
 * A client for auth.test alone, without the workers' retries: the start and `/readyz` want Slack's answer now,
 * not after a minute of back-off.
 */
export function createProbeClient(botToken: string, options: webApi.WebClientOptions): webApi.WebClient {
  return new webApi.WebClient(botToken, {
    ...options,
    timeout: Math.min(options.timeout ?? NEIGHBOUR_PROBE_TIMEOUT_MS, NEIGHBOUR_PROBE_TIMEOUT_MS),
    retryConfig: { retries: 0 },
  });
}

/** Asks Slack who the bot is. Resolves null when Slack accepts the token, else why the channel cannot work. */
export async function probeBotToken(client: webApi.WebClient): Promise<string | null> {
  const failure = await authTestFailure(client);
  return failure === null ? null : describeProbeFailure(failure);
}

/**
 * At start-up a token Slack refuses stops the service (exit 2, naming SLACK_BOT_TOKEN) rather than letting every
 * event fail; an unreachable API is an outage: the service starts, says so, and `/readyz` reports it.
 * Resolves null when Slack accepted the token, else the outage's description.
 */
export async function checkBotTokenAtStart(client: webApi.WebClient): Promise<string | null> {
  const failure = await authTestFailure(client);
  if (failure instanceof webApi.WebAPIPlatformError && REFUSED_TOKEN_ERRORS.has(failure.data.error)) {
    throw new ConfigError([`SLACK_BOT_TOKEN: Slack refused it (${failure.data.error})`]);
  }
  return failure === null ? null : describeProbeFailure(failure);
}

/** auth.test's error, or null when it succeeded. */
async function authTestFailure(client: webApi.WebClient): Promise<unknown> {
  try {
    await client.auth.test();
    return null;
  } catch (error) {
    return error ?? new Error('auth.test failed');
  }
}

function describeProbeFailure(error: unknown): string {
  if (error instanceof webApi.WebAPIPlatformError) return `Slack refused the bot token (${error.data.error})`;
  if (error instanceof webApi.WebAPIHTTPError) return `Slack's Web API answered HTTP ${error.statusCode}`;
  return "Slack's Web API is unreachable";
}
