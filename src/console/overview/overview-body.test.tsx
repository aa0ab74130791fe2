import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { OverviewBody } from './overview-body.tsx';
import type { OverviewPage } from './overview-page.ts';
import { parseOverviewQuery } from './period.ts';
import type { OverviewFigures } from './overview-records.ts';

const now = new Date('2026-03-10T15:30:00Z');

function figures(overrides: Partial<OverviewFigures> = {}): OverviewFigures {
  return {
    received: 1250,
    recognised: 800,
    answered: { withCredentials: 500, toIssuer: 100, toStaff: 40, askedForAddress: 60, alreadyEmailed: 20, followUps: 0 },
    suggested: 80,
    watched: 0,
    ignored: 450,
    emailed: 490,
    resolvedWithoutPerson: 580,
    resolvedShare: 580 / 800,
    retrieveEmailsSent: 510,
    emailsFailed: 3,
    repliesFailed: 2,
    timeToEmail: { p50Seconds: 4.24, p95Seconds: 200 },
    ...overrides,
  };
}

function pageFor(query: Record<string, string>, overviewFigures = figures()): OverviewPage {
  const parsed = parseOverviewQuery(query, now);
  if (!parsed.ok) throw new Error(parsed.message);
  const { period, channel } = parsed.selection;
  const days = (period.to.getTime() - period.from.getTime()) / 86_400_000;
  return {
    status: 200,
    query: parsed.query,
    selection: parsed.selection,
    overview: {
      from: period.from,
      to: period.to,
      channel,
      total: overviewFigures,
      byChannel: [
        { channel: 'zendesk', figures: figures({ received: 1000 }) },
        { channel: 'slack', figures: figures({ received: 250, resolvedShare: null, timeToEmail: { p50Seconds: null, p95Seconds: null } }) },
      ],
      series: {
        unit: 'day',
        points: Array.from({ length: days }, (_, index) => ({
          start: new Date(period.from.getTime() + index * 86_400_000),
          received: 10 + index,
          recognised: 5 + index,
          emailed: index,
        })),
      },
    },
  };
}

describe('the overview page body', () => {
  it('shows the figures with labels a support lead reads', () => {
    const html = render(<OverviewBody page={pageFor({ period: '7d' })} />);

    expect(html).toContain('Last 7 days: 4 Mar 2026 to 10 Mar 2026, all channels');
    expect(html).toMatch(/<span class="figure-value">1,250<\/span> <span class="figure-label">Messages received<\/span>/);
    expect(html).toMatch(/<span class="figure-value">72.5%<\/span> <span class="figure-label">Resolved without a person<\/span><span class="figure-detail">580 of 800 recognised requests<\/span>/);
    expect(html).toContain('<span class="figure-value">4.2 s</span>');
    expect(html).toContain('95% within 3 min 20 s');
    expect(html).toContain('3 emails, 2 replies');
    // The table: a column per channel and one for all, a row per figure.
    expect(html).toMatch(/<th scope="col">Zendesk<\/th><th scope="col">Slack<\/th><th scope="col">All channels<\/th>/);
    expect(html).toMatch(/Told which issuer to contact \(nothing published\)<\/th><td class="num">100<\/td><td class="num">100<\/td><td class="num">100<\/td>/);
    expect(html).toMatch(/Resolved without a person<\/th><td class="num">72.5% \(580\)<\/td><td class="num">— \(580\)<\/td>/);
    expect(html).toContain('Resolved without a person</dt>');
  });

  it('draws the chart from a Chart.js configuration in the canvas, with the same numbers in a table', () => {
    const html = render(<OverviewBody page={pageFor({ period: '7d' })} />);

    const attribute = /<canvas data-chart="([^"]*)" role="img" aria-label="([^"]*)"/.exec(html);
    expect(attribute).not.toBeNull();
    const config = JSON.parse(attribute![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['Wed 4 Mar', 'Thu 5 Mar', 'Fri 6 Mar', 'Sat 7 Mar', 'Sun 8 Mar', 'Mon 9 Mar', 'Tue 10 Mar']);
    expect(config.data.datasets.map((dataset: { label: string; data: number[] }) => [dataset.label, dataset.data[6]])).toEqual([
      ['Received', 16],
      ['Recognised', 11],
      ['Emailed their credentials', 6],
    ]);
    expect(attribute![2]).toContain('per day, 4 Mar 2026 to 10 Mar 2026');
    expect(html).toMatch(/<th scope="row">Tue 10 Mar<\/th><td class="num">16<\/td><td class="num">11<\/td><td class="num">6<\/td>/);
  });

  it('keeps the chosen period and channel in the form', () => {
    const html = render(<OverviewBody page={pageFor({ from: '2026-02-01', to: '2026-02-03', channel: 'slack' })} action="/console" />);

    expect(html).toContain('<form method="get" action="/console" class="filters period-picker">');
    expect(html).toContain('<option value="custom" selected>Custom dates</option>');
    expect(html).toContain('value="2026-02-01"');
    expect(html).toContain('<option value="slack" selected>Slack</option>');
    expect(html).toContain('<label for="overview-from">From</label>');
  });

  it('shows a bad query as an error on its field, escaped, and no figures', () => {
    const parsed = parseOverviewQuery({ period: 'custom', from: '<script>alert(1)</script>', to: '2026-03-01' }, now);
    if (parsed.ok) throw new Error('expected the query to be refused');
    const html = render(<OverviewBody page={{ status: 400, query: parsed.query, error: { field: parsed.field, message: parsed.message } }} />);

    expect(html).toContain('role="alert">From: “&lt;script>alert(1)&lt;/script>” is not a date.');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/id="overview-from" name="from" value="&lt;script>alert\(1\)&lt;\/script>" aria-describedby="overview-dates-hint overview-query-error" aria-invalid="true"/);
    expect(html).not.toContain('figure-card');
  });
});
