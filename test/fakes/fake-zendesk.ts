import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on loopback that answers like Zendesk's Support API for what credbot uses: tickets and users
 * (read, update with `additional_tags`, comments and `safe_update`), webhooks (CRUD and signing secret) and
 * triggers (CRUD), with cursor pagination. Every request is recorded; faults can be scripted for the next requests.
 * State is plain data on the returned object, for tests to seed and inspect.
 */
export interface FakeZendesk {
  /** The API base URL: `http://127.0.0.1:PORT/api/v2`. */
  url: string;
  /** Every request received, in order, faulted or not. */
  requests: RecordedRequest[];
  tickets: Map<number, FakeTicket>;
  users: Map<number, FakeUser>;
  webhooks: FakeWebhook[];
  triggers: FakeTrigger[];
  addTicket(fields?: Partial<Omit<FakeTicket, 'comments'>> & { comments?: FakeComment[] }): FakeTicket;
  addUser(fields?: Partial<FakeUser>): FakeUser;
  /** Someone else (an agent, another trigger) changes the ticket: `updated_at` moves on. */
  touchTicket(id: number): FakeTicket;
  /** The next `count` matching requests get this answer instead of being handled. */
  failNext(count: number, fault: Fault): void;
  /** The next `count` matching requests are never answered (to provoke client timeouts). */
  hangNext(count: number, filter?: RequestFilter): void;
  /**
   * From now on, matching requests are carried out at once but answered only at `releaseAnswers()`: Zendesk has
   * applied an update that the client has not heard of yet.
   */
  holdAnswers(filter?: RequestFilter): void;
  /** Sends the held answers and stops holding. */
  releaseAnswers(): void;
  /** The next `count` matching requests wait, unanswered, until `release()`; then they are answered as usual. */
  holdNext(count: number, filter?: RequestFilter): { release(): void };
  close(): Promise<void>;
}

export interface FakeZendeskOptions {
  /** The largest page a list returns, whatever `page[size]` asks: small values exercise pagination. Default 100. */
  maxPageSize?: number;
}

export interface RecordedRequest {
  method: string;
  /** The full path, without the query: `/api/v2/tickets/1.json`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; the raw text if it was not JSON; undefined if empty. */
  body: unknown;
}

export interface RequestFilter {
  method?: string;
  /** An exact full path (`/api/v2/tickets/1.json`) or a pattern tested against it. */
  path?: string | RegExp;
}

export interface Fault extends RequestFilter {
  status: number;
  retryAfterSeconds?: number;
  /** An object is sent as JSON, a string as text; by default a Zendesk-like JSON error. */
  body?: unknown;
}

export interface FakeTicket {
  id: number;
  subject: string;
  description: string;
  status: string;
  tags: string[];
  requester_id: number;
  group_id: number | null;
  /** Also the value a safe update must send back as `updated_stamp`. */
  updated_at: string;
  /** Comments added through the API (not the description). */
  comments: FakeComment[];
}

export interface FakeComment {
  body?: string;
  html_body?: string;
  public: boolean;
}

/**
 * A comment as text, as Zendesk's read-only `plain_body` gives it: an HTML comment's paragraphs separated by a
 * blank line, its `<br>` by a line break, its tags dropped and its entities decoded.
 */
export function plainBodyOf(comment: FakeComment): string {
  if (comment.html_body === undefined) return comment.body ?? '';
  return comment.html_body
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Whether credbot has answered the ticket: its public reply landed (a `credbot_reply_` marker), or it is done with
 * the ticket (a staff-only note, a hand-over after a failed reply). An answer that waits for the learner leaves the
 * ticket without `credbot_done`.
 */
export function hasCredbotAnswer(ticket: Pick<FakeTicket, 'tags'> | undefined): boolean {
  if (ticket === undefined) return false;
  return ticket.tags.some((tag) => tag.startsWith('credbot_reply_')) || ticket.tags.includes('credbot_done');
}

export interface FakeUser {
  id: number;
  email: string | null;
  name: string;
  /** The user's Zendesk language, as the API gives it (`pt-BR`); Zendesk's default when unset. */
  locale: string;
}

export interface FakeWebhook {
  id: string;
  name: string;
  endpoint: string;
  http_method: string;
  request_format: string;
  status: string;
  subscriptions: string[];
  description?: string;
  authentication?: unknown;
  signing_secret: string;
}

export interface FakeTrigger {
  id: number;
  title: string;
  active: boolean;
  description: string | null;
  category_id: string | null;
  position: number;
  conditions: { all: unknown[]; any: unknown[] };
  actions: unknown[];
}

const API_PREFIX = '/api/v2';
/** The id of the agent whose credentials credbot uses (`users/me`); learners' ids start at 1. */
export const AGENT_USER_ID = 900_001;
const SETTABLE_STATUSES = new Set(['new', 'open', 'pending', 'hold', 'solved']);

interface ScriptedFault {
  remaining: number;
  filter: RequestFilter;
  action: { kind: 'hang' } | { kind: 'hold'; released: Promise<void> } | { kind: 'fault'; fault: Fault };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

export async function startFakeZendesk(options: FakeZendeskOptions = {}): Promise<FakeZendesk> {
  const maxPageSize = options.maxPageSize ?? 100;
  const requests: RecordedRequest[] = [];
  const tickets = new Map<number, FakeTicket>();
  const users = new Map<number, FakeUser>();
  const webhooks: FakeWebhook[] = [];
  const triggers: FakeTrigger[] = [];
  const faults: ScriptedFault[] = [];
  const nextId = { ticket: 1, user: 1, webhook: 1, trigger: 1 };
  let lastStampMs = Math.floor(Date.now() / 1000) * 1000 - 60_000;

  /** Zendesk's timestamps have whole seconds; each change moves strictly forward, so stamps never repeat. */
  function nextStamp(): string {
    lastStampMs = Math.max(lastStampMs + 1000, Math.floor(Date.now() / 1000) * 1000);
    return new Date(lastStampMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  function findTicket(id: number): FakeTicket {
    const ticket = tickets.get(id);
    if (!ticket) throw new HttpError(404, { error: 'RecordNotFound', description: 'Not found' });
    return ticket;
  }

  function route(method: string, path: string, query: Record<string, string>, body: unknown): { status: number; body?: unknown } {
    const segments = path.replace(/\.json$/, '').split('/').filter(Boolean);
    const [resource, id, sub] = segments;

    if (resource === 'tickets' && id && !sub) {
      const ticket = findTicket(Number(id));
      if (method === 'GET') return { status: 200, body: { ticket: ticketView(ticket) } };
      if (method === 'PUT') return { status: 200, body: updateTicket(ticket, body) };
    }
    // The agent the API credentials belong to.
    if (resource === 'users' && id === 'me' && !sub && method === 'GET') {
      return { status: 200, body: { user: { id: AGENT_USER_ID, name: 'credbot', email: 'credbot-agent@example.com', role: 'agent' } } };
    }
    if (resource === 'users' && id && !sub && method === 'GET') {
      const user = users.get(Number(id));
      if (!user) throw new HttpError(404, { error: 'RecordNotFound', description: 'Not found' });
      return { status: 200, body: { user: { ...user, role: 'end-user' } } };
    }
    if (resource === 'webhooks') return routeWebhooks(method, id, sub, query, body);
    if (resource === 'triggers' && !sub) return routeTriggers(method, id, query, body);
    throw new HttpError(404, { error: 'InvalidEndpoint', description: 'Not found' });
  }

  function updateTicket(ticket: FakeTicket, body: unknown): unknown {
    const changes = isRecord(body) && isRecord(body.ticket) ? body.ticket : undefined;
    if (!changes) throw new HttpError(400, { error: 'InvalidParameter', description: 'ticket is required' });
    if (changes.safe_update === true) {
      if (typeof changes.updated_stamp !== 'string') {
        throw new HttpError(400, { error: 'InvalidParameter', description: 'updated_stamp is required with safe_update' });
      }
      if (Date.parse(changes.updated_stamp) !== Date.parse(ticket.updated_at)) {
        throw new HttpError(409, {
          error: 'UpdateConflict',
          description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
        });
      }
    }
    if (changes.status !== undefined && !(typeof changes.status === 'string' && SETTABLE_STATUSES.has(changes.status))) {
      throw recordInvalid('status', 'Status: is invalid');
    }
    let comment: FakeComment | undefined;
    if (changes.comment !== undefined) {
      const given = isRecord(changes.comment) ? changes.comment : {};
      if (typeof given.body !== 'string' && typeof given.html_body !== 'string') throw recordInvalid('comment', 'Comment: cannot be blank');
      comment = { public: given.public !== false };
      if (typeof given.body === 'string') comment.body = given.body;
      if (typeof given.html_body === 'string') comment.html_body = given.html_body;
    }

    if (changes.tags !== undefined) ticket.tags = unique(tagList(changes.tags));
    if (changes.additional_tags !== undefined) ticket.tags = unique([...ticket.tags, ...tagList(changes.additional_tags)]);
    if (changes.remove_tags !== undefined) {
      const removed = new Set(tagList(changes.remove_tags));
      ticket.tags = ticket.tags.filter((tag) => !removed.has(tag));
    }
    if (typeof changes.status === 'string') ticket.status = changes.status;
    if (changes.group_id !== undefined) ticket.group_id = typeof changes.group_id === 'number' ? changes.group_id : null;
    if (comment) ticket.comments.push(comment);
    ticket.updated_at = nextStamp();
    return { ticket: ticketView(ticket), audit: { ticket_id: ticket.id, events: [] } };
  }

  function routeWebhooks(method: string, id: string | undefined, sub: string | undefined, query: Record<string, string>, body: unknown) {
    if (!id) {
      if (method === 'GET') return { status: 200, body: cursorPage('webhooks', webhooks.map(webhookView), query, '/webhooks') };
      if (method === 'POST') {
        const webhook: FakeWebhook = {
          ...webhookFields(body),
          id: `01FAKEWEBHOOK${String(nextId.webhook++).padStart(4, '0')}`,
          signing_secret: randomBytes(32).toString('base64'),
        };
        webhooks.push(webhook);
        return { status: 201, body: { webhook: webhookView(webhook) } };
      }
    }
    const webhook = webhooks.find((candidate) => candidate.id === id);
    if (!webhook) {
      throw new HttpError(404, { errors: [{ code: 'WebhookNotFound', title: 'Webhook not found', detail: `No webhook ${id}` }] });
    }
    if (sub === 'signing_secret' && method === 'GET') {
      return { status: 200, body: { signing_secret: { algorithm: 'SHA256', secret: webhook.signing_secret } } };
    }
    if (!sub && method === 'GET') return { status: 200, body: { webhook: webhookView(webhook) } };
    if (!sub && method === 'PUT') {
      const { description, authentication, ...required } = webhookFields(body);
      Object.assign(webhook, required);
      webhook.description = description;
      webhook.authentication = authentication;
      return { status: 204 };
    }
    throw new HttpError(404, { error: 'InvalidEndpoint', description: 'Not found' });
  }

  function routeTriggers(method: string, id: string | undefined, query: Record<string, string>, body: unknown) {
    if (!id) {
      if (method === 'GET') {
        if (query['page[size]'] === undefined) {
          return { status: 200, body: { triggers: triggers.map(triggerView), next_page: null, previous_page: null, count: triggers.length } };
        }
        return { status: 200, body: cursorPage('triggers', triggers.map(triggerView), query, '/triggers.json') };
      }
      if (method === 'POST') {
        const fields = triggerFields(body, undefined);
        const trigger: FakeTrigger = { ...fields, id: nextId.trigger++, position: triggers.length + 1 };
        triggers.push(trigger);
        return { status: 201, body: { trigger: triggerView(trigger) } };
      }
    }
    const trigger = triggers.find((candidate) => candidate.id === Number(id));
    if (!trigger) throw new HttpError(404, { error: 'RecordNotFound', description: 'Not found' });
    if (method === 'GET') return { status: 200, body: { trigger: triggerView(trigger) } };
    if (method === 'PUT') {
      Object.assign(trigger, triggerFields(body, trigger));
      return { status: 200, body: { trigger: triggerView(trigger) } };
    }
    throw new HttpError(404, { error: 'InvalidEndpoint', description: 'Not found' });
  }

  function cursorPage(key: string, items: unknown[], query: Record<string, string>, path: string) {
    const size = Math.min(Math.max(Number(query['page[size]'] ?? maxPageSize) || maxPageSize, 1), maxPageSize);
    const start = query['page[after]'] ? Number(Buffer.from(query['page[after]'], 'base64url').toString()) : 0;
    const page = items.slice(start, start + size);
    const end = start + page.length;
    const hasMore = end < items.length;
    const afterCursor = page.length > 0 ? Buffer.from(String(end)).toString('base64url') : null;
    const beforeCursor = page.length > 0 ? Buffer.from(String(start)).toString('base64url') : null;
    return {
      [key]: page,
      meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
      links: {
        next: afterCursor ? `${fake.url}${path}?page[size]=${size}&page[after]=${afterCursor}` : null,
        prev: beforeCursor ? `${fake.url}${path}?page[size]=${size}&page[before]=${beforeCursor}` : null,
      },
    };
  }

  function takeFault(method: string, path: string): ScriptedFault['action'] | undefined {
    const scripted = faults.find((candidate) => candidate.remaining > 0 && matches(candidate.filter, method, path));
    if (!scripted) return undefined;
    scripted.remaining -= 1;
    return scripted.action;
  }

  const hanging = new Set<ServerResponse>();
  let holding: RequestFilter | undefined;
  const heldAnswers: (() => void)[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const text = await readBody(req);
    const body = parseBody(text);
    requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body });

    const action = takeFault(method, url.pathname);
    if (action?.kind === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (action?.kind === 'hold') await action.released;
    if (action?.kind === 'fault') return sendFault(res, action.fault);

    if (!/^(Basic|Bearer) \S+$/.test(req.headers.authorization ?? '')) {
      return send(res, 401, { error: "Couldn't authenticate you" });
    }
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return send(res, 404, { error: 'InvalidEndpoint', description: 'Not found' });
    if (text !== '' && body === text && (req.headers['content-type'] ?? '').includes('application/json')) {
      return send(res, 400, { error: 'Unprocessable JSON', description: 'The body is not valid JSON' });
    }
    try {
      const answer = route(method, url.pathname.slice(API_PREFIX.length), Object.fromEntries(url.searchParams), body);
      if (holding && matches(holding, method, url.pathname)) {
        heldAnswers.push(() => send(res, answer.status, answer.body));
        return;
      }
      send(res, answer.status, answer.body);
    } catch (error) {
      if (error instanceof HttpError) return send(res, error.status, error.body);
      send(res, 500, { error: 'InternalError', description: String(error) });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: 'InternalError', description: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeZendesk = {
    url: `http://127.0.0.1:${port}${API_PREFIX}`,
    requests,
    tickets,
    users,
    webhooks,
    triggers,
    addTicket(fields = {}) {
      const id = fields.id ?? nextId.ticket;
      nextId.ticket = Math.max(nextId.ticket, id + 1);
      const ticket: FakeTicket = {
        id,
        subject: fields.subject ?? "I haven't received my certificate",
        description: fields.description ?? 'I finished the course last week but never got my certificate.',
        status: fields.status ?? 'new',
        tags: [...(fields.tags ?? [])],
        requester_id: fields.requester_id ?? 1,
        group_id: fields.group_id ?? null,
        updated_at: fields.updated_at ?? nextStamp(),
        comments: [...(fields.comments ?? [])],
      };
      tickets.set(id, ticket);
      return ticket;
    },
    addUser(fields = {}) {
      const id = fields.id ?? nextId.user;
      nextId.user = Math.max(nextId.user, id + 1);
      const user: FakeUser = {
        id,
        email: fields.email === undefined ? `learner${id}@example.com` : fields.email,
        name: fields.name ?? `Learner ${id}`,
        locale: fields.locale ?? 'en-US',
      };
      users.set(id, user);
      return user;
    },
    touchTicket(id) {
      const ticket = findTicket(id);
      ticket.updated_at = nextStamp();
      return ticket;
    },
    failNext(count, fault) {
      const { method, path, ...rest } = fault;
      faults.push({ remaining: count, filter: { method, path }, action: { kind: 'fault', fault: { ...rest, status: fault.status } } });
    },
    hangNext(count, filter = {}) {
      faults.push({ remaining: count, filter, action: { kind: 'hang' } });
    },
    holdNext(count, filter = {}) {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      faults.push({ remaining: count, filter, action: { kind: 'hold', released } });
      return { release };
    },
    holdAnswers(filter = {}) {
      holding = filter;
    },
    releaseAnswers() {
      holding = undefined;
      for (const answer of heldAnswers.splice(0)) answer();
    },
    close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return fake;
}

function ticketView(ticket: FakeTicket) {
  const { comments: _comments, ...fields } = ticket;
  return { ...fields, url: `/api/v2/tickets/${ticket.id}.json`, tags: [...ticket.tags] };
}

function webhookView(webhook: FakeWebhook) {
  const { signing_secret: _secret, authentication, ...fields } = webhook;
  // Zendesk never returns webhook credentials: only the authentication type and where it goes.
  const auth = isRecord(authentication) ? { type: authentication.type, add_position: authentication.add_position } : undefined;
  return { ...fields, ...(auth ? { authentication: auth } : {}) };
}

function triggerView(trigger: FakeTrigger) {
  return { ...trigger, url: `/api/v2/triggers/${trigger.id}.json` };
}

function webhookFields(body: unknown): Omit<FakeWebhook, 'id' | 'signing_secret'> {
  const webhook = isRecord(body) && isRecord(body.webhook) ? body.webhook : undefined;
  const missing = ['name', 'endpoint', 'http_method', 'request_format', 'status'].filter(
    (field) => typeof webhook?.[field] !== 'string',
  );
  if (!webhook || missing.length > 0) {
    throw new HttpError(400, {
      errors: [{ code: 'InvalidInput', title: 'Invalid input', detail: `Missing ${missing.join(', ') || 'webhook'}` }],
    });
  }
  return {
    name: String(webhook.name),
    endpoint: String(webhook.endpoint),
    http_method: String(webhook.http_method),
    request_format: String(webhook.request_format),
    status: String(webhook.status),
    subscriptions: Array.isArray(webhook.subscriptions) ? webhook.subscriptions.map(String) : [],
    ...(typeof webhook.description === 'string' ? { description: webhook.description } : {}),
    ...(webhook.authentication !== undefined ? { authentication: webhook.authentication } : {}),
  };
}

function triggerFields(body: unknown, existing: FakeTrigger | undefined): Omit<FakeTrigger, 'id' | 'position'> {
  const trigger = isRecord(body) && isRecord(body.trigger) ? body.trigger : undefined;
  if (!trigger) throw recordInvalid('trigger', 'Trigger: is required');
  const title = trigger.title ?? existing?.title;
  const conditions = trigger.conditions ?? existing?.conditions;
  const actions = trigger.actions ?? existing?.actions;
  if (typeof title !== 'string' || title === '') throw recordInvalid('title', 'Title: cannot be blank');
  if (!isRecord(conditions)) throw recordInvalid('conditions', 'Conditions: are required');
  if (!Array.isArray(actions) || actions.length === 0) throw recordInvalid('actions', 'Actions: are required');
  return {
    title,
    active: typeof trigger.active === 'boolean' ? trigger.active : (existing?.active ?? true),
    description: typeof trigger.description === 'string' ? trigger.description : (existing?.description ?? null),
    category_id: typeof trigger.category_id === 'string' ? trigger.category_id : (existing?.category_id ?? null),
    conditions: {
      all: Array.isArray(conditions.all) ? conditions.all : [],
      any: Array.isArray(conditions.any) ? conditions.any : [],
    },
    actions,
  };
}

function recordInvalid(field: string, description: string): HttpError {
  return new HttpError(422, { error: 'RecordInvalid', description: 'Record validation errors', details: { [field]: [{ description }] } });
}

function sendFault(res: ServerResponse, fault: Fault): void {
  if (fault.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(fault.retryAfterSeconds));
  const body = fault.body ?? { error: STATUS_CODES[fault.status] ?? 'Error', description: `Scripted ${fault.status}` };
  send(res, fault.status, body);
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined || status === 204) {
    res.writeHead(status).end();
    return;
  }
  if (typeof body === 'string') {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(body);
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function matches(filter: RequestFilter, method: string, path: string): boolean {
  if (filter.method && filter.method.toUpperCase() !== method) return false;
  if (filter.path instanceof RegExp) return filter.path.test(path);
  if (typeof filter.path === 'string') return filter.path === path;
  return true;
}

/** Zendesk accepts tags as an array or as one space-separated string. */
function tagList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
