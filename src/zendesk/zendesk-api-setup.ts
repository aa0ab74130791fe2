import { z } from 'zod';

/**
 * Types, request bodies and response schemas for the webhooks and triggers that `credbot zendesk setup` manages.
 * Shapes follow Zendesk's Webhooks API (`/api/v2/webhooks`, no `.json`) and Triggers API (`/api/v2/triggers.json`).
 */

/** How Zendesk authenticates to our webhook endpoint, besides the signature it always sends. */
export type WebhookAuthentication =
  | { type: 'bearer_token'; token: string }
  | { type: 'basic_auth'; username: string; password: string };

export interface WebhookDefinition {
  name: string;
  /** Our webhook route's public URL. */
  endpoint: string;
  httpMethod: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  requestFormat: 'json' | 'xml' | 'form_encoded';
  status: 'active' | 'inactive';
  /** `['conditional_ticket_events']` for a webhook fired by a trigger; event types (`zen:event-type:...`) otherwise. */
  subscriptions: string[];
  description?: string;
  authentication?: WebhookAuthentication;
}

/** A webhook as Zendesk lists it (authentication secrets are never returned). */
export interface ZendeskWebhook {
  id: string;
  name: string;
  endpoint: string;
  httpMethod: string;
  requestFormat: string;
  status: string;
  subscriptions: string[];
}

export type TriggerValue = string | number | boolean | null;

export interface TriggerCondition {
  field: string;
  operator: string;
  value?: TriggerValue;
}

export interface TriggerAction {
  field: string;
  /** `notification_webhook` takes `[webhookId, body]`; `set_tags`/`current_tags` a space-separated string. */
  value: TriggerValue | TriggerValue[];
}

export interface TriggerDefinition {
  title: string;
  active?: boolean;
  description?: string;
  /** Accounts with trigger categories may require one. */
  categoryId?: string;
  conditions: { all: TriggerCondition[]; any: TriggerCondition[] };
  actions: TriggerAction[];
}

/** A trigger as Zendesk returns it; condition and action values are kept as Zendesk sent them. */
export interface ZendeskTrigger {
  id: number;
  title: string;
  active: boolean;
  categoryId: string | null;
  conditions: { all: Array<{ field: string; operator: string; value?: unknown }>; any: Array<{ field: string; operator: string; value?: unknown }> };
  actions: Array<{ field: string; value: unknown }>;
}

export function toWebhookBody(definition: WebhookDefinition): { webhook: Record<string, unknown> } {
  const webhook: Record<string, unknown> = {
    name: definition.name,
    endpoint: definition.endpoint,
    http_method: definition.httpMethod,
    request_format: definition.requestFormat,
    status: definition.status,
    subscriptions: definition.subscriptions,
  };
  if (definition.description !== undefined) webhook.description = definition.description;
  const auth = definition.authentication;
  if (auth?.type === 'bearer_token') {
    webhook.authentication = { type: 'bearer_token', add_position: 'header', data: { token: auth.token } };
  } else if (auth?.type === 'basic_auth') {
    webhook.authentication = {
      type: 'basic_auth',
      add_position: 'header',
      data: { username: auth.username, password: auth.password },
    };
  }
  return { webhook };
}

export function toTriggerBody(definition: TriggerDefinition): { trigger: Record<string, unknown> } {
  const trigger: Record<string, unknown> = {
    title: definition.title,
    conditions: definition.conditions,
    actions: definition.actions,
  };
  if (definition.active !== undefined) trigger.active = definition.active;
  if (definition.description !== undefined) trigger.description = definition.description;
  if (definition.categoryId !== undefined) trigger.category_id = definition.categoryId;
  return { trigger };
}

export const webhookSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    endpoint: z.string(),
    http_method: z.string(),
    request_format: z.string(),
    status: z.string(),
    subscriptions: z.array(z.string()).nullish(),
  })
  .transform(
    (webhook): ZendeskWebhook => ({
      id: webhook.id,
      name: webhook.name,
      endpoint: webhook.endpoint,
      httpMethod: webhook.http_method,
      requestFormat: webhook.request_format,
      status: webhook.status,
      subscriptions: webhook.subscriptions ?? [],
    }),
  );

const conditionSchema = z.object({ field: z.string(), operator: z.string(), value: z.unknown() });

export const triggerSchema = z
  .object({
    id: z.number(),
    title: z.string(),
    active: z.boolean(),
    category_id: z.union([z.string(), z.number()]).nullish(),
    conditions: z.object({
      all: z.array(conditionSchema).nullish(),
      any: z.array(conditionSchema).nullish(),
    }),
    actions: z.array(z.object({ field: z.string(), value: z.unknown() })),
  })
  .transform(
    (trigger): ZendeskTrigger => ({
      id: trigger.id,
      title: trigger.title,
      active: trigger.active,
      categoryId: trigger.category_id == null ? null : String(trigger.category_id),
      conditions: { all: trigger.conditions.all ?? [], any: trigger.conditions.any ?? [] },
      actions: trigger.actions,
    }),
  );

export const signingSecretSchema = z.object({
  signing_secret: z.object({ secret: z.string().min(1), algorithm: z.string().optional() }),
});

/**
 * The paging part of a list answer. Zendesk answers `page[size]` with cursor pagination (`meta.has_more`,
 * `meta.after_cursor`); an endpoint that only knows offset pagination answers with `next_page` instead.
 */
export const pageInfoSchema = z.object({
  meta: z.object({ has_more: z.boolean(), after_cursor: z.string().nullish() }).nullish(),
  next_page: z.string().nullish(),
});
