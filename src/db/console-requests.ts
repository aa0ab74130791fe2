import { and, asc, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Drizzle } from './database.ts';
import { outboundEmails, supportRequests } from './schema.ts';

/** What the Requests page can narrow the list to; every field optional, all of them combined with AND. */
export interface RequestFilter {
  channel?: string;
  outcome?: string;
  band?: 'act' | 'suggest' | 'ignore';
  /** Received on or after this instant. */
  receivedFrom?: Date;
  /** Received before this instant. */
  receivedBefore?: Date;
  /** Exactly this address, in the addresses the message named or as the address the channel vouched for; any case. */
  address?: string;
  /** Each word must occur in the message, any case. */
  words?: string[];
}

export interface RequestRow {
  id: string;
  channel: string;
  receivedAt: Date;
  outcome: string;
  band: 'act' | 'suggest' | 'ignore';
  intent: string;
  confidence: number;
  vouchedAddress: string | null;
  addresses: string[];
  messageText: string;
  replyStatus: string;
  erasedAt: Date | null;
}

/** `%` and `_` typed in the search box are looked for as themselves. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function conditionsOf(filter: RequestFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.channel) conditions.push(eq(supportRequests.channel, filter.channel));
  if (filter.outcome) conditions.push(eq(supportRequests.outcome, filter.outcome));
  if (filter.band) conditions.push(eq(supportRequests.band, filter.band));
  if (filter.receivedFrom) conditions.push(gte(supportRequests.receivedAt, filter.receivedFrom));
  if (filter.receivedBefore) conditions.push(lt(supportRequests.receivedAt, filter.receivedBefore));
  if (filter.address) {
    const address = filter.address.toLowerCase();
    conditions.push(
      or(
        sql`lower(${supportRequests.vouchedAddress}) = ${address}`,
        sql`exists (select 1 from unnest(${supportRequests.addresses}) as named where lower(named) = ${address})`,
      )!,
    );
  }
  for (const word of filter.words ?? []) conditions.push(sql`${supportRequests.messageText} ilike ${likePattern(word)}`);
  return conditions;
}

/** One page of requests, newest first; `hasMore` tells whether another page follows. */
export async function listRequests(db: Drizzle, filter: RequestFilter, page: { limit: number; offset: number }): Promise<{ rows: RequestRow[]; hasMore: boolean }> {
  const conditions = conditionsOf(filter);
  const rows = await db
    .select({
      id: supportRequests.id,
      channel: supportRequests.channel,
      receivedAt: supportRequests.receivedAt,
      outcome: supportRequests.outcome,
      band: supportRequests.band,
      intent: supportRequests.intent,
      confidence: supportRequests.confidence,
      vouchedAddress: supportRequests.vouchedAddress,
      addresses: supportRequests.addresses,
      messageText: supportRequests.messageText,
      replyStatus: supportRequests.replyStatus,
      erasedAt: supportRequests.erasedAt,
    })
    .from(supportRequests)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(supportRequests.receivedAt), desc(supportRequests.id))
    .limit(page.limit + 1)
    .offset(page.offset);
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

/** The values the filters offer, as recorded so far. */
export async function listRequestFacets(db: Drizzle): Promise<{ channels: string[]; outcomes: string[] }> {
  const [channels, outcomes] = await Promise.all([
    db.selectDistinct({ value: supportRequests.channel }).from(supportRequests).orderBy(asc(supportRequests.channel)),
    db.selectDistinct({ value: supportRequests.outcome }).from(supportRequests).orderBy(asc(supportRequests.outcome)),
  ]);
  return { channels: channels.map((row) => row.value), outcomes: outcomes.map((row) => row.value) };
}

export type RequestDetail = typeof supportRequests.$inferSelect;
export type RequestEmail = Pick<
  typeof outboundEmails.$inferSelect,
  'id' | 'kind' | 'toAddress' | 'subject' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'sentAt' | 'erasedAt'
>;

export async function findRequestWithEmails(db: Drizzle, id: string): Promise<{ request: RequestDetail; emails: RequestEmail[] } | null> {
  const [request] = await db.select().from(supportRequests).where(eq(supportRequests.id, id));
  if (!request) return null;
  const emails = await db
    .select({
      id: outboundEmails.id,
      kind: outboundEmails.kind,
      toAddress: outboundEmails.toAddress,
      subject: outboundEmails.subject,
      status: outboundEmails.status,
      attempts: outboundEmails.attempts,
      lastError: outboundEmails.lastError,
      createdAt: outboundEmails.createdAt,
      sentAt: outboundEmails.sentAt,
      erasedAt: outboundEmails.erasedAt,
    })
    .from(outboundEmails)
    .where(eq(outboundEmails.supportRequestId, id))
    .orderBy(asc(outboundEmails.createdAt));
  return { request, emails };
}
