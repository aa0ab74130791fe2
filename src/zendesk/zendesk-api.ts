import zendesk from 'node-zendesk';
import { z } from 'zod';
import { CredbotError } from '../core/errors.ts';
import type { Logger } from '../logger.ts';
import type { ApiErrorCounter } from '../metrics/metrics.ts';
import { createScrubber, isZendeskApiError, ZendeskApiError } from './zendesk-api-errors.ts';
import {
  pageInfoSchema,
  signingSecretSchema,
  toTriggerBody,
  toWebhookBody,
  triggerSchema,
  webhookSchema,
  type TriggerDefinition,
  type WebhookDefinition,
  type ZendeskTrigger,
  type ZendeskWebhook,
} from './zendesk-api-setup.ts';
import { createTransportConfig } from './zendesk-api-transport.ts';

export { isZendeskApiError, ZendeskApiError, type ZendeskErrorKind } from './zendesk-api-errors.ts';
export type {
  TriggerAction,
  TriggerCondition,
  TriggerDefinition,
  TriggerValue,
  WebhookAuthentication,
  WebhookDefinition,
  ZendeskTrigger,
  ZendeskWebhook,
} from './zendesk-api-setup.ts';

/** An API token (Basic `email/token:apiToken`) or an OAuth access token (Bearer). */
export type ZendeskAuth = { email: string; apiToken: string } | { oauthToken: string };

export interface ZendeskApiConfig {
  /** `https://SUBDOMAIN.zendesk.com/api/v2` (see zendeskApiUrlForSubdomain), or a fake's URL in tests. */
  baseUrl: string;
  auth: ZendeskAuth;
  /** Per request, including reading the answer. Default 10 000. */
  timeoutMs?: number;
  /** Requests per call, first one included. Default 4. */
  maxAttempts?: number;
  /** First back-off delay; doubles on each retry. Default 500. */
  retryBaseDelayMs?: number;
  /** The longest Retry-After this client waits; a longer one fails at once as retryable. Default 60 000. */
  maxRetryAfterMs?: number;
  logger?: Logger;
  /** Counts failed requests and unreadable answers, for `/metrics`; the setup command has none. */
  countError?: ApiErrorCounter;
}

export const ZENDESK_API_DEFAULTS = {
  timeoutMs: 10_000,
  maxAttempts: 4,
  retryBaseDelayMs: 500,
  maxRetryAfterMs: 60_000,
} as const;

export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
/** A ticket's status (its status category, on accounts with custom statuses). */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export interface ZendeskTicket {
  id: number;
  status: TicketStatus;
  tags: string[];
  requesterId: number;
  /**
   * When the ticket was last updated (Zendesk's `updated_at`, ISO 8601). Zendesk documents `updated_stamp` as
   * write-only: a safe update sends this value back as `updated_stamp`.
   */
  updatedStamp: string;
  subject: string;
  description: string;
}

export interface ZendeskUser {
  id: number;
  /** Null for users known only by phone or social identity. */
  email: string | null;
  name: string;
  /** The user's locale (`es`, `pt-BR`): their Zendesk language. */
  locale: string | null;
}

/** A comment in plain text (`body`) or HTML (`htmlBody`, which Zendesk prefers when both are given). */
export type TicketComment =
  | { body: string; htmlBody?: string; public: boolean }
  | { htmlBody: string; body?: string; public: boolean };

export interface TicketUpdate {
  comment?: TicketComment;
  /** Added to the ticket's tags (Zendesk's `additional_tags`); existing tags stay. */
  additionalTags?: string[];
  /** `new` and `closed` cannot be set through an update. */
  status?: Exclude<TicketStatus, 'new' | 'closed'>;
  groupId?: number;
  /**
   * Apply the update only if nobody changed the ticket since it was read: Zendesk answers 409, surfaced as a
   * ZendeskApiError of kind `conflict`. Pass the `updatedStamp` of the ticket as read. Also makes a retried
   * update whose first attempt did land (a timeout after Zendesk applied it) fail as a conflict instead of adding
   * the comment twice.
   */
  safeUpdate?: { updatedStamp: string };
}

/**
 * Zendesk as credbot uses it. Every method throws a ZendeskApiError when Zendesk cannot be reached or refuses;
 * transient failures (timeouts, network errors, 429, 500/502/503/504) are retried inside the call first.
 */
export interface ZendeskApi {
  getTicket(id: number): Promise<ZendeskTicket>;
  getUser(id: number): Promise<ZendeskUser>;
  /** GET /users/me.json: who the credentials belong to; `id` is null when Zendesk took the call as anonymous. */
  getAuthenticatedUser(): Promise<{ id: number | null; role: string }>;
  /** PUT /tickets/{id}.json; returns the ticket as Zendesk saved it. */
  updateTicket(id: number, update: TicketUpdate): Promise<ZendeskTicket>;

  /** Every webhook of the account (all pages). */
  listWebhooks(): Promise<ZendeskWebhook[]>;
  createWebhook(definition: WebhookDefinition): Promise<ZendeskWebhook>;
  /** Replaces the webhook's settings (Zendesk answers 204, so nothing is returned). */
  updateWebhook(id: string, definition: WebhookDefinition): Promise<void>;
  /** The secret Zendesk signs this webhook's requests with (`x-zendesk-webhook-signature`). */
  getWebhookSigningSecret(id: string): Promise<string>;
  /** Every ticket trigger of the account (all pages). */
  listTriggers(): Promise<ZendeskTrigger[]>;
  createTrigger(definition: TriggerDefinition): Promise<ZendeskTrigger>;
  updateTrigger(id: number, definition: TriggerDefinition): Promise<ZendeskTrigger>;
}

/** `acme` → `https://acme.zendesk.com/api/v2`. */
export function zendeskApiUrlForSubdomain(subdomain: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(subdomain)) {
    throw new CredbotError('bad_input', 'A Zendesk subdomain has only letters, digits and hyphens');
  }
  return `https://${subdomain.toLowerCase()}.zendesk.com/api/v2`;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

/** Builds the client on node-zendesk, with our transport underneath (see zendesk-api-transport.ts). */
export function createZendeskApi(config: ZendeskApiConfig): ZendeskApi {
  const baseUrl = normaliseBaseUrl(config.baseUrl);
  const scrub = createScrubber(secretsOf(config.auth));
  const transportConfig = createTransportConfig({
    baseUrl,
    timeoutMs: positiveInteger('timeoutMs', config.timeoutMs ?? ZENDESK_API_DEFAULTS.timeoutMs),
    maxAttempts: positiveInteger('maxAttempts', config.maxAttempts ?? ZENDESK_API_DEFAULTS.maxAttempts),
    retryBaseDelayMs: nonNegativeInteger('retryBaseDelayMs', config.retryBaseDelayMs ?? ZENDESK_API_DEFAULTS.retryBaseDelayMs),
    maxRetryAfterMs: nonNegativeInteger('maxRetryAfterMs', config.maxRetryAfterMs ?? ZENDESK_API_DEFAULTS.maxRetryAfterMs),
    scrub,
    logger: config.logger,
    countError: config.countError,
  });
  const auth = config.auth;
  const client = zendesk.createClient({
    endpointUri: baseUrl,
    ...('oauthToken' in auth ? { token: auth.oauthToken, useOAuth: true } : { username: auth.email, token: auth.apiToken }),
    // Our transport's ZendeskApiError must reach the caller as is, not re-wrapped into a plain Error.
    throwOriginalException: true,
    // Its debug mode writes every request and answer (tickets' comments, requesters' addresses) to the console,
    // past our logger's masking; our transport logs each call's method, path and status instead.
    debug: false,
    transportConfig,
  });

  /** Runs one node-zendesk call; anything node-zendesk itself throws becomes a ZendeskApiError too. */
  async function call<T>(method: string, path: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isZendeskApiError(error)) throw error;
      config.countError?.('unexpected_response');
      const reason = error instanceof Error ? error.message : String(error);
      throw new ZendeskApiError(scrub(`Zendesk ${method} ${path}: ${reason}`), {
        kind: 'unexpected_response',
        method,
        path,
        retryable: false,
        attempts: 1,
        cause: error,
      });
    }
  }

  function parse<T>(schema: z.ZodType<T>, value: unknown, method: string, path: string): T {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    config.countError?.('unexpected_response');
    const problems = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ');
    throw new ZendeskApiError(`Zendesk ${method} ${path}: unexpected answer (${problems})`, {
      kind: 'unexpected_response',
      method,
      path,
      retryable: false,
      attempts: 1,
    });
  }

  /** Follows cursor pagination (or offset pagination's `next_page`) through node-zendesk's transporter. */
  async function listAll<T>(
    resource: typeof client.webhooks | typeof client.triggers,
    key: 'webhooks' | 'triggers',
    item: z.ZodType<T>,
  ): Promise<T[]> {
    const path = `/${key}`;
    const items: T[] = [];
    // node-zendesk's own getAll follows `links.next` whatever `meta.has_more` says, so we page ourselves.
    let next: string | Array<string | Record<string, string | number>> = [key, { 'page[size]': PAGE_SIZE }];
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const { result } = await call('GET', path, () => resource.transporter.request('GET', next));
      items.push(...parse(z.array(item), (result as Record<string, unknown>)[key], 'GET', path));
      const info = parse(pageInfoSchema, result, 'GET', path);
      if (info.meta) {
        if (!info.meta.has_more || !info.meta.after_cursor) return items;
        next = [key, { 'page[size]': PAGE_SIZE, 'page[after]': info.meta.after_cursor }];
      } else if (info.next_page?.startsWith(baseUrl)) {
        next = info.next_page;
      } else {
        return items;
      }
    }
    throw new ZendeskApiError(`Zendesk GET ${path}: more than ${MAX_PAGES} pages`, {
      kind: 'unexpected_response',
      method: 'GET',
      path,
      retryable: false,
      attempts: MAX_PAGES,
    });
  }

  return {
    async getTicket(id) {
      const path = `/tickets/${ticketOrUserId(id)}.json`;
      const { result } = await call('GET', path, () => client.tickets.show(id));
      return parse(ticketSchema, result, 'GET', path);
    },

    async getUser(id) {
      const path = `/users/${ticketOrUserId(id)}.json`;
      const { result } = await call('GET', path, () => client.users.show(id));
      return parse(userSchema, result, 'GET', path);
    },

    async getAuthenticatedUser() {
      const path = '/users/me.json';
      const { result } = await call('GET', path, () => client.users.me());
      return parse(authenticatedUserSchema, result, 'GET', path);
    },

    async updateTicket(id, update) {
      const path = `/tickets/${ticketOrUserId(id)}.json`;
      const body = toTicketUpdateBody(update);
      // node-zendesk's CreateOrUpdateTicket type lacks additional_tags, safe_update and updated_stamp.
      const { result } = await call('PUT', path, () => client.tickets.update(id, body as never));
      return parse(ticketSchema, result, 'PUT', path);
    },

    listWebhooks: () => listAll(client.webhooks, 'webhooks', webhookSchema),

    async createWebhook(definition) {
      const { result } = await call('POST', '/webhooks', () => client.webhooks.create(toWebhookBody(definition)));
      return parse(webhookSchema, result, 'POST', '/webhooks');
    },

    async updateWebhook(id, definition) {
      // The result is node-zendesk's "No Content" Error object for Zendesk's 204: nothing to read.
      await call('PUT', `/webhooks/${webhookId(id)}`, () => client.webhooks.update(id, toWebhookBody(definition)));
    },

    async getWebhookSigningSecret(id) {
      const path = `/webhooks/${webhookId(id)}/signing_secret`;
      const { result } = await call('GET', path, () => client.webhooks.getSigningSecret(id));
      return parse(signingSecretSchema, result, 'GET', path).signing_secret.secret;
    },

    listTriggers: () => listAll(client.triggers, 'triggers', triggerSchema),

    async createTrigger(definition) {
      const { result } = await call('POST', '/triggers.json', () => client.triggers.create(toTriggerBody(definition)));
      return parse(triggerSchema, result, 'POST', '/triggers.json');
    },

    async updateTrigger(id, definition) {
      const path = `/triggers/${ticketOrUserId(id)}.json`;
      const { result } = await call('PUT', path, () => client.triggers.update(id, toTriggerBody(definition)));
      return parse(triggerSchema, result, 'PUT', path);
    },
  };
}

export function toTicketUpdateBody(update: TicketUpdate): { ticket: Record<string, unknown> } {
  const ticket: Record<string, unknown> = {};
  if (update.comment) {
    const comment: Record<string, unknown> = { public: update.comment.public };
    if (update.comment.body !== undefined) comment.body = update.comment.body;
    if (update.comment.htmlBody !== undefined) comment.html_body = update.comment.htmlBody;
    ticket.comment = comment;
  }
  if (update.additionalTags && update.additionalTags.length > 0) ticket.additional_tags = update.additionalTags;
  if (update.status !== undefined) ticket.status = update.status;
  if (update.groupId !== undefined) ticket.group_id = update.groupId;
  if (update.safeUpdate) {
    ticket.safe_update = true;
    ticket.updated_stamp = update.safeUpdate.updatedStamp;
  }
  return { ticket };
}

const ticketSchema = z
  .object({
    id: z.number(),
    status: z.enum(TICKET_STATUSES),
    tags: z.array(z.string()).nullish(),
    requester_id: z.number(),
    updated_at: z.string(),
    subject: z.string().nullish(),
    description: z.string().nullish(),
  })
  .transform(
    (ticket): ZendeskTicket => ({
      id: ticket.id,
      status: ticket.status,
      tags: ticket.tags ?? [],
      requesterId: ticket.requester_id,
      updatedStamp: ticket.updated_at,
      subject: ticket.subject ?? '',
      description: ticket.description ?? '',
    }),
  );

const userSchema = z
  .object({ id: z.number(), email: z.string().nullish(), name: z.string().nullish(), locale: z.string().nullish() })
  .transform((user): ZendeskUser => ({ id: user.id, email: user.email ?? null, name: user.name ?? '', locale: user.locale || null }));

const authenticatedUserSchema = z.object({ id: z.number().nullable(), role: z.string() });

function normaliseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CredbotError('bad_input', 'The Zendesk API URL is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CredbotError('bad_input', 'The Zendesk API URL must start with https:// (or http:// for a local fake)');
  }
  if (url.username || url.password) {
    throw new CredbotError('bad_input', 'The Zendesk API URL must not carry credentials: pass them as auth');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function secretsOf(auth: ZendeskAuth): string[] {
  if ('oauthToken' in auth) return [auth.oauthToken];
  return [auth.apiToken, Buffer.from(`${auth.email}/token:${auth.apiToken}`).toString('base64')];
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new CredbotError('bad_input', `Zendesk client: ${name} must be a positive integer`);
  return value;
}

function nonNegativeInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new CredbotError('bad_input', `Zendesk client: ${name} must be an integer >= 0`);
  return value;
}

/** node-zendesk joins path segments unescaped: ids are checked before they reach a URL. */
function ticketOrUserId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1) throw new CredbotError('bad_input', `Not a Zendesk id: ${id}`);
  return id;
}

function webhookId(id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new CredbotError('bad_input', 'Not a Zendesk webhook id');
  return id;
}
