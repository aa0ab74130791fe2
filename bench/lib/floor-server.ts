/**
 * The floor for the webhook benchmark: the least a webhook receiver can do and still be one. A bare `node:http`
 * server that checks the Zendesk signature over the raw bytes (credbot's own check), parses the JSON, inserts one
 * row with postgres.js into a table of its own, and answers 202. No framework, no validation, no queue.
 *
 * Environment: DATABASE_URL, ZENDESK_WEBHOOK_SECRET, DB_POOL_SIZE (default 10, as credbot's). Prints
 * `floor listening on http://...` once it listens; exits on SIGTERM.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { checkZendeskSignature } from '../../src/zendesk/webhook-signature.ts';

const databaseUrl = process.env.DATABASE_URL;
const secret = process.env.ZENDESK_WEBHOOK_SECRET;
if (!databaseUrl || !secret) throw new Error('DATABASE_URL and ZENDESK_WEBHOOK_SECRET are required');

const sql = postgres(databaseUrl, { max: Number(process.env.DB_POOL_SIZE ?? 10), onnotice: () => {}, connection: { application_name: 'bench-floor' } });
await sql`create table if not exists floor_deliveries (
  id bigserial primary key,
  ticket_id text not null,
  body jsonb not null,
  received_at timestamptz not null default now()
)`;

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const server = createServer((request, response) => {
  void (async () => {
    const rawBody = await readBody(request);
    const check = checkZendeskSignature(
      { signature: header(request.headers['x-zendesk-webhook-signature']), timestamp: header(request.headers['x-zendesk-webhook-signature-timestamp']), rawBody },
      { secret, toleranceSeconds: 300, now: new Date() },
    );
    if (!check.valid) {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: check.reason }));
      return;
    }
    const body = JSON.parse(rawBody.toString('utf8')) as { ticket: { id: string } };
    await sql`insert into floor_deliveries (ticket_id, body) values (${body.ticket.id}, ${sql.json(body)})`;
    response.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"accepted"}');
  })().catch((error: unknown) => {
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
  });
});

await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
process.stderr.write(`floor listening on http://127.0.0.1:${port}\n`);

process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void sql.end({ timeout: 5 }).then(() => process.exit(0));
});
