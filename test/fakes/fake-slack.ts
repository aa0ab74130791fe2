import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * A real HTTP server on loopback that answers like Slack's Web API for what credbot uses (`auth.test`,
 * `users.info`, `chat.postMessage`, `chat.postEphemeral`, `conversations.replies`, `views.open`,
 * `apps.connections.open`), plus response URLs (`/response/<id>`) and a Socket Mode WebSocket (`/socket`). Every
 * call is recorded; failures can be scripted for the next calls. State is plain data on the returned object, for
 * tests to seed and inspect.
 */
export interface FakeSlack {
  /** The Web API base URL, as SLACK_API_URL: `http://127.0.0.1:PORT/api/`. */
  apiUrl: string;
  /** The bot credbot is: what `auth.test` answers. */
  bot: { userId: string; botId: string };
  /** Every Web API and response-URL call, in order, failed or not. */
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  users: Map<string, FakeUser>;
  /** Adds a workspace member; without `email`, `users.info` answers as it does when the app lacks `users:read.email`. */
  addUser(fields?: Partial<FakeUser>): FakeUser;
  /** A fresh response URL (slash commands, interactions); calls to it are recorded as method `response_url`. */
  newResponseUrl(): string;
  /** What `chat.postMessage` posted, in order: `conversations.replies` reads threads from it. */
  messages: PostedMessage[];
  /** The next `count` calls matching `fault.method` (or any) get this answer instead. */
  failNext(count: number, fault: Fault): void;
  /**
   * From now on, calls to `method` are carried out at once but answered only at `releaseAnswers()`: Slack has
   * posted a message that the client has not heard of yet.
   */
  holdAnswers(method: string): void;
  /** Sends the held answers and stops holding. */
  releaseAnswers(): void;
  /**
   * The next call to `method` is recorded but not answered until `release()`, as a slow Slack is; `held` resolves
   * once it waits (its caller is then mid-call). It is answered as usual then, if its caller is still there.
   */
  holdNext(method: string): { held: Promise<void>; release(): void };
  socket: FakeSocketMode;
  close(): Promise<void>;
}

export interface RecordedCall {
  /** `chat.postMessage`, ..., or `response_url`. */
  method: string;
  /** The arguments, parsed: form fields holding JSON (`blocks`, `view`) are decoded. */
  args: Record<string, any>;
  authorization: string | undefined;
  /** For `response_url` calls: the URL's path. */
  path: string;
  /** Whether this call was answered with a scripted failure. */
  failed: boolean;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  /** As given: `{ event_type, event_payload }`. */
  metadata?: unknown;
}

export interface FakeUser {
  id: string;
  name: string;
  email?: string | undefined;
  /** The language the user has Slack in; `users.info` gives it only when asked (`include_locale`), as Slack does. */
  locale?: string | undefined;
}

export interface Fault {
  method?: string;
  /** HTTP status; 200 by default (Slack reports most errors as `ok: false` in a 200). */
  status?: number;
  /** Slack's error code in the body: `ratelimited`, `internal_error`, `channel_not_found`... */
  error: string;
  retryAfterSeconds?: number;
}

export interface FakeSocketMode {
  /** How many WebSocket connections credbot opened. */
  connections(): number;
  /** Whether a connection is open now. */
  isOpen(): boolean;
  waitForConnection(timeoutMs?: number): Promise<void>;
  /** Sends an envelope as Slack does and resolves with credbot's acknowledgement (`{ envelope_id, payload? }`). */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, timeoutMs?: number): Promise<Record<string, any>>;
}

const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const users = new Map<string, FakeUser>();
  const faults: (Fault & { remaining: number })[] = [];
  const messages: PostedMessage[] = [];
  let holding: string | undefined;
  const heldAnswers: (() => void)[] = [];
  const holds: { method: string; onHeld(): void; released: Promise<void> }[] = [];
  const bot = { userId: 'UCREDBOT', botId: 'BCREDBOT' };
  let sequence = 0;
  const socket = createSocketMode();

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  server.on('upgrade', (request, stream) => socket.upgrade(request, stream));

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const args = parseBody(request.headers['content-type'], await readBody(request));
    const method = path.startsWith('/response/') ? 'response_url' : path.replace(/^\/api\//, '');
    const call: RecordedCall = { method, args, authorization: request.headers.authorization, path, failed: false };
    calls.push(call);

    const hold = holds.findIndex((candidate) => candidate.method === method);
    if (hold !== -1) {
      const [{ onHeld, released }] = holds.splice(hold, 1) as [(typeof holds)[number]];
      onHeld();
      await released;
    }

    const fault = faults.find((candidate) => candidate.remaining > 0 && (candidate.method === undefined || candidate.method === method));
    if (fault) {
      fault.remaining--;
      call.failed = true;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      response.writeHead(fault.status ?? 200, headers).end(JSON.stringify({ ok: false, error: fault.error }));
      return;
    }
    const body = answer(method, args);
    if (method === holding) {
      heldAnswers.push(() => send(response, body));
      return;
    }
    send(response, body);
  }

  function answer(method: string, args: Record<string, any>): Record<string, unknown> {
    sequence++;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Test', user: 'credbot', team_id: 'T0TEST', user_id: bot.userId, bot_id: bot.botId };
      case 'users.info': {
        const user = users.get(String(args.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        const locale = user.locale && String(args.include_locale) === 'true' ? { locale: user.locale } : {};
        return { ok: true, user: { id: user.id, name: user.name, ...locale, profile: { real_name: user.name, ...(user.email ? { email: user.email } : {}) } } };
      }
      case 'chat.postMessage': {
        const ts = messageTs(sequence);
        messages.push({
          channel: String(args.channel),
          ts,
          text: String(args.text),
          ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
        });
        return { ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, user: bot.userId, bot_id: bot.botId, ts } };
      }
      case 'conversations.replies': {
        // The thread's parent is the learner's message, which this fake never saw: the replies it knows, in pages.
        const thread = messages.filter((posted) => posted.channel === args.channel && (posted.ts === args.ts || posted.thread_ts === args.ts));
        const start = Number(args.cursor ?? 0);
        const limit = Number(args.limit ?? 1000);
        const page = thread.slice(start, start + limit).map(({ metadata, ...posted }) => ({
          type: 'message',
          user: bot.userId,
          bot_id: bot.botId,
          ...posted,
          ...(String(args.include_all_metadata) === 'true' && metadata ? { metadata } : {}),
        }));
        const next = start + limit < thread.length ? String(start + limit) : '';
        return { ok: true, messages: page, has_more: next !== '', response_metadata: { next_cursor: next } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: messageTs(sequence) };
      case 'views.open':
        return { ok: true, view: { ...(args.view ?? {}), id: `V${String(sequence).padStart(8, '0')}` } };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${port}/socket` };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    bot,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method && !call.failed),
    users,
    addUser(fields = {}) {
      const id = fields.id ?? `U${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
      const user: FakeUser = { name: 'Robin Learner', ...fields, id };
      users.set(id, user);
      return user;
    },
    newResponseUrl: () => `${base}/response/${randomUUID()}`,
    messages,
    failNext(count, fault) {
      faults.push({ ...fault, remaining: count });
    },
    holdAnswers(method) {
      holding = method;
    },
    releaseAnswers() {
      holding = undefined;
      for (const answer of heldAnswers.splice(0)) answer();
    },
    holdNext(method) {
      let onHeld!: () => void;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (onHeld = resolve));
      holds.push({ method, onHeld, released: new Promise<void>((resolve) => (release = resolve)) });
      return { held, release };
    },
    socket,
    async close() {
      socket.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function messageTs(sequence: number): string {
  return `${Math.floor(Date.now() / 1000)}.${String(sequence).padStart(6, '0')}`;
}

function send(response: ServerResponse, body: Record<string, unknown>) {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(contentType: string | undefined, raw: string): Record<string, any> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, any>;
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * Enough of a WebSocket server (RFC 6455) for Socket Mode: the handshake, text frames both ways, ping → pong,
 * close. Slack's side of the protocol: a `hello` on connect, envelopes out, `{ envelope_id }` acknowledgements in.
 */
function createSocketMode(): FakeSocketMode & { upgrade(request: IncomingMessage, stream: Duplex): void; closeAll(): void } {
  const open = new Set<Duplex>();
  const waitingAcks = new Map<string, (ack: Record<string, any>) => void>();
  let connectionCount = 0;

  function writeFrame(stream: Duplex, opcode: number, payload: Buffer) {
    const length = payload.length;
    const head = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
    if (length >= 126 && length < 65536) {
      head[0] = 0x80 | opcode;
      head[1] = 126;
      head.writeUInt16BE(length, 2);
    } else if (length >= 65536) {
      head[0] = 0x80 | opcode;
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(length), 2);
    }
    stream.write(Buffer.concat([head, payload]));
  }

  function onFrames(stream: Duplex) {
    let buffered = Buffer.alloc(0);
    stream.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (buffered.length < 2) return;
        const opcode = buffered[0]! & 0x0f;
        const masked = (buffered[1]! & 0x80) !== 0;
        let length = buffered[1]! & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffered.length < 4) return;
          length = buffered.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffered.length < 10) return;
          length = Number(buffered.readBigUInt64BE(2));
          offset = 10;
        }
        const maskLength = masked ? 4 : 0;
        if (buffered.length < offset + maskLength + length) return;
        const mask = buffered.subarray(offset, offset + maskLength);
        const payload = Buffer.from(buffered.subarray(offset + maskLength, offset + maskLength + length));
        if (masked) for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
        buffered = buffered.subarray(offset + maskLength + length);

        if (opcode === 0x1) {
          const message = JSON.parse(payload.toString('utf8')) as Record<string, any>;
          const resolve = waitingAcks.get(String(message.envelope_id));
          if (resolve) {
            waitingAcks.delete(String(message.envelope_id));
            resolve(message);
          }
        } else if (opcode === 0x9) {
          writeFrame(stream, 0xa, payload);
        } else if (opcode === 0x8) {
          writeFrame(stream, 0x8, payload.subarray(0, 2));
          stream.end();
        }
      }
    });
  }

  return {
    upgrade(request, stream) {
      const key = request.headers['sec-websocket-key'];
      if (!request.url?.startsWith('/socket') || typeof key !== 'string') {
        stream.destroy();
        return;
      }
      const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      stream.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      open.add(stream);
      connectionCount++;
      stream.on('close', () => open.delete(stream));
      stream.on('error', () => open.delete(stream));
      onFrames(stream);
      writeFrame(stream, 0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } })));
    },
    connections: () => connectionCount,
    isOpen: () => open.size > 0,
    async waitForConnection(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (open.size === 0) {
        if (Date.now() > deadline) throw new Error('no Socket Mode connection');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    send(type, payload, timeoutMs = 5000) {
      const stream = [...open].at(-1);
      if (!stream) return Promise.reject(new Error('no Socket Mode connection'));
      const envelopeId = randomUUID();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waitingAcks.delete(envelopeId);
          reject(new Error(`no acknowledgement for envelope ${envelopeId}`));
        }, timeoutMs);
        waitingAcks.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        writeFrame(
          stream,
          0x1,
          Buffer.from(JSON.stringify({ envelope_id: envelopeId, type, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '', payload })),
        );
      });
    },
    closeAll() {
      for (const stream of open) stream.destroy();
      open.clear();
    },
  };
}
