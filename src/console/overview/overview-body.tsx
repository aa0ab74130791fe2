import { CHANNEL_LABELS, channelLabel, type OverviewQuery, type OverviewQueryField, PERIOD_CHOICES, PERIOD_LABELS } from './period.ts';
import type { Overview, OverviewFigures } from './overview-records.ts';
import type { OverviewPage } from './overview-page.ts';
import { bucketLabel, overviewChartConfig, SERIES_LINES } from './overview-chart.ts';
import { formatCount, formatDuration, formatShare } from './format-figures.ts';

export interface OverviewBodyProps {
  page: OverviewPage;
  /** Where the period form sends its GET: the overview's own path. */
  action?: string;
}

/** The console's Overview page, inside the Layout: the period picker, the figures, and the chart with its numbers. */
export function OverviewBody({ page, action = '/console' }: OverviewBodyProps) {
  return (
    <div class="overview">
      <PeriodForm query={page.query} error={page.status === 400 ? page.error : undefined} action={action} />
      {page.status === 200 ? <OverviewFiguresView overview={page.overview} periodName={PERIOD_LABELS[page.selection.period.choice]} /> : null}
    </div>
  );
}

function PeriodForm({ query, error, action }: { query: OverviewQuery; error: { field: OverviewQueryField; message: string } | undefined; action: string }) {
  const describedBy = (field: OverviewQueryField, hint?: string) => {
    const ids = [hint, error?.field === field ? 'overview-query-error' : undefined].filter(Boolean).join(' ');
    return { 'aria-describedby': ids === '' ? undefined : ids, 'aria-invalid': error?.field === field ? ('true' as const) : undefined };
  };
  const period = query.period === '' ? '7d' : query.period;
  return (
    <form method="get" action={action} class="filters period-picker">
      {error ? (
        <p id="overview-query-error" class="notice error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div class="field">
        <label for="overview-period">Period</label>
        <select id="overview-period" name="period" {...describedBy('period')}>
          {PERIOD_CHOICES.map((choice) => (
            <option value={choice} selected={choice === period}>
              {PERIOD_LABELS[choice]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="overview-from">From</label>
        <input type="date" id="overview-from" name="from" value={query.from} {...describedBy('from', 'overview-dates-hint')} />
      </div>
      <div class="field">
        <label for="overview-to">To</label>
        <input type="date" id="overview-to" name="to" value={query.to} {...describedBy('to', 'overview-dates-hint')} />
      </div>
      <div class="field">
        <label for="overview-channel">Channel</label>
        <select id="overview-channel" name="channel" {...describedBy('channel')}>
          <option value="" selected={query.channel === ''}>
            All channels
          </option>
          {Object.entries(CHANNEL_LABELS).map(([channel, label]) => (
            <option value={channel} selected={channel === query.channel}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Show</button>
      <p id="overview-dates-hint" class="muted">
        From and To are read with “Custom dates” (YYYY-MM-DD, both days included). Days run from midnight to midnight UTC.
      </p>
    </form>
  );
}

function OverviewFiguresView({ overview, periodName }: { overview: Overview; periodName: string }) {
  const { total } = overview;
  const scope = overview.channel === null ? 'all channels' : channelLabel(overview.channel);
  return (
    <>
      <section class="card" aria-labelledby="overview-summary-heading">
        <h2 id="overview-summary-heading">
          {periodName}: {describeDays(overview)}, {scope}
        </h2>
        <ul class="figure-cards">
          <FigureCard value={formatCount(total.received)} label="Messages received" />
          <FigureCard value={formatCount(total.recognised)} label="Recognised as a missing-credential request" />
          <FigureCard
            value={formatShare(total.resolvedShare)}
            label="Resolved without a person"
            detail={`${formatCount(total.resolvedWithoutPerson)} of ${formatCount(total.recognised)} recognised requests`}
          />
          <FigureCard value={formatCount(total.retrieveEmailsSent)} label="Credential emails sent" />
          <FigureCard
            value={formatDuration(total.timeToEmail.p50Seconds)}
            label="Typical time from message to email (median)"
            detail={`95% within ${formatDuration(total.timeToEmail.p95Seconds)}`}
          />
          <FigureCard value={formatCount(total.emailsFailed + total.repliesFailed)} label="Failures" detail={`${formatCount(total.emailsFailed)} emails, ${formatCount(total.repliesFailed)} replies`} />
        </ul>
      </section>
      <SeriesChart overview={overview} />
      <FiguresTable overview={overview} />
      <Definitions />
    </>
  );
}

function FigureCard({ value, label, detail }: { value: string; label: string; detail?: string }) {
  return (
    <li class="figure-card">
      <span class="figure-value">{value}</span> <span class="figure-label">{label}</span>
      {detail ? <span class="figure-detail">{detail}</span> : null}
    </li>
  );
}

/** Each row: a label a support lead reads, whether it is a part of the row above, and how to read it from figures. */
const FIGURE_ROWS: readonly { label: string; part?: true; value: (figures: OverviewFigures) => string }[] = [
  { label: 'Messages received', value: (f) => formatCount(f.received) },
  { label: 'Recognised as a missing-credential request', value: (f) => formatCount(f.recognised) },
  { label: 'Answered with their credentials by email', part: true, value: (f) => formatCount(f.answered.withCredentials) },
  { label: 'Told which issuer to contact (nothing published)', part: true, value: (f) => formatCount(f.answered.toIssuer) },
  { label: 'Passed to staff (named someone else’s address)', part: true, value: (f) => formatCount(f.answered.toStaff) },
  { label: 'Asked for their address', part: true, value: (f) => formatCount(f.answered.askedForAddress) },
  { label: 'Already emailed in the last 24 hours', part: true, value: (f) => formatCount(f.answered.alreadyEmailed) },
  { label: 'Followed up on an earlier answer', part: true, value: (f) => formatCount(f.answered.followUps) },
  { label: 'Suggested to staff only (not sure enough, or the channel set to suggest)', part: true, value: (f) => formatCount(f.suggested) },
  { label: 'Watched in shadow mode (decided, nothing sent)', part: true, value: (f) => formatCount(f.watched) },
  { label: 'Not a credential request (left to people)', value: (f) => formatCount(f.ignored) },
  { label: 'Resolved without a person', value: (f) => `${formatShare(f.resolvedShare)} (${formatCount(f.resolvedWithoutPerson)})` },
  { label: 'Credential emails sent', value: (f) => formatCount(f.retrieveEmailsSent) },
  { label: 'Time from message to email: median', value: (f) => formatDuration(f.timeToEmail.p50Seconds) },
  { label: 'Time from message to email: 95th percentile', value: (f) => formatDuration(f.timeToEmail.p95Seconds) },
  { label: 'Emails that failed', value: (f) => formatCount(f.emailsFailed) },
  { label: 'Replies that failed', value: (f) => formatCount(f.repliesFailed) },
];

function FiguresTable({ overview }: { overview: Overview }) {
  const columns = [
    ...overview.byChannel.map((entry) => ({ name: channelLabel(entry.channel), figures: entry.figures })),
    // One channel's column already is the total.
    ...(overview.byChannel.length === 1 ? [] : [{ name: overview.channel === null ? 'All channels' : 'Total', figures: overview.total }]),
  ];
  return (
    <section class="card" aria-labelledby="overview-table-heading">
      <h2 id="overview-table-heading">By channel</h2>
      <table class="figures">
        <thead>
          <tr>
            <th scope="col">Messages received in the period</th>
            {columns.map((column) => (
              <th scope="col">{column.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FIGURE_ROWS.map((row) => (
            <tr class={row.part ? 'part' : undefined}>
              <th scope="row">{row.part ? <span class="part-of">of which: </span> : null}{row.label}</th>
              {columns.map((column) => (
                <td class="num">{row.value(column.figures)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SeriesChart({ overview }: { overview: Overview }) {
  const { unit, points } = overview.series;
  const per = unit === 'hour' ? 'hour' : 'day';
  return (
    <section class="card" aria-labelledby="overview-chart-heading">
      <h2 id="overview-chart-heading">Messages per {per} (UTC)</h2>
      <div class="chart">
        <canvas
          data-chart={JSON.stringify(overviewChartConfig(points, unit))}
          role="img"
          aria-label={`Line chart of messages received, recognised and emailed their credentials per ${per}, ${describeDays(overview)}. The same numbers are in the table that follows.`}
        />
      </div>
      <details>
        <summary>The chart’s numbers as a table</summary>
        <table class="series">
          <caption>Messages per {per} (UTC)</caption>
          <thead>
            <tr>
              <th scope="col">{unit === 'hour' ? 'Hour' : 'Day'}</th>
              {SERIES_LINES.map((line) => (
                <th scope="col">{line.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr>
                <th scope="row">{bucketLabel(point.start, unit)}</th>
                {SERIES_LINES.map((line) => (
                  <td class="num">{formatCount(point[line.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function Definitions() {
  return (
    <section class="card" aria-labelledby="overview-definitions-heading">
      <h2 id="overview-definitions-heading">How to read these figures</h2>
      <dl class="facts definitions">
        <dt>Which messages count</dt>
        <dd>
          Messages received in the period, and what became of them: their emails and replies count with them, whenever they went. Messages
          whose words were erased (retention or a request to forget) still count.
        </dd>
        <dt>Recognised</dt>
        <dd>
          credbot read the message as someone who has not received, or has lost, a credential. It answers on its own when it is sure enough;
          otherwise it only suggests an answer to staff.
        </dd>
        <dt>Resolved without a person</dt>
        <dd>
          Of the recognised requests, the share credbot answered on its own, with the answer reaching the learner and settling the request:
          their credentials emailed (at least one email sent), or, when nothing is published for their address, told which issuer to contact.
          Asking for an address, the daily email limit, a suggestion and anything passed to staff do not count as resolved.
        </dd>
        <dt>Time from message to email</dt>
        <dd>From a message’s arrival to the sending of each credential email it led to: half were faster than the median, 95% faster than the 95th percentile.</dd>
        <dt>Failures</dt>
        <dd>Emails credbot gave up sending after its retries, and replies a channel (Zendesk, Slack) would not take.</dd>
      </dl>
    </section>
  );
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** `4 Mar 2026 to 10 Mar 2026`, or one day. */
function describeDays(overview: Overview): string {
  const first = dayFormat.format(overview.from);
  const last = dayFormat.format(new Date(overview.to.getTime() - 1));
  return first === last ? first : `${first} to ${last}`;
}
