import type { Channel } from '../../core/model.ts';

/**
 * The overview's period, in whole UTC days: `from` is a midnight, `to` the midnight after the last day (exclusive).
 * Days are UTC so that every operator, and the chart's buckets, agree on where a day ends.
 */
export interface Period {
  choice: PeriodChoice;
  from: Date;
  to: Date;
  /** The first and last day, inclusive, as the form writes them (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
}

export const PERIOD_CHOICES = ['today', '7d', '30d', 'custom'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

export const PERIOD_LABELS: Readonly<Record<PeriodChoice, string>> = {
  today: 'Today',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  custom: 'Custom dates',
};

/** Every channel a request can come from, with the name a support lead knows it by. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  zendesk: 'Zendesk',
  slack: 'Slack',
  cli: 'Command line',
  http: 'HTTP API',
};

export function channelLabel(channel: string): string {
  return isChannel(channel) ? CHANNEL_LABELS[channel] : channel;
}

function isChannel(value: string): value is Channel {
  return Object.hasOwn(CHANNEL_LABELS, value);
}

/** What the overview's GET form asks for, as typed (for filling the form in again). */
export interface OverviewQuery {
  period: string;
  from: string;
  to: string;
  channel: string;
}

export interface OverviewSelection {
  period: Period;
  /** Null: every channel. */
  channel: Channel | null;
}

export type OverviewQueryField = keyof OverviewQuery;

export type ParsedOverviewQuery =
  | { ok: true; query: OverviewQuery; selection: OverviewSelection }
  | { ok: false; query: OverviewQuery; field: OverviewQueryField; message: string };

const DEFAULT_CHOICE: PeriodChoice = '7d';
/** A custom period's longest span: a year and a day covers any year, and keeps the daily chart readable. */
export const MAX_PERIOD_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reads the overview's query string (`period`, `from`, `to`, `channel`). `period` is `today`, `7d` (the default),
 * `30d` or `custom`; `custom` takes `from` and `to` (YYYY-MM-DD, both days included). Dates without a `period`
 * mean `custom`, so a link with dates alone works. A bad value is an expected outcome, named with its field.
 */
export function parseOverviewQuery(raw: Readonly<Record<string, unknown>>, now: Date): ParsedOverviewQuery {
  const query: OverviewQuery = { period: '', from: '', to: '', channel: '' };
  for (const field of Object.keys(query) as OverviewQueryField[]) {
    const value = raw[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') return { ok: false, query, field, message: `${FIELD_NAMES[field]} was given more than once; give it once.` };
    query[field] = value.trim();
  }
  const fail = (field: OverviewQueryField, message: string): ParsedOverviewQuery => ({ ok: false, query, field, message });

  let channel: Channel | null = null;
  if (query.channel !== '') {
    if (!isChannel(query.channel)) {
      return fail('channel', `Channel ${quoted(query.channel)} is not one credbot has; choose one of ${Object.values(CHANNEL_LABELS).join(', ')}, or all channels.`);
    }
    channel = query.channel;
  }

  const choice = query.period === '' ? (query.from !== '' || query.to !== '' ? 'custom' : DEFAULT_CHOICE) : query.period;
  if (!isPeriodChoice(choice)) {
    return fail('period', `Period ${quoted(query.period)} is not one of: today, 7d, 30d, custom.`);
  }
  query.period = choice;

  const today = startOfUtcDay(now);
  if (choice !== 'custom') {
    const days = choice === 'today' ? 1 : choice === '7d' ? 7 : 30;
    return { ok: true, query, selection: { channel, period: periodOfDays(choice, addDays(today, -(days - 1)), addDays(today, 1)) } };
  }

  for (const field of ['from', 'to'] as const) {
    if (query[field] === '') return fail(field, `Custom dates need both From and To; ${FIELD_NAMES[field]} is empty.`);
  }
  const from = parseDay(query.from);
  if (from === null) return fail('from', `From: ${quoted(query.from)} is not a date. Write it as YYYY-MM-DD, e.g. ${formatDay(today)}.`);
  const lastDay = parseDay(query.to);
  if (lastDay === null) return fail('to', `To: ${quoted(query.to)} is not a date. Write it as YYYY-MM-DD, e.g. ${formatDay(today)}.`);
  if (lastDay < from) return fail('to', `To (${query.to}) is before From (${query.from}).`);
  const to = addDays(lastDay, 1);
  if ((to.getTime() - from.getTime()) / DAY_MS > MAX_PERIOD_DAYS) {
    return fail('to', `A period can be at most ${MAX_PERIOD_DAYS} days long; ${query.from} to ${query.to} is longer.`);
  }
  return { ok: true, query, selection: { channel, period: periodOfDays('custom', from, to) } };
}

const FIELD_NAMES: Readonly<Record<OverviewQueryField, string>> = { period: 'Period', from: 'From', to: 'To', channel: 'Channel' };

function isPeriodChoice(value: string): value is PeriodChoice {
  return (PERIOD_CHOICES as readonly string[]).includes(value);
}

function periodOfDays(choice: PeriodChoice, from: Date, to: Date): Period {
  return { choice, from, to, firstDay: formatDay(from), lastDay: formatDay(addDays(to, -1)) };
}

/** A calendar date written YYYY-MM-DD, as midnight UTC; null for anything else, 2026-02-30 included. */
export function parseDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March: a date that does not survive the round trip does not exist.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Enough of what was typed to recognise it, never a page of it. */
function quoted(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/** The chart's bucket: an hour for a period of two days or less (a day would be one or two bars), else a day. */
export type SeriesUnit = 'hour' | 'day';

export function seriesUnitFor(from: Date, to: Date): SeriesUnit {
  return to.getTime() - from.getTime() <= 2 * DAY_MS ? 'hour' : 'day';
}

/** The start of every UTC hour or day that overlaps `from` up to `to` (exclusive), as date_trunc(unit, …, 'UTC') makes them. */
export function bucketStarts(from: Date, to: Date, unit: SeriesUnit): Date[] {
  const step = unit === 'hour' ? DAY_MS / 24 : DAY_MS;
  const starts: Date[] = [];
  for (let time = Math.floor(from.getTime() / step) * step; time < to.getTime(); time += step) starts.push(new Date(time));
  return starts;
}
