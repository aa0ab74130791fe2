import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { registerConsole } from '../src/console/register-console.tsx';
import { createConsoleIntentThresholds } from '../src/console/run-time-settings.ts';
import { DEFAULT_INTENT_THRESHOLDS } from '../src/core/intent/intent-thresholds.ts';
import { addConsoleUser } from '../src/console/user-accounts.ts';
import { disableConsoleUser } from '../src/db/console-users.ts';
import { consoleAudit, outboundEmails, supportRequests } from '../src/db/schema.ts';
import { createHttpServer } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { type ConsoleClient, createConsoleClient } from './helpers/console-client.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';

const PASSWORD = 'a long enough password';
let world: ServiceUnderTest;
let admin: { email: string; client: ConsoleClient };
let viewer: { email: string; client: ConsoleClient };

/** A client of its own address (the service trusts X-Forwarded-For here), so sign-in limits count per test. */
function newClient(): ConsoleClient {
  return createConsoleClient(world.service.url, { clientAddress: `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
}

async function addUser(role: 'admin' | 'viewer'): Promise<string> {
  const email = `${role}.${randomUUID().slice(0, 8)}@staff.example`;
  const outcome = await addConsoleUser(world.testDb.database.db, { email, role, password: PASSWORD });
  if (outcome.status !== 'added') throw new Error(`could not add ${role}: ${outcome.status}`);
  return email;
}

async function signedIn(role: 'admin' | 'viewer') {
  const email = await addUser(role);
  const client = newClient();
  const response = await client.signIn(email, PASSWORD);
  expect(response.status).toBe(303);
  return { email, client };
}

/** A request as the pipeline records one; each test gives the fields it filters or looks for. */
async function seedRequest(fields: Partial<typeof supportRequests.$inferInsert> = {}) {
  const id = randomUUID();
  await world.testDb.database.db.insert(supportRequests).values({
    id,
    channel: 'zendesk',
    externalId: `console-test:${id}`,
    messageText: 'I never received my certificate',
    intent: 'missing_credential',
    confidence: 93,
    band: 'act',
    reasons: ['phrase:never_received'],
    addresses: [],
    outcome: 'retrieve',
    decision: { kind: 'retrieve', deliveries: [], addressesWithoutCredentials: [], nearMisses: [] },
    ...fields,
  });
  return id;
}

const auditOf = (action: string, subject: string) =>
  world.testDb.database.db.select().from(consoleAudit).where(and(eq(consoleAudit.action, action), eq(consoleAudit.subject, subject)));

beforeAll(async () => {
  // The run-time settings (modes, thresholds) are read for every message, so a change shows at once.
  world = await startServiceUnderTest({ TRUST_PROXY: 'true' }, { channelModeMaxAgeMs: 0 });
  admin = await signedIn('admin');
  viewer = await signedIn('viewer');
});
afterAll(async () => {
  await world?.close();
});

describe('signed out', () => {
  it('is sent to the sign-in page with the page it wanted as next', async () => {
    const response = await newClient().get('/console/requests?band=act');
    expect(response.status).toBe(303);
    expect(response.location).toBe(`/console/sign-in?next=${encodeURIComponent('/console/requests?band=act')}`);
  });

  it('cannot post to a console form: it is sent to sign in and nothing changes', async () => {
    const client = newClient();
    await client.get('/console/sign-in');
    const response = await client.post('/console/settings', { channel: 'zendesk', mode: 'off' });
    expect(response.status).toBe(303);
    expect(response.location).toBe('/console/sign-in');
  });

  it('keeps next to console paths of this site', async () => {
    for (const next of ['https://evil.example/console', '//evil.example/console', '/\\evil.example', '/healthz']) {
      const page = await newClient().get(`/console/sign-in?next=${encodeURIComponent(next)}`);
      expect(page.html).toContain('name="next" value="/console"');
    }
  });
});

describe('sign-in', () => {
  it('lets a user in, goes to next, and records the sign-in', async () => {
    const email = await addUser('viewer');
    const client = newClient();
    const response = await client.signIn(email, PASSWORD, '/console/requests?band=suggest');
    expect(response.status).toBe(303);
    expect(response.location).toBe('/console/requests?band=suggest');
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await client.get('/console/requests');
    expect(page.status).toBe(200);
    expect(page.html).toContain(email);
    const [user] = await world.testDb.database.db.select().from(consoleAudit).where(and(eq(consoleAudit.userEmail, email), eq(consoleAudit.action, 'sign_in')));
    expect(user).toBeDefined();
  });

  it('answers a wrong password and an unknown address with the same message, and lets nobody in', async () => {
    const email = await addUser('admin');
    const client = newClient();
    const wrongPassword = await client.signIn(email, 'not the password at all');
    const unknownAddress = await client.signIn(`nobody.${randomUUID().slice(0, 6)}@staff.example`, PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(unknownAddress.status).toBe(401);
    const message = (html: string) => /role="alert">([^<]+)</.exec(html)?.[1];
    expect(message(wrongPassword.html)).toBeDefined();
    expect(message(wrongPassword.html)).toBe(message(unknownAddress.html));
    expect((await client.get('/console/requests')).status).toBe(303);
  });

  it('names the missing field when the form is incomplete', async () => {
    const client = newClient();
    const response = await client.signIn('', PASSWORD);
    expect(response.status).toBe(400);
    expect(response.html).toContain('Email: enter the address');
  });

  it('refuses a removed user', async () => {
    const email = await addUser('admin');
    await disableConsoleUser(world.testDb.database.db, email);
    expect((await newClient().signIn(email, PASSWORD)).status).toBe(401);
  });

  it('signs a removed user out at their next request', async () => {
    const { email, client } = await signedIn('viewer');
    await disableConsoleUser(world.testDb.database.db, email);
    expect((await client.get('/console/requests')).status).toBe(303);
    const signIn = await client.get('/console/sign-in');
    expect(signIn.status).toBe(200);
    expect(signIn.html).not.toContain(email);
  });

  it('stops an address after 10 attempts in 15 minutes with a page saying when to try again', async () => {
    const email = await addUser('viewer');
    const client = newClient();
    for (let attempt = 1; attempt <= 10; attempt++) expect((await client.signIn(email, 'wrong password here')).status).toBe(401);
    const refused = await client.signIn(email, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.html).toMatch(/Try again in 1[45] minutes/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The limit is per account too: another client address gets no further with this account.
    expect((await newClient().signIn(email, PASSWORD)).status).toBe(429);
  });

  it('signs out with a POST carrying the token', async () => {
    const { client } = await signedIn('viewer');
    await client.get('/console/requests');
    const response = await client.post('/console/sign-out', {});
    expect(response.status).toBe(303);
    expect((await client.get('/console/requests')).status).toBe(303);
  });
});

describe('CSRF', () => {
  it('refuses a POST without the token, changing nothing', async () => {
    await admin.client.get('/console/settings');
    const response = await admin.client.post('/console/settings', { channel: 'slack', mode: 'off' }, { withToken: false });
    expect(response.status).toBe(403);
    expect(response.html).toContain('This form has expired or did not come from the console');
    expect(response.html).not.toMatch(/\n\s+at /);
    const settings = await admin.client.get('/console/settings');
    expect(settings.html).toMatch(/<option value="act" selected>act<\/option>/);
  });

  it('refuses a POST with a forged token', async () => {
    await admin.client.get('/console/settings');
    const response = await admin.client.post('/console/settings', { channel: 'slack', mode: 'off', _csrf: 'forged-token' });
    expect(response.status).toBe(403);
  });
});

describe('roles', () => {
  it("refuses a viewer's admin POSTs with 403", async () => {
    await viewer.client.get('/console/settings');
    expect((await viewer.client.post('/console/settings', { channel: 'zendesk', mode: 'off' })).status).toBe(403);
    expect((await viewer.client.post('/console/emails/failed/retry-all', {})).status).toBe(403);
    expect((await viewer.client.post(`/console/emails/failed/${randomUUID()}/retry`, {})).status).toBe(403);
    expect((await viewer.client.get('/console/audit')).status).toBe(403);
  });

  it('shows a viewer no retry buttons and no mode form', async () => {
    const requestId = await seedRequest();
    await world.testDb.database.db.insert(outboundEmails).values({
      supportRequestId: requestId,
      kind: 'retrieve',
      toAddress: `viewer.sees.${randomUUID().slice(0, 6)}@school.example`,
      subject: 'Your credentials',
      textBody: 'text',
      htmlBody: '<p>text</p>',
      status: 'failed',
      attempts: 10,
      lastError: 'connection refused',
    });
    const failed = await viewer.client.get('/console/emails/failed');
    expect(failed.html).toContain('connection refused');
    expect(failed.html).not.toContain('>Retry');
    const settings = await viewer.client.get('/console/settings');
    expect(settings.html).not.toContain('<select');
  });

  it('lets an admin change a mode, and audits it', async () => {
    await admin.client.get('/console/settings');
    const response = await admin.client.post('/console/settings', { channel: 'zendesk', mode: 'shadow' });
    expect(response.status).toBe(303);
    const page = await admin.client.get(response.location!);
    expect(page.html).toContain('Zendesk is now in shadow mode');
    const [entry] = await auditOf('set_channel_mode', 'zendesk');
    expect(entry).toMatchObject({ userEmail: admin.email, detail: { from: 'act', to: 'shadow' } });
    await admin.client.post('/console/settings', { channel: 'zendesk', mode: 'act' });
  });

  it('gives the form again, naming the field, for a mode that does not exist', async () => {
    await admin.client.get('/console/settings');
    const response = await admin.client.post('/console/settings', { channel: 'zendesk', mode: 'loud' });
    expect(response.status).toBe(400);
    expect(response.html).toContain('Mode for Zendesk: choose one of off, shadow, suggest, act.');
  });
});

describe('the recognition thresholds', () => {
  it('lets an admin change them, which the next message is banded by, and put the configured ones back; each audited', async () => {
    // Try a message runs the real core as the workers do, with the thresholds in force.
    const bandOfTry = async () => {
      await admin.client.get('/console/try');
      const tried = await admin.client.post('/console/try', { text: 'where is my badge?', address: 'thresholds.test@school.example', language: '' });
      expect(tried.status).toBe(200);
      return /\(band (act|suggest|ignore):/.exec(tried.html)?.[1];
    };
    expect(await bandOfTry()).toBe('act');

    await admin.client.get('/console/settings');
    const response = await admin.client.post('/console/settings/thresholds', { act: '0.99', suggest: '0.4' });
    expect(response.status).toBe(303);
    expect((await admin.client.get(response.location!)).html).toContain('act at 0.99, suggest at 0.4');
    expect(await bandOfTry()).toBe('suggest');
    const [entry] = await auditOf('set_intent_thresholds', 'intent');
    expect(entry).toMatchObject({ userEmail: admin.email, detail: { from: { act: DEFAULT_INTENT_THRESHOLDS.act }, to: { act: 0.99, suggest: 0.4 } } });

    await admin.client.get('/console/settings');
    expect((await admin.client.post('/console/settings/thresholds', { reset: '1' })).status).toBe(303);
    expect(await bandOfTry()).toBe('act');
    expect(await auditOf('reset_intent_thresholds', 'intent')).toHaveLength(1);
  });

  it('names the field of a threshold that is not one, and refuses suggest above act', async () => {
    await admin.client.get('/console/settings');
    const notANumber = await admin.client.post('/console/settings/thresholds', { act: 'high', suggest: '0.5' });
    expect(notANumber.status).toBe(400);
    expect(notANumber.html).toContain('Act at or above: a number above 0 and at most 1');
    await admin.client.get('/console/settings');
    const crossed = await admin.client.post('/console/settings/thresholds', { act: '0.6', suggest: '0.7' });
    expect(crossed.status).toBe(400);
    expect(crossed.html).toContain('Suggest at or above (0.7) must not be above Act at or above (0.6).');
  });

  it("shows a viewer the thresholds and refuses a viewer's change with 403", async () => {
    const page = await viewer.client.get('/console/settings');
    expect(page.html).toContain('Only admins can change them.');
    expect((await viewer.client.post('/console/settings/thresholds', { act: '0.95', suggest: '0.5' })).status).toBe(403);
  });
});

describe('a request', () => {
  it('shows addresses masked until revealed, and records who revealed them', async () => {
    const address = `reveal.${randomUUID().slice(0, 8)}@school.example`;
    const id = await seedRequest({ messageText: `my certificate never came, I am ${address}`, addresses: [address], vouchedAddress: address, learnerReply: `We sent it to ${address}.` });
    const masked = await viewer.client.get(`/console/requests/${id}`);
    expect(masked.status).toBe(200);
    expect(masked.html).not.toContain(address);
    expect(masked.html).toContain('r•••@school.example');

    const revealed = await viewer.client.post(`/console/requests/${id}/reveal`, {});
    expect(revealed.status).toBe(200);
    expect(revealed.html).toContain(address);
    const entries = await auditOf('reveal_addresses', id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ userEmail: viewer.email });

    // Only for that page view.
    expect((await viewer.client.get(`/console/requests/${id}`)).html).not.toContain(address);
  });

  it('says an erased request was erased and shows none of its words', async () => {
    const id = await seedRequest({ messageText: '', erasedAt: new Date(), decision: { kind: 'retrieve' } });
    const page = await viewer.client.get(`/console/requests/${id}`);
    expect(page.html).toContain('were erased on');
    expect(page.html).not.toContain('Reveal addresses');
  });

  it('answers an unknown request with a 404 page inside the layout', async () => {
    for (const path of [`/console/requests/${randomUUID()}`, '/console/requests/not-an-id', '/console/no-such-page']) {
      const page = await viewer.client.get(path);
      expect(page.status).toBe(404);
      expect(page.html).toContain('<nav aria-label="Console">');
    }
  });
});

describe('the request list', () => {
  it('narrows to the channel, outcome, band, address, words and dates asked for', async () => {
    const marker = `zx${randomUUID().slice(0, 6)}`;
    const address = `filter.${randomUUID().slice(0, 8)}@school.example`;
    const zendeskAct = await seedRequest({ messageText: `${marker} certificate please`, addresses: [address], receivedAt: new Date('2026-03-02T10:00:00Z') });
    const slackSuggest = await seedRequest({ channel: 'slack', band: 'suggest', outcome: 'issuer_handoff', messageText: `${marker} badge missing`, vouchedAddress: address.toUpperCase(), receivedAt: new Date('2026-03-05T10:00:00Z') });
    const other = await seedRequest({ messageText: `${marker} hello there`, outcome: 'ignore', band: 'ignore', receivedAt: new Date('2026-03-09T10:00:00Z') });
    const listed = async (query: string) => {
      const page = await viewer.client.get(`/console/requests?${query}`);
      expect(page.status).toBe(200);
      return [zendeskAct, slackSuggest, other]
        .filter((id) => page.html.includes(`/console/requests/${id}`))
        .sort((a, b) => page.html.indexOf(`/console/requests/${a}`) - page.html.indexOf(`/console/requests/${b}`));
    };

    expect(await listed(`q=${marker}`)).toEqual([other, slackSuggest, zendeskAct]);
    expect(await listed(`q=${marker}&channel=slack`)).toEqual([slackSuggest]);
    expect(await listed(`q=${marker}&outcome=ignore`)).toEqual([other]);
    expect(await listed(`q=${marker}&band=act`)).toEqual([zendeskAct]);
    expect(await listed(`address=${encodeURIComponent(address.toUpperCase())}`)).toEqual([slackSuggest, zendeskAct]);
    expect(await listed(`q=${marker}+BADGE`)).toEqual([slackSuggest]);
    expect(await listed(`q=${marker}&from=2026-03-05&to=2026-03-05`)).toEqual([slackSuggest]);
    expect(await listed(`q=${marker}&from=2026-03-03`)).toEqual([other, slackSuggest]);
  });

  it('masks addresses in the list too', async () => {
    const address = `listed.${randomUUID().slice(0, 8)}@school.example`;
    await seedRequest({ messageText: `it is ${address}`, addresses: [address] });
    const page = await viewer.client.get(`/console/requests?address=${encodeURIComponent(address)}`);
    // The address typed into the filter is given back in its field; the list itself shows it masked.
    const table = page.html.slice(page.html.indexOf('<table'));
    expect(table).toContain('l•••@school.example');
    expect(table).not.toContain(address);
  });

  it('gives the form back with the field named for a bad date or address', async () => {
    const badDate = await viewer.client.get('/console/requests?from=2026-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.html).toContain('From: enter a date as YYYY-MM-DD');
    const badAddress = await viewer.client.get('/console/requests?address=not-an-address');
    expect(badAddress.status).toBe(400);
    expect(badAddress.html).toContain('Address: enter one whole email address');
  });

  it('pages 50 at a time', async () => {
    const marker = `pg${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 51; i++) await seedRequest({ messageText: `${marker} number ${i}`, receivedAt: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    const first = await viewer.client.get(`/console/requests?q=${marker}`);
    expect(first.html.match(/href="\/console\/requests\/[0-9a-f-]{36}"/g)).toHaveLength(50);
    expect(first.html).toContain(`href="/console/requests?q=${marker}&amp;page=2"`);
    const second = await viewer.client.get(`/console/requests?q=${marker}&page=2`);
    expect(second.html.match(/href="\/console\/requests\/[0-9a-f-]{36}"/g)).toHaveLength(1);
    expect(second.html).toContain(`${marker} number 0`);
  });
});

describe('failed emails', () => {
  it('re-queues a failed email on an admin retry, and it is then delivered', async () => {
    const address = `retry.${randomUUID().slice(0, 8)}@school.example`;
    const requestId = await seedRequest({ addresses: [address] });
    const [email] = await world.testDb.database.db
      .insert(outboundEmails)
      .values({ supportRequestId: requestId, kind: 'retrieve', toAddress: address, subject: 'Your credentials again', textBody: 'Here they are.', htmlBody: '<p>Here they are.</p>', status: 'failed', attempts: 10, lastError: '421 try later' })
      .returning();

    const page = await admin.client.get('/console/emails/failed');
    expect(page.html).toContain('r•••@school.example');
    expect(page.html).not.toContain(address);
    const response = await admin.client.post(`/console/emails/failed/${email!.id}/retry`, {});
    expect(response.status).toBe(303);

    await expect.poll(() => world.sink.messages.filter((message) => JSON.stringify(message.to).includes(address)).length, { timeout: 20_000 }).toBe(1);
    await expect
      .poll(async () => (await world.testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.id, email!.id)))[0]?.status, { timeout: 20_000 })
      .toBe('sent');
    const [row] = await world.testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.id, email!.id));
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    expect(await auditOf('retry_email', email!.id)).toHaveLength(1);
  });
});

describe('a page that fails', () => {
  it('is a 500 page inside the layout that shows no stack and no error text', async () => {
    const logger = createLogger('silent');
    const server = createHttpServer({ database: world.testDb.database, logger });
    await registerConsole(server, {
      database: world.testDb.database,
      queue: { schedule: async () => false, nudgeWorkers: () => {} },
      logger,
      settings: loadConfig({}).console,
      // The settings store is down: reading the modes fails with a driver's message.
      channelModes: { read: async () => Promise.reject(new Error('connection to modes store lost at 10.1.2.3')), set: async () => {} },
      tryMessage: async () => Promise.reject(new Error('not tried here')),
      intentThresholds: createConsoleIntentThresholds(world.testDb.database.db, DEFAULT_INTENT_THRESHOLDS),
    });
    const url = await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const email = await addUser('viewer');
      const client = createConsoleClient(url);
      expect((await client.signIn(email, PASSWORD)).status).toBe(303);
      const page = await client.get('/console/settings');
      expect(page.status).toBe(500);
      expect(page.html).toContain('<nav aria-label="Console">');
      expect(page.html).toContain('This page failed');
      expect(page.html).not.toContain('10.1.2.3');
      expect(page.html).not.toMatch(/\n\s+at /);
    } finally {
      await server.close();
    }
  });
});
