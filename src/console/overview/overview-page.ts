import type { Drizzle } from '../../db/database.ts';
import { type OverviewQuery, type OverviewQueryField, type OverviewSelection, parseOverviewQuery } from './period.ts';
import { type Overview, readOverview } from './overview-records.ts';

/** What the overview page shows: the figures, or the form again with what is wrong with the query (HTTP 400). */
export type OverviewPage =
  | { status: 200; query: OverviewQuery; selection: OverviewSelection; overview: Overview }
  | { status: 400; query: OverviewQuery; error: { field: OverviewQueryField; message: string } };

/** The route's one call: `GET /console?period=7d&channel=zendesk` → the page's data, for `<OverviewBody page={…} />`. */
export async function loadOverviewPage(db: Drizzle, rawQuery: Readonly<Record<string, unknown>>, now: Date): Promise<OverviewPage> {
  const parsed = parseOverviewQuery(rawQuery, now);
  if (!parsed.ok) return { status: 400, query: parsed.query, error: { field: parsed.field, message: parsed.message } };
  const { period, channel } = parsed.selection;
  const overview = await readOverview(db, { from: period.from, to: period.to, channel });
  return { status: 200, query: parsed.query, selection: parsed.selection, overview };
}
