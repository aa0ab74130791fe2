import { describe, expect, it } from 'vitest';
import { bucketStarts, parseOverviewQuery } from './period.ts';

const now = new Date('2026-03-10T15:30:00Z');

describe('the overview period from a query string', () => {
  it('defaults to the last 7 UTC days, today included', () => {
    const parsed = parseOverviewQuery({}, now);

    expect(parsed).toMatchObject({
      ok: true,
      selection: { channel: null, period: { choice: '7d', firstDay: '2026-03-04', lastDay: '2026-03-10', from: new Date('2026-03-04T00:00:00Z'), to: new Date('2026-03-11T00:00:00Z') } },
    });
  });

  it('reads today, 30 days and a channel', () => {
    expect(parseOverviewQuery({ period: 'today', channel: 'slack' }, now)).toMatchObject({
      ok: true,
      selection: { channel: 'slack', period: { from: new Date('2026-03-10T00:00:00Z'), to: new Date('2026-03-11T00:00:00Z') } },
    });
    expect(parseOverviewQuery({ period: '30d' }, now)).toMatchObject({ ok: true, selection: { period: { firstDay: '2026-02-09', lastDay: '2026-03-10' } } });
  });

  it('takes custom dates with both days included, and dates alone as custom', () => {
    const expected = { ok: true, selection: { period: { choice: 'custom', from: new Date('2026-01-30T00:00:00Z'), to: new Date('2026-02-02T00:00:00Z') } } };
    expect(parseOverviewQuery({ period: 'custom', from: '2026-01-30', to: '2026-02-01' }, now)).toMatchObject(expected);
    expect(parseOverviewQuery({ from: ' 2026-01-30 ', to: '2026-02-01' }, now)).toMatchObject(expected);
  });

  it('ignores the dates of a period that is not custom', () => {
    expect(parseOverviewQuery({ period: 'today', from: 'whenever', to: '' }, now)).toMatchObject({ ok: true, selection: { period: { choice: 'today' } } });
  });

  it.each([
    [{ period: 'custom', from: '2026-02-30', to: '2026-03-01' }, 'from', 'From: “2026-02-30” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-10.'],
    [{ period: 'custom', from: '2026-03-01', to: '1/3/2026' }, 'to', 'To: “1/3/2026” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-10.'],
    [{ period: 'custom', from: '2026-03-01' }, 'to', 'Custom dates need both From and To; To is empty.'],
    [{ period: 'custom', from: '2026-03-05', to: '2026-03-01' }, 'to', 'To (2026-03-01) is before From (2026-03-05).'],
    [{ period: 'custom', from: '2024-01-01', to: '2026-01-01' }, 'to', 'A period can be at most 366 days long; 2024-01-01 to 2026-01-01 is longer.'],
    [{ period: 'fortnight' }, 'period', 'Period “fortnight” is not one of: today, 7d, 30d, custom.'],
    [{ channel: 'email' }, 'channel', 'Channel “email” is not one credbot has; choose one of Zendesk, Slack, Command line, HTTP API, or all channels.'],
    [{ from: ['2026-03-01', '2026-03-02'] }, 'from', 'From was given more than once; give it once.'],
  ])('names the field and the problem of %j', (query, field, message) => {
    expect(parseOverviewQuery(query, now)).toMatchObject({ ok: false, field, message });
  });

  it('quotes no more than 40 characters of what was typed', () => {
    const parsed = parseOverviewQuery({ period: 'x'.repeat(500) }, now);
    expect(parsed.ok === false && parsed.message).toBe(`Period “${'x'.repeat(40)}…” is not one of: today, 7d, 30d, custom.`);
  });
});

describe('chart buckets', () => {
  it('start at each UTC hour or day the range overlaps', () => {
    expect(bucketStarts(new Date('2026-03-01T10:30:00Z'), new Date('2026-03-01T12:00:00Z'), 'hour').map((start) => start.toISOString())).toEqual([
      '2026-03-01T10:00:00.000Z',
      '2026-03-01T11:00:00.000Z',
    ]);
    expect(bucketStarts(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-03T00:00:00Z'), 'day')).toHaveLength(2);
  });
});
