import { normalizeEmailAddress } from '../core/addresses.ts';
import type { RequestFilter } from '../db/console-requests.ts';

/** The Requests page's query string, as typed: each field is given back to the form as it was. */
export interface RequestFilterQuery {
  channel?: string;
  outcome?: string;
  band?: string;
  from?: string;
  to?: string;
  address?: string;
  q?: string;
  page?: string;
}

export type ParsedRequestFilter =
  | { ok: true; filter: RequestFilter; page: number }
  | { ok: false; field: keyof RequestFilterQuery; message: string };

const BANDS = ['act', 'suggest', 'ignore'] as const;
const NAME = /^[a-z0-9_-]{1,40}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_WORDS = 10;
const MAX_PAGE = 10_000;

/** The day (UTC) as its first instant, or null when it is not a real calendar day. */
function parseDay(text: string): Date | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const day = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text ? null : day;
}

/** Turns the query into a filter, or names the first field that is wrong and why. */
export function parseRequestFilter(query: RequestFilterQuery): ParsedRequestFilter {
  const filter: RequestFilter = {};
  const given = (value: string | undefined) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

  const channel = given(query.channel);
  if (channel !== undefined) {
    if (!NAME.test(channel)) return { ok: false, field: 'channel', message: 'Channel: choose one from the list.' };
    filter.channel = channel;
  }
  const outcome = given(query.outcome);
  if (outcome !== undefined) {
    if (!NAME.test(outcome)) return { ok: false, field: 'outcome', message: 'Outcome: choose one from the list.' };
    filter.outcome = outcome;
  }
  const band = given(query.band);
  if (band !== undefined) {
    if (!(BANDS as readonly string[]).includes(band)) return { ok: false, field: 'band', message: 'Band: choose act, suggest or ignore.' };
    filter.band = band as (typeof BANDS)[number];
  }
  const from = given(query.from);
  if (from !== undefined) {
    const day = parseDay(from);
    if (!day) return { ok: false, field: 'from', message: 'From: enter a date as YYYY-MM-DD, e.g. 2026-03-01.' };
    filter.receivedFrom = day;
  }
  const to = given(query.to);
  if (to !== undefined) {
    const day = parseDay(to);
    if (!day) return { ok: false, field: 'to', message: 'To: enter a date as YYYY-MM-DD, e.g. 2026-03-31.' };
    // The whole of the last day is included.
    filter.receivedBefore = new Date(day.getTime() + 24 * 60 * 60 * 1000);
  }
  if (filter.receivedFrom && filter.receivedBefore && filter.receivedFrom >= filter.receivedBefore) {
    return { ok: false, field: 'to', message: 'To: must be the same day as From or later.' };
  }
  const address = given(query.address);
  if (address !== undefined) {
    const normalized = normalizeEmailAddress(address);
    if (normalized === null) return { ok: false, field: 'address', message: 'Address: enter one whole email address, e.g. name@example.com.' };
    filter.address = normalized;
  }
  const words = given(query.q)?.split(/\s+/).filter((word) => word.length > 0);
  if (words !== undefined) {
    if (words.length > MAX_WORDS || words.some((word) => word.length > 100)) {
      return { ok: false, field: 'q', message: `Words in the message: at most ${MAX_WORDS} words of up to 100 characters.` };
    }
    filter.words = words;
  }
  let page = 1;
  const pageText = given(query.page);
  if (pageText !== undefined) {
    if (!/^\d{1,5}$/.test(pageText) || Number(pageText) < 1 || Number(pageText) > MAX_PAGE) return { ok: false, field: 'page', message: 'Page: must be a page number from 1.' };
    page = Number(pageText);
  }
  return { ok: true, filter, page };
}
