import { CredbotError } from '../core/errors.ts';
import { maskEmailsIn } from '../core/mask.ts';
import type { ApiErrorKind } from '../metrics/metrics.ts';

/**
 * Why a Zendesk call failed.
 * - `timeout`, `network`: no usable answer (the request may or may not have been applied);
 * - `rate_limited`: 429; `server`: 5xx;
 * - `conflict`: 409, e.g. a `safe_update` that lost a race: re-read the ticket, decide again, update again;
 * - `client`: any other 4xx (bad credentials, unknown ticket, invalid update): retrying will not help;
 * - `unexpected_response`: a 2xx whose body is not what the Zendesk API documents.
 */
export type ZendeskErrorKind =
  | 'timeout'
  | 'network'
  | 'rate_limited'
  | 'server'
  | 'conflict'
  | 'client'
  | 'unexpected_response';

export interface ZendeskApiErrorDetails {
  kind: ZendeskErrorKind;
  /** `GET`, `PUT`, ... */
  method: string;
  /** The path below the API base URL, without the query: `/tickets/42.json`. */
  path: string;
  /** The HTTP status, when Zendesk answered. */
  status?: number;
  /**
   * Whether the same operation may succeed later. True for timeouts, network errors, 429, 500/502/503/504 (after
   * this client's own retries ran out or the Retry-After was too long) and for `conflict` (after a re-read).
   */
  retryable: boolean;
  /** What Zendesk's Retry-After asked for, when it was longer than this client is willing to wait. */
  retryAfterMs?: number;
  /** How many requests were made. */
  attempts: number;
  cause?: unknown;
}

/**
 * A failed Zendesk API call. The message names the method, path, status and Zendesk's own error title; it never
 * contains credentials (they are scrubbed) nor a full email address (masked).
 */
export class ZendeskApiError extends CredbotError {
  readonly kind: ZendeskErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly attempts: number;

  constructor(message: string, details: ZendeskApiErrorDetails) {
    // No ErrorCode names Zendesk yet; 'internal' keeps the details out of HTTP answers (5xx) in the error handler.
    super('internal', message, { cause: details.cause });
    this.name = 'ZendeskApiError';
    this.kind = details.kind;
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.retryable = details.retryable;
    this.retryAfterMs = details.retryAfterMs;
    this.attempts = details.attempts;
  }
}

export function isZendeskApiError(error: unknown): error is ZendeskApiError {
  return error instanceof ZendeskApiError;
}

/** Status codes retried with back-off (503 and 429 wait for Retry-After first, when it is given). */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);

export function isRetriedStatus(status: number): boolean {
  return RETRIED_STATUSES.has(status);
}

export function kindOfStatus(status: number): ZendeskErrorKind {
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'client';
}

/** A failure's label in `credbot_api_errors_total`: 409 and the other 4xx are one status class there. */
export function apiErrorKindOf(kind: ZendeskErrorKind): ApiErrorKind {
  switch (kind) {
    case 'server':
      return 'http_5xx';
    case 'client':
    case 'conflict':
      return 'http_4xx';
    default:
      return kind;
  }
}

/**
 * Removes every secret and masks every email address in a text bound for an error message or a log. Zendesk's
 * validation errors can quote a requester's address; a proxy's error page could echo a header.
 */
export function createScrubber(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((secret) => secret.length >= 4);
  return (text) => {
    let scrubbed = text;
    for (const secret of present) scrubbed = scrubbed.split(secret).join('[redacted]');
    return maskEmailsIn(scrubbed);
  };
}

/**
 * Zendesk's error bodies come in a few shapes: `{"error":"RecordNotFound","description":"Not found"}`,
 * `{"error":{"title":"...","message":"..."}}`, `{"errors":[{"title":"...","detail":"..."}]}` (webhooks API),
 * or plain text from a proxy. Returns a one-line summary of at most 300 characters.
 */
export function summariseErrorBody(body: string): string {
  const text = body.trim();
  if (text === '') return '';
  let summary: string;
  try {
    summary = summariseErrorJson(JSON.parse(text) as unknown) ?? text;
  } catch {
    summary = text;
  }
  const oneLine = summary.replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}

function summariseErrorJson(value: unknown): string | undefined {
  if (!isRecord(value)) return typeof value === 'string' ? value : undefined;
  const parts: string[] = [];
  const { error, description, errors } = value;
  if (typeof error === 'string') parts.push(error);
  else if (isRecord(error)) parts.push(...[error.title, error.message].filter(isNonEmptyString));
  if (isNonEmptyString(description)) parts.push(description);
  if (Array.isArray(errors)) {
    for (const item of errors.slice(0, 3)) {
      if (isRecord(item)) parts.push([item.title, item.detail].filter(isNonEmptyString).join(': '));
    }
  }
  return parts.length > 0 ? parts.join(': ') : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
