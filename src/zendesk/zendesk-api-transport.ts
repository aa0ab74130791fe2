import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.ts';
import type { ApiErrorCounter } from '../metrics/metrics.ts';
import {
  apiErrorKindOf,
  isRetriedStatus,
  kindOfStatus,
  summariseErrorBody,
  ZendeskApiError,
  type ZendeskErrorKind,
} from './zendesk-api-errors.ts';

/**
 * The HTTP layer under node-zendesk, plugged in through its `transportConfig` option.
 *
 * node-zendesk 6 on its own resolves some failures as if they had succeeded (a 429 or 503 carrying Retry-After, a
 * 502, a 504: any status missing from its table), has no timeout and never retries. Here every request gets a
 * timeout covering the whole body, every status >= 400 becomes a ZendeskApiError, and 429/5xx/timeouts/network
 * errors are retried, so node-zendesk only ever sees a successful, fully read response.
 */
export interface TransportPolicy {
  /** The API base URL, without a trailing slash: used to name the path in errors and logs. */
  baseUrl: string;
  timeoutMs: number;
  maxAttempts: number;
  retryBaseDelayMs: number;
  maxRetryAfterMs: number;
  /** Removes credentials and masks email addresses in any text that goes into an error or a log. */
  scrub: (text: string) => string;
  logger?: Logger | undefined;
  /** Counts each failed request, a retried one included. */
  countError?: ApiErrorCounter | undefined;
}

/** A response read whole within the timeout; `body` is the parsed JSON, if the response was JSON. */
export interface BufferedResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: unknown;
}

/** What node-zendesk's Transporter passes to `transportFn`: its options merged with the request's. */
interface NodeZendeskRequestOptions {
  method: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

/** The response shape node-zendesk's Transporter reads (see its default fetch adapter). */
export interface NodeZendeskResponse {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

export interface NodeZendeskTransportConfig {
  transportFn: (uri: string, options: NodeZendeskRequestOptions) => Promise<BufferedResponse>;
  responseAdapter: (response: BufferedResponse) => NodeZendeskResponse;
}

export function createTransportConfig(policy: TransportPolicy): NodeZendeskTransportConfig {
  return {
    transportFn: (uri, options) => sendWithRetries(policy, uri, options),
    responseAdapter: (response) => ({
      status: response.status,
      statusText: response.statusText,
      // node-zendesk turns any response carrying Retry-After into a "429" error object returned as the result.
      headers: { get: (name) => (name.toLowerCase() === 'retry-after' ? null : response.headers.get(name)) },
      json: async () => response.body,
    }),
  };
}

interface Failure {
  kind: ZendeskErrorKind;
  status?: number;
  /** Without the method and path, which the caller adds. */
  reason: string;
  /** Retry-After, when the status is 429 or 503 and the header is there. */
  retryAfterMs?: number;
  cause?: unknown;
}

async function sendWithRetries(
  policy: TransportPolicy,
  uri: string,
  options: NodeZendeskRequestOptions,
): Promise<BufferedResponse> {
  const method = options.method.toUpperCase();
  const path = describePath(uri, policy.baseUrl);
  const fail = (failure: Failure, attempts: number, extra: { retryable: boolean; retryAfterMs?: number; note?: string }) =>
    new ZendeskApiError(policy.scrub(`Zendesk ${method} ${path}: ${failure.reason}${extra.note ?? ''}`), {
      kind: failure.kind,
      method,
      path,
      ...(failure.status !== undefined ? { status: failure.status } : {}),
      retryable: extra.retryable,
      ...(extra.retryAfterMs !== undefined ? { retryAfterMs: extra.retryAfterMs } : {}),
      attempts,
      cause: failure.cause,
    });

  for (let attempt = 1; ; attempt += 1) {
    const started = Date.now();
    const outcome = await sendOnce(policy, uri, method, options);
    if ('response' in outcome) {
      policy.logger?.debug({ method, path, status: outcome.response.status, attempt, ms: Date.now() - started }, 'Zendesk call');
      return outcome.response;
    }
    const failure = outcome.failure;
    policy.countError?.(apiErrorKindOf(failure.kind));

    const retried =
      failure.kind === 'timeout' || failure.kind === 'network' || (failure.status !== undefined && isRetriedStatus(failure.status));
    if (!retried) throw fail(failure, attempt, { retryable: failure.kind === 'conflict' });

    let delayMs: number;
    if (failure.retryAfterMs !== undefined) {
      if (failure.retryAfterMs > policy.maxRetryAfterMs) {
        throw fail(failure, attempt, {
          retryable: true,
          retryAfterMs: failure.retryAfterMs,
          note: ` (Retry-After ${Math.ceil(failure.retryAfterMs / 1000)} s is longer than the ${policy.maxRetryAfterMs} ms this client waits)`,
        });
      }
      delayMs = failure.retryAfterMs;
    } else {
      delayMs = backOffDelay(policy.retryBaseDelayMs, attempt);
    }
    if (attempt >= policy.maxAttempts) {
      throw fail(failure, attempt, { retryable: true, note: ` (gave up after ${attempt} attempts)` });
    }
    policy.logger?.warn(
      { method, path, status: failure.status, kind: failure.kind, attempt, delayMs },
      'Zendesk call failed, retrying',
    );
    await sleep(delayMs);
  }
}

async function sendOnce(
  policy: TransportPolicy,
  uri: string,
  method: string,
  options: NodeZendeskRequestOptions,
): Promise<{ response: BufferedResponse } | { failure: Failure }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  try {
    // Only what the request needs: node-zendesk's options also carry the token and the whole client configuration.
    const response = await fetch(uri, {
      method,
      headers: options.headers,
      ...(options.body !== undefined ? { body: options.body } : {}),
      signal: controller.signal,
    });
    const text = await response.text();

    if (response.status >= 400) {
      const summary = summariseErrorBody(text);
      const retryAfterMs =
        response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      return {
        failure: {
          kind: kindOfStatus(response.status),
          status: response.status,
          reason: `${response.status} ${response.statusText}${summary ? `: ${summary}` : ''}`.trim(),
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        },
      };
    }

    let body: unknown;
    if (text !== '' && response.headers.get('content-type')?.includes('application/json')) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        return {
          failure: { kind: 'unexpected_response', status: response.status, reason: `${response.status} with a body that is not JSON`, cause: error },
        };
      }
    }
    return { response: { status: response.status, statusText: response.statusText, headers: response.headers, body } };
  } catch (error) {
    if (controller.signal.aborted) {
      return { failure: { kind: 'timeout', reason: `no complete answer within ${policy.timeoutMs} ms` } };
    }
    return { failure: { kind: 'network', reason: `network error: ${describeNetworkError(error)}`, cause: error } };
  } finally {
    clearTimeout(timer);
  }
}

/** Exponential back-off: base, 2×base, 4×base... plus up to 25% jitter so that parallel retries spread out. */
export function backOffDelay(baseMs: number, attempt: number): number {
  const delay = baseMs * 2 ** (attempt - 1);
  return Math.round(delay * (1 + Math.random() * 0.25));
}

/** Retry-After in seconds (what Zendesk sends) or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describePath(uri: string, baseUrl: string): string {
  const withoutQuery = uri.split('?')[0] ?? uri;
  if (withoutQuery.startsWith(baseUrl)) return withoutQuery.slice(baseUrl.length) || '/';
  try {
    return new URL(withoutQuery).pathname;
  } catch {
    return '(invalid URL)';
  }
}

/** undici reports "fetch failed" with the socket error as the cause: the cause's code says more. */
function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${code} (${cause.message})` : cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}
