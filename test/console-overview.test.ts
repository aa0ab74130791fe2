import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOverviewPage } from '../src/console/overview/overview-page.ts';
import { readOverview } from '../src/console/overview/overview-records.ts';
import { seedRecordedRequest } from './helpers/seed.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

const at = (iso: string) => new Date(iso);

/**
 * The overview's figures over requests recorded on several days and channels. Each test reads a period of its own,
 * so what another test seeds falls outside it.
 */
describe('the console overview', () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  describe('over a week of Zendesk, Slack and command-line requests', () => {
    const week = { from: at('2026-03-01T00:00:00Z'), to: at('2026-03-08T00:00:00Z') };

    beforeAll(async () => {
      const seed = (seedRequest: Parameters<typeof seedRecordedRequest>[1]) => seedRecordedRequest(testDb.database, seedRequest);
      // Day 1: two retrieve answers; the second one's Zendesk reply failed, so it is not resolved without a person.
      await seed({ channel: 'zendesk', receivedAt: at('2026-03-01T10:00:00Z'), band: 'act', outcome: 'retrieve', emails: [{ kind: 'retrieve', status: 'sent', sentAfterSeconds: 90 }] });
      await seed({
        channel: 'zendesk',
        receivedAt: at('2026-03-01T23:59:59Z'),
        band: 'act',
        outcome: 'retrieve',
        replyStatus: 'failed',
        emails: [
          { kind: 'retrieve', status: 'sent', sentAfterSeconds: 30 },
          { kind: 'retrieve', status: 'sent', sentAfterSeconds: 210 },
        ],
      });
      // Day 2: an issuer hand-off whose email to the issuer failed (the learner's answer did not), and a question.
      await seed({ channel: 'zendesk', receivedAt: at('2026-03-02T08:00:00Z'), band: 'act', outcome: 'issuer_handoff', emails: [{ kind: 'issuer_handoff', status: 'failed' }] });
      await seed({ channel: 'slack', receivedAt: at('2026-03-02T09:00:00Z'), band: 'act', outcome: 'ask_for_email' });
      // Day 3: a retrieve email that failed, a suggestion, and an erased message that was not a request.
      await seed({ channel: 'zendesk', receivedAt: at('2026-03-03T12:00:00Z'), band: 'act', outcome: 'retrieve', emails: [{ kind: 'retrieve', status: 'failed' }] });
      await seed({ channel: 'zendesk', receivedAt: at('2026-03-03T12:30:00Z'), band: 'suggest', outcome: 'retrieve' });
      await seed({ channel: 'zendesk', receivedAt: at('2026-03-03T13:00:00Z'), band: 'ignore', outcome: 'ignore', replyStatus: 'none', erased: true });
      // Day 4: someone else's address (credentials emailed to it, staff told), and a rate limit.
      await seed({ channel: 'slack', receivedAt: at('2026-03-04T10:00:00Z'), band: 'act', outcome: 'other_addresses', emails: [{ kind: 'retrieve', status: 'sent', sentAfterSeconds: 60 }] });
      await seed({ channel: 'slack', receivedAt: at('2026-03-04T11:00:00Z'), band: 'act', outcome: 'rate_limited' });
      // Day 5 and 6: over the budget; a hand-off from the command line, which has no reply to deliver.
      await seed({ channel: 'slack', receivedAt: at('2026-03-05T10:00:00Z'), band: 'act', outcome: 'over_budget' });
      await seed({ channel: 'cli', receivedAt: at('2026-03-06T10:00:00Z'), band: 'act', outcome: 'issuer_handoff', replyStatus: 'none' });
      // Day 7, the last second: a retrieve answer since erased, words, address and all; it still counts.
      await seed({ channel: 'slack', receivedAt: at('2026-03-07T23:59:59Z'), band: 'act', outcome: 'retrieve', erased: true, emails: [{ kind: 'retrieve', status: 'sent', sentAfterSeconds: 120 }] });
      // Outside the week on either side.
      await seed({ channel: 'zendesk', receivedAt: at('2026-02-28T23:59:59Z'), band: 'act', outcome: 'retrieve', emails: [{ kind: 'retrieve', status: 'failed' }] });
      await seed({ channel: 'slack', receivedAt: at('2026-03-08T00:00:00Z'), band: 'act', outcome: 'retrieve', emails: [{ kind: 'retrieve', status: 'sent', sentAfterSeconds: 5 }] });
    });

    it('counts every channel together', async () => {
      const overview = await readOverview(testDb.database.db, week);

      expect(overview.total).toEqual({
        received: 12,
        recognised: 11,
        answered: { withCredentials: 4, toIssuer: 2, toStaff: 2, askedForAddress: 1, alreadyEmailed: 1, followUps: 0 },
        suggested: 1,
        watched: 0,
        ignored: 1,
        emailed: 4,
        resolvedWithoutPerson: 4,
        resolvedShare: 4 / 11,
        retrieveEmailsSent: 5,
        emailsFailed: 2,
        repliesFailed: 1,
        timeToEmail: { p50Seconds: expect.closeTo(90, 6), p95Seconds: expect.closeTo(192, 6) },
      });
    });

    it('counts each channel apart, Zendesk first', async () => {
      const overview = await readOverview(testDb.database.db, week);

      expect(overview.byChannel.map((entry) => entry.channel)).toEqual(['zendesk', 'slack', 'cli']);
      const [zendesk, slack, cli] = overview.byChannel.map((entry) => entry.figures);
      expect(zendesk).toMatchObject({
        received: 6,
        recognised: 5,
        answered: { withCredentials: 3, toIssuer: 1, toStaff: 0, askedForAddress: 0, alreadyEmailed: 0, followUps: 0 },
        suggested: 1,
        ignored: 1,
        emailed: 2,
        resolvedWithoutPerson: 2,
        resolvedShare: 2 / 5,
        retrieveEmailsSent: 3,
        emailsFailed: 2,
        repliesFailed: 1,
      });
      // 30, 90 and 210 seconds: the 95th percentile lies nine tenths of the way from 90 to 210.
      expect(zendesk?.timeToEmail.p50Seconds).toBeCloseTo(90, 6);
      expect(zendesk?.timeToEmail.p95Seconds).toBeCloseTo(198, 6);
      expect(slack).toMatchObject({
        received: 5,
        recognised: 5,
        answered: { withCredentials: 1, toIssuer: 0, toStaff: 2, askedForAddress: 1, alreadyEmailed: 1, followUps: 0 },
        suggested: 0,
        ignored: 0,
        emailed: 2,
        resolvedWithoutPerson: 1,
        resolvedShare: 1 / 5,
        retrieveEmailsSent: 2,
        emailsFailed: 0,
        repliesFailed: 0,
      });
      expect(slack?.timeToEmail.p50Seconds).toBeCloseTo(90, 6);
      expect(slack?.timeToEmail.p95Seconds).toBeCloseTo(117, 6);
      expect(cli).toMatchObject({ received: 1, recognised: 1, answered: { toIssuer: 1 }, resolvedWithoutPerson: 1, resolvedShare: 1, emailed: 0 });
      expect(cli?.timeToEmail).toEqual({ p50Seconds: null, p95Seconds: null });
    });

    it('charts received, recognised and emailed per UTC day, empty days included', async () => {
      const overview = await readOverview(testDb.database.db, week);

      expect(overview.series.unit).toBe('day');
      expect(overview.series.points.map((point) => [point.start.toISOString().slice(0, 10), point.received, point.recognised, point.emailed])).toEqual([
        ['2026-03-01', 2, 2, 2],
        ['2026-03-02', 2, 2, 0],
        ['2026-03-03', 3, 2, 0],
        ['2026-03-04', 2, 2, 1],
        ['2026-03-05', 1, 1, 0],
        ['2026-03-06', 1, 1, 0],
        ['2026-03-07', 1, 1, 1],
      ]);
    });

    it('loads the page for a query string, and names what is wrong with a bad one', async () => {
      const page = await loadOverviewPage(testDb.database.db, { from: '2026-03-01', to: '2026-03-07', channel: 'zendesk' }, at('2026-03-20T12:00:00Z'));
      expect(page.status === 200 && page.overview.total).toMatchObject({ received: 6, recognised: 5 });

      const refused = await loadOverviewPage(testDb.database.db, { period: 'custom', from: '2026-03-07', to: '2026-03-01' }, at('2026-03-20T12:00:00Z'));
      expect(refused).toEqual({
        status: 400,
        query: { period: 'custom', from: '2026-03-07', to: '2026-03-01', channel: '' },
        error: { field: 'to', message: 'To (2026-03-01) is before From (2026-03-07).' },
      });
    });

    it('narrows every figure, and the chart, to one channel', async () => {
      const overview = await readOverview(testDb.database.db, { ...week, channel: 'slack' });

      expect(overview.channel).toBe('slack');
      expect(overview.byChannel.map((entry) => entry.channel)).toEqual(['slack']);
      expect(overview.total).toEqual(overview.byChannel[0]?.figures);
      expect(overview.total).toMatchObject({ received: 5, emailed: 2, retrieveEmailsSent: 2 });
      expect(overview.series.points.map((point) => point.received)).toEqual([0, 1, 0, 2, 1, 0, 1]);
    });
  });

  it('charts a single day by the hour', async () => {
    await seedRecordedRequest(testDb.database, { channel: 'zendesk', receivedAt: at('2026-04-10T00:00:00Z'), band: 'act', outcome: 'retrieve', emails: [{ kind: 'retrieve', status: 'sent' }] });
    await seedRecordedRequest(testDb.database, { channel: 'zendesk', receivedAt: at('2026-04-10T13:15:00Z'), band: 'ignore', outcome: 'ignore' });
    await seedRecordedRequest(testDb.database, { channel: 'slack', receivedAt: at('2026-04-10T13:45:00Z'), band: 'suggest', outcome: 'retrieve' });

    const overview = await readOverview(testDb.database.db, { from: at('2026-04-10T00:00:00Z'), to: at('2026-04-11T00:00:00Z') });

    expect(overview.series.unit).toBe('hour');
    expect(overview.series.points).toHaveLength(24);
    const busyHours = overview.series.points.filter((point) => point.received > 0);
    expect(busyHours.map((point) => [point.start.toISOString(), point.received, point.recognised, point.emailed])).toEqual([
      ['2026-04-10T00:00:00.000Z', 1, 1, 1],
      ['2026-04-10T13:00:00.000Z', 2, 1, 0],
    ]);
  });

  it('counts what a channel in shadow or suggest mode decided apart from what credbot answered, follow-ups too, and no delivery-failure notice', async () => {
    const day = { from: at('2026-05-02T00:00:00Z'), to: at('2026-05-03T00:00:00Z') };
    const seed = (seedRequest: Parameters<typeof seedRecordedRequest>[1]) => seedRecordedRequest(testDb.database, seedRequest);
    await seed({ channel: 'zendesk', receivedAt: at('2026-05-02T09:00:00Z'), band: 'act', outcome: 'retrieve', emails: [{ kind: 'retrieve', status: 'sent', sentAfterSeconds: 40 }] });
    await seed({ channel: 'zendesk', receivedAt: at('2026-05-02T10:00:00Z'), band: 'act', mode: 'shadow', outcome: 'retrieve', replyStatus: 'none' });
    await seed({ channel: 'zendesk', receivedAt: at('2026-05-02T11:00:00Z'), band: 'act', mode: 'shadow', outcome: 'issuer_handoff', replyStatus: 'none' });
    await seed({ channel: 'slack', receivedAt: at('2026-05-02T12:00:00Z'), band: 'act', mode: 'suggest', outcome: 'retrieve' });
    await seed({ channel: 'slack', receivedAt: at('2026-05-02T13:00:00Z'), band: 'ignore', mode: 'shadow', outcome: 'ignore', replyStatus: 'none' });
    // A learner writing again in a conversation credbot emailed from; and a notice that an email failed, which no one wrote.
    await seed({ channel: 'zendesk', receivedAt: at('2026-05-02T14:00:00Z'), band: 'act', outcome: 'follow_up' });
    await seed({ channel: 'zendesk', receivedAt: at('2026-05-02T15:00:00Z'), band: 'act', outcome: 'delivery_failed' });

    const overview = await readOverview(testDb.database.db, day);

    expect(overview.total).toMatchObject({
      received: 6,
      recognised: 5,
      answered: { withCredentials: 1, toIssuer: 0, toStaff: 0, askedForAddress: 0, alreadyEmailed: 0, followUps: 1 },
      suggested: 1,
      watched: 2,
      ignored: 1,
      resolvedWithoutPerson: 1,
      resolvedShare: 1 / 5,
    });
  });

  it('reads a period without messages as zeros, with no share and no times', async () => {
    const overview = await readOverview(testDb.database.db, { from: at('2025-01-01T00:00:00Z'), to: at('2025-01-31T00:00:00Z') });

    expect(overview.byChannel).toEqual([]);
    expect(overview.total).toMatchObject({ received: 0, recognised: 0, resolvedShare: null, timeToEmail: { p50Seconds: null, p95Seconds: null } });
    expect(overview.series.points).toHaveLength(30);
    expect(overview.series.points.every((point) => point.received === 0)).toBe(true);
  });
});
