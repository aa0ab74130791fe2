import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../src/http/server.ts';
import { SEND_EMAIL_QUEUE } from '../src/jobs/delivery-queues.ts';
import { jobIdFor } from '../src/jobs/job-queue.ts';
import { JOB_SCHEMA } from '../src/jobs/job-tables.ts';
import { createLogger } from '../src/logger.ts';
import { type FakeZendesk, startFakeZendesk } from './fakes/fake-zendesk.ts';
import { type AppUnderTest, openAppUnderTest } from './helpers/app-under-test.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import { zendeskChannelEnv } from './helpers/zendesk-delivery.ts';

const secret = 'zendesk-webhook-secret-for-tests';

describe('/readyz lists each dependency with its status', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serviceWithZendesk(): Promise<{ world: ServiceUnderTest; zendesk: FakeZendesk }> {
    const zendesk = await startFakeZendesk();
    // A test may have stopped it already: Zendesk down.
    cleanups.push(() => zendesk.close().catch(() => {}));
    const world = await startServiceUnderTest(zendeskChannelEnv(zendesk.url, secret));
    cleanups.push(() => world.close());
    return { world, zendesk };
  }

  const readyz = async (url: string) => {
    const response = await fetch(`${url}/readyz`);
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string; checks: Record<string, unknown> } };
  };

  it('is ready when the database, the mail server, Zendesk and the queue all answer', async () => {
    const { world, zendesk } = await serviceWithZendesk();
    const { status, body } = await readyz(world.service.url);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      status: 'ready',
      checks: { database: { status: 'ready' }, smtp: { status: 'ready' }, backlog: { status: 'ready' }, zendesk: { status: 'ready' } },
    });
    expect(zendesk.requests.filter((request) => request.path === '/api/v2/users/me.json')).toHaveLength(1);
  });

  it('asks Zendesk and the mail server at most once per 30 s, however often it is probed', async () => {
    const { world, zendesk } = await serviceWithZendesk();
    for (let probe = 0; probe < 3; probe++) expect((await readyz(world.service.url)).status).toBe(200);
    expect(zendesk.requests.filter((request) => request.path === '/api/v2/users/me.json')).toHaveLength(1);
  });

  it('is 503 naming smtp when the mail server is down', async () => {
    const { world } = await serviceWithZendesk();
    await world.sink.close();
    const { status, body } = await readyz(world.service.url);
    expect(status).toBe(503);
    expect(body.reason).toMatch(/^smtp: the SMTP server is unreachable/);
    expect(body.checks).toMatchObject({ smtp: { status: 'not_ready' }, zendesk: { status: 'ready' }, database: { status: 'ready' } });
  });

  it('is 503 naming smtp when the mail server refuses connections', async () => {
    const { world } = await serviceWithZendesk();
    world.sink.refuse(true);
    const { status, body } = await readyz(world.service.url);
    expect(status).toBe(503);
    expect(body.checks.smtp).toEqual({ status: 'not_ready', reason: 'the SMTP server refused the connection (421)' });
  });

  it('is 503 naming zendesk, and not the token, when Zendesk refuses the credentials', async () => {
    const { world, zendesk } = await serviceWithZendesk();
    zendesk.failNext(1, { path: '/api/v2/users/me.json', status: 401 });
    const { status, body } = await readyz(world.service.url);
    expect(status).toBe(503);
    expect(body.checks.zendesk).toEqual({ status: 'not_ready', reason: 'Zendesk refused ZENDESK_EMAIL and ZENDESK_API_TOKEN (HTTP 401)' });
    expect(JSON.stringify(body)).not.toContain('token-123');
    expect(body.checks.smtp).toEqual({ status: 'ready' });
  });

  it('is 503 naming zendesk when Zendesk is down', async () => {
    const { world, zendesk } = await serviceWithZendesk();
    await zendesk.close();
    const { status, body } = await readyz(world.service.url);
    expect(status).toBe(503);
    expect(body.checks.zendesk).toEqual({ status: 'not_ready', reason: "Zendesk's API is unreachable" });
  });
});

describe('/readyz and the job backlog', () => {
  let world: AppUnderTest | undefined;
  let server: FastifyInstance | undefined;
  afterEach(async () => {
    await server?.close();
    await world?.close();
  });

  async function listen(): Promise<string> {
    world = await openAppUnderTest({ READY_MAX_JOB_WAIT_SECONDS: '600' });
    server = createHttpServer({ database: world.app.database, logger: createLogger('silent'), readiness: world.app.readiness });
    return server.listen({ port: 0, host: '127.0.0.1' });
  }

  /** A message accepted `minutesAgo` whose job never ran: the workers are stopped. */
  async function messageWaitingSince(minutesAgo: number): Promise<void> {
    await world!.app.queue.stop();
    const key = `test:${minutesAgo}`;
    await world!.app.queue.accept(SEND_EMAIL_QUEUE, {}, key);
    await world!.app.database.sql.executeSql(`update ${JOB_SCHEMA}.job set created_on = now() - make_interval(mins => $2) where id = $1`, [
      jobIdFor(key),
      minutesAgo,
    ]);
  }

  it('is ready while the oldest waiting work is younger than the limit', async () => {
    const url = await listen();
    await messageWaitingSince(5);
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ checks: { backlog: { status: 'ready' } } });
  });

  it('is 503 with the queue and its wait when work has waited longer than the limit', async () => {
    const url = await listen();
    await messageWaitingSince(25);
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'not_ready',
      checks: { backlog: { status: 'not_ready', reason: `work waiting longer than 10 min (READY_MAX_JOB_WAIT_SECONDS): ${SEND_EMAIL_QUEUE} 25 min` } },
    });
  });
});
