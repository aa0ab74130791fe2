import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../src/db/open-database.ts';
import type { Database } from '../src/db/database.ts';
import { createHttpServer } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

async function listen(database: Database): Promise<{ server: FastifyInstance; url: string }> {
  const server = createHttpServer({ database, logger: createLogger('silent') });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return { server, url };
}

describe('the HTTP server', () => {
  let testDb: TestDatabase;
  let server: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    ({ server, url } = await listen(testDb.database));
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.drop();
  });

  it('says it is alive', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await fetch(`${url}/nowhere?x=1`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found', message: 'No route for GET /nowhere' });
  });
});

describe('readiness on a database without migrations', () => {
  it('is 503 and says how many migrations are missing', async () => {
    const database = await openDatabase({ kind: 'embedded' });
    const { server, url } = await listen(database);
    try {
      const response = await fetch(`${url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'not_ready', reason: expect.stringMatching(/migration/) });
    } finally {
      await server.close();
      await database.close();
    }
  });
});
