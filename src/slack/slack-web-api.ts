import { type types, webApi } from '@slack/bolt';
import type { SlackSettings } from '../config.ts';
import { CredbotError } from '../core/errors.ts';
import type { Logger } from '../logger.ts';
import { type ApiErrorCounter, type ApiErrorKind, apiErrorKindOfStatus } from '../metrics/metrics.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { SLACK_RETRY_BACKOFF } from './slack-call-limits.ts';
import type { SlackMessage } from './views.ts';

/** What credbot does with Slack's Web API (and response URLs): small, so the workers can be read at a glance. */
export interface SlackWebApi {
  /**
   * A message in a conversation, in a thread when `threadTs` is given. A `marker` goes with it as message metadata,
   * for `hasMarkedMessage` to find.
   */
  postMessage(target: { channel: string; threadTs: string | null }, message: SlackMessage, marker?: string): Promise<void>;
  /**
   * Whether the thread holds a message posted with `marker`. It reads the thread (conversations.replies, a
   * rate-limited method that needs the history scopes): only for what an earlier attempt may have posted.
   */
  hasMarkedMessage(thread: { channel: string; threadTs: string }, marker: string): Promise<boolean>;
  /** A message only `user` sees, in a thread when `threadTs` is given. */
  postEphemeral(target: { channel: string; user: string; threadTs: string | null }, message: SlackMessage): Promise<void>;
  /** An ephemeral answer through a slash command's or an interaction's response_url. */
  respond(responseUrl: string, message: SlackMessage): Promise<void>;
  /** The address on the user's profile, when the app may read it (`users:read.email`) and there is one. */
  readProfileEmail(userId: string): Promise<string | null>;
  /** The user's Slack locale (`es-ES`, `pt-BR`): the language they use Slack in; null when Slack does not say. */
  readLocale(userId: string): Promise<string | null>;
  openView(triggerId: string, view: types.ModalView): Promise<void>;
}

/** The metadata event type of the messages credbot marks; the marker is its payload's `marker`. */
const MARKER_EVENT_TYPE = 'credbot_reply';

/** Platform errors that say "try again later"; any other `ok: false` is a refusal retrying will not change. */
const RETRYABLE_PLATFORM_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited']);
/** What `users.info` answers when the profile cannot be read: no address, rather than a failure. */
const UNREADABLE_PROFILE_ERRORS = new Set(['user_not_found', 'user_not_visible', 'missing_scope', 'no_permission']);

/** A Slack call that failed. `retryable`: the same call may succeed later (timeouts, 5xx, Slack's transient errors). */
export class SlackApiError extends CredbotError {
  constructor(
    readonly method: string,
    readonly slackError: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    // No ErrorCode names Slack; 'internal' keeps the details out of HTTP answers (5xx) in the error handler.
    super('internal', `Slack ${method} failed: ${slackError}`, options);
    this.name = 'SlackApiError';
  }
}

export function isSlackApiError(error: unknown): error is SlackApiError {
  return error instanceof SlackApiError;
}

/**
 * The Web API client's options, shared by Bolt's client (listeners) and the workers'. A 5xx or a network error is
 * retried inside the call, at most `apiRetries` times with a short back-off, so a call's length is bounded
 * (src/slack/slack-call-limits.ts). A 429 fails the call at once: the client would otherwise wait out Retry-After,
 * however long, inside the call (and hold every other call of the client meanwhile), outlasting the job's timeout;
 * the job is retried after its own delay instead.
 */
export function slackClientOptions(settings: SlackSettings, logger: Logger): webApi.WebClientOptions {
  return {
    slackApiUrl: settings.apiUrl,
    timeout: settings.apiTimeoutMs,
    retryConfig: { retries: settings.apiRetries, ...SLACK_RETRY_BACKOFF },
    rejectRateLimitedCalls: true,
    logger: createBoltLogger(logger),
  };
}

export interface SlackWebApiOptions {
  responseTimeoutMs: number;
  /** Counts each failed call, for `/metrics` (the client's own retries inside a call are not seen). */
  countError: ApiErrorCounter;
}

export function createSlackWebApi(client: webApi.WebClient, options: SlackWebApiOptions): SlackWebApi {
  async function call<T>(method: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      options.countError(apiErrorKindOf(error));
      throw toSlackApiError(method, error);
    }
  }

  return {
    async postMessage({ channel, threadTs }, message, marker) {
      await call('chat.postMessage', () =>
        client.chat.postMessage({
          channel,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          text: message.text,
          ...(message.blocks ? { blocks: message.blocks } : {}),
          ...(marker ? { metadata: { event_type: MARKER_EVENT_TYPE, event_payload: { marker } } } : {}),
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
    },

    async hasMarkedMessage({ channel, threadTs }, marker) {
      let cursor: string | undefined;
      do {
        const page = await call('conversations.replies', () =>
          client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }),
        );
        const found = page.messages?.some(
          (posted) => posted.metadata?.event_type === MARKER_EVENT_TYPE && (posted.metadata.event_payload as { marker?: unknown } | undefined)?.marker === marker,
        );
        if (found) return true;
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (cursor);
      return false;
    },

    async postEphemeral({ channel, user, threadTs }, message) {
      await call('chat.postEphemeral', () =>
        client.chat.postEphemeral({
          channel,
          user,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          text: message.text,
          ...(message.blocks ? { blocks: message.blocks } : {}),
        }),
      );
    },

    async respond(responseUrl, message) {
      let response: Response;
      try {
        response = await fetch(responseUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) }),
          signal: AbortSignal.timeout(options.responseTimeoutMs),
          redirect: 'error',
        });
      } catch (error) {
        options.countError(error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network');
        throw new SlackApiError('response_url', error instanceof Error ? error.name : 'request_failed', true, { cause: error });
      }
      await response.body?.cancel();
      if (!response.ok) {
        options.countError(apiErrorKindOfStatus(response.status));
        // Response URLs expire after 30 minutes (404): waiting will not bring them back.
        throw new SlackApiError('response_url', `HTTP ${response.status}`, response.status === 429 || response.status >= 500);
      }
    },

    async readProfileEmail(userId) {
      try {
        const result = await call('users.info', () => client.users.info({ user: userId }));
        return result.user?.profile?.email ?? null;
      } catch (error) {
        if (isSlackApiError(error) && UNREADABLE_PROFILE_ERRORS.has(error.slackError)) return null;
        throw error;
      }
    },

    async readLocale(userId) {
      try {
        const result = await call('users.info', () => client.users.info({ user: userId, include_locale: true }));
        return result.user?.locale || null;
      } catch (error) {
        if (isSlackApiError(error) && UNREADABLE_PROFILE_ERRORS.has(error.slackError)) return null;
        throw error;
      }
    },

    async openView(triggerId, view) {
      await call('views.open', () => client.views.open({ trigger_id: triggerId, view }));
    },
  };
}

/** Platform errors (`ok: false`) that are Slack's way of saying 429 or a timeout; the others are refusals. */
const PLATFORM_ERROR_KINDS: Record<string, ApiErrorKind> = { ratelimited: 'rate_limited', rate_limited: 'rate_limited', request_timeout: 'timeout' };

/** A failed call's label in `credbot_api_errors_total`. */
function apiErrorKindOf(error: unknown): ApiErrorKind {
  if (error instanceof webApi.WebAPIPlatformError) return PLATFORM_ERROR_KINDS[error.data.error] ?? 'refused';
  if (error instanceof webApi.WebAPIHTTPError) return apiErrorKindOfStatus(error.statusCode);
  if (error instanceof webApi.WebAPIRateLimitedError) return 'rate_limited';
  if (error instanceof webApi.WebAPIRequestError) {
    // The client's `timeout` surfaces as the HTTP library's timeout codes.
    const code = (error.original as NodeJS.ErrnoException).code;
    return code === 'ECONNABORTED' || code === 'ETIMEDOUT' ? 'timeout' : 'network';
  }
  return 'unexpected_response';
}

function toSlackApiError(method: string, error: unknown): SlackApiError {
  if (error instanceof webApi.WebAPIPlatformError) {
    return new SlackApiError(method, error.data.error, RETRYABLE_PLATFORM_ERRORS.has(error.data.error), { cause: error });
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return new SlackApiError(method, `HTTP ${error.statusCode}`, error.statusCode === 429 || error.statusCode >= 500, { cause: error });
  }
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new SlackApiError(method, `rate limited (retry after ${error.retryAfter} s)`, true, { cause: error });
  }
  if (error instanceof webApi.WebAPIRequestError) {
    return new SlackApiError(method, `request failed (${error.original.name})`, true, { cause: error });
  }
  return new SlackApiError(method, error instanceof Error ? error.message : String(error), true, { cause: error });
}
