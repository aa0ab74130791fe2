import { type SQL, and, eq, gte, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { type DecisionKind, isForStaff } from '../../core/decision.ts';
import type { Channel } from '../../core/model.ts';
import type { Drizzle } from '../../db/database.ts';
import { outboundEmails, supportRequests } from '../../db/schema.ts';
import { bucketStarts, CHANNEL_LABELS, type SeriesUnit, seriesUnitFor } from './period.ts';

/**
 * What became of the messages received in a period. Every figure counts messages by when they were received
 * (emails too: the emails of those messages, whenever they went), so the figures of one period add up and do not
 * move when a later period's mail goes out. Erased requests count like any other: erasure removes words and
 * addresses, never the outcome, the band or the emails' states.
 */
export interface OverviewFigures {
  /** Messages received. */
  received: number;
  /** Read as a missing-credential request (intent missing_credential: band act or suggest). */
  recognised: number;
  /**
   * What credbot did on its own (band act, channel mode act) with the recognised requests, by outcome; with
   * `suggested` and `watched` these add up to `recognised`.
   */
  answered: {
    /** Outcome retrieve: the learner's credentials are emailed to the address they were issued to. */
    withCredentials: number;
    /** Outcome issuer_handoff: nothing published for the address; the learner is told which issuer to contact. */
    toIssuer: number;
    /** Outcomes other_addresses and over_budget: the message named addresses that may be someone else's; staff decide. */
    toStaff: number;
    /** Outcome ask_for_email: no address to look up; credbot asked for one. */
    askedForAddress: number;
    /** Outcome rate_limited: the address already had RETRIEVE_LIMIT_PER_DAY emails in 24 hours. */
    alreadyEmailed: number;
    /** Outcome follow_up: a learner wrote again in a conversation credbot emailed from; told what became of the email, or passed to a person. */
    followUps: number;
  };
  /**
   * Recognised, and the proposed answer went to staff only: the classifier was not sure enough (band suggest), or
   * the channel was set to suggest.
   */
  suggested: number;
  /** Recognised while the channel was set to shadow: decided and recorded, nothing sent or posted. */
  watched: number;
  /** Band ignore (not a missing-credential request): left to people. */
  ignored: number;
  /** Messages with at least one retrieve email sent (the chart's "emailed"). */
  emailed: number;
  /**
   * Resolved without a person: recognised requests credbot answered on its own (band act), whose answer reached the
   * learner (the channel's reply did not fail) and settled the request: outcome retrieve with at least one retrieve
   * email sent, or outcome issuer_handoff (the learner is told whom to ask). Asking for an address, a rate limit
   * and anything passed to staff or only suggested are not resolved.
   */
  resolvedWithoutPerson: number;
  /** resolvedWithoutPerson / recognised; null when nothing was recognised. */
  resolvedShare: number | null;
  retrieveEmailsSent: number;
  /** Emails of any kind credbot gave up on (status failed). */
  emailsFailed: number;
  /** Replies the channel could not deliver (reply_status failed). */
  repliesFailed: number;
  /** Seconds from a message's arrival to each of its retrieve emails' sending; null without any sent. */
  timeToEmail: { p50Seconds: number | null; p95Seconds: number | null };
}

export interface SeriesPoint {
  start: Date;
  received: number;
  recognised: number;
  emailed: number;
}

export interface Overview {
  from: Date;
  to: Date;
  /** Null: every channel. */
  channel: Channel | null;
  total: OverviewFigures;
  /** One entry per channel with messages in the period, in the order of CHANNEL_LABELS, then by name. */
  byChannel: { channel: string; figures: OverviewFigures }[];
  series: { unit: SeriesUnit; points: SeriesPoint[] };
}

export interface OverviewRange {
  from: Date;
  /** Exclusive. */
  to: Date;
  channel?: Channel | null | undefined;
}

/** Exhaustive by its type, so a new decision kind has to be placed here, and in isForStaff, to compile. */
const OUTCOMES: Readonly<Record<DecisionKind, null>> = {
  retrieve: null,
  issuer_handoff: null,
  ask_for_email: null,
  rate_limited: null,
  other_addresses: null,
  over_budget: null,
  ignore: null,
  follow_up: null,
  delivery_failed: null,
};
/** Hand-offs to staff: what isForStaff puts before a person, but for issuer_handoff, which answers the learner. */
const STAFF_OUTCOMES = (Object.keys(OUTCOMES) as DecisionKind[]).filter((kind) => isForStaff(kind) && kind !== 'issuer_handoff');

const CHANNEL_ORDER: readonly string[] = Object.keys(CHANNEL_LABELS);

const request = supportRequests;
const email = outboundEmails;

/** credbot answered on its own: the decision reached the learner (sure enough, and the channel set to act). */
const answeredOnItsOwn = and(eq(request.band, 'act'), eq(request.mode, 'act'));
const isRecognised = eq(request.intent, 'missing_credential');
/** Shown to staff only: the classifier was not sure enough, or the channel was set to suggest. */
const isSuggested = and(isRecognised, or(eq(request.band, 'suggest'), eq(request.mode, 'suggest')));
/** Watched only: the channel was set to shadow, so the decision was recorded and nothing went anywhere. */
const isWatched = and(isRecognised, eq(request.mode, 'shadow'));
const hasRetrieveEmailSent = sql`exists (select 1 from ${email} where ${email.supportRequestId} = ${request.id} and ${email.kind} = 'retrieve' and ${email.status} = 'sent')`;
const isResolvedWithoutPerson = and(
  answeredOnItsOwn,
  sql`${request.replyStatus} <> 'failed'`,
  or(eq(request.outcome, 'issuer_handoff'), and(eq(request.outcome, 'retrieve'), hasRetrieveEmailSent)),
);
const answeredWith = (outcomes: DecisionKind[]) => and(answeredOnItsOwn, inArray(request.outcome, outcomes));

const countAll = () => sql<number>`count(*)::int`.mapWith(Number);
const countWhere = (condition: SQL | undefined) => sql<number>`(count(*) filter (where ${condition}))::int`.mapWith(Number);

/**
 * The overview of messages received from `from` up to `to`, per channel and in total, with a chart series by hour
 * (a period of two days or less) or by day, in UTC. Three aggregate queries, each one scan of the period's rows.
 */
export async function readOverview(db: Drizzle, range: OverviewRange): Promise<Overview> {
  const channel = range.channel ?? null;
  // A delivery-failure notice is recorded as a request of its own (to answer in its conversation), but no one wrote it.
  const inRange = and(
    gte(request.receivedAt, range.from),
    lt(request.receivedAt, range.to),
    ne(request.outcome, 'delivery_failed'),
    channel === null ? undefined : eq(request.channel, channel),
  );
  const perChannel = sql`grouping sets ((${request.channel}), ())`;
  const isTotal = sql<number>`grouping(${request.channel})`.mapWith(Number);
  const unit = seriesUnitFor(range.from, range.to);
  // date_trunc with a time zone (PostgreSQL 12+): buckets are UTC hours and days whatever the session's zone. The
  // unit is written into the text, not bound: GROUP BY matches the selected expression only if they read the same.
  const bucket = sql`date_trunc('${sql.raw(unit)}', ${request.receivedAt}, 'UTC')`;

  const [requestRows, emailRows, seriesRows] = await Promise.all([
    db
      .select({
        channel: request.channel,
        isTotal,
        received: countAll(),
        recognised: countWhere(isRecognised),
        withCredentials: countWhere(answeredWith(['retrieve'])),
        toIssuer: countWhere(answeredWith(['issuer_handoff'])),
        toStaff: countWhere(answeredWith(STAFF_OUTCOMES)),
        askedForAddress: countWhere(answeredWith(['ask_for_email'])),
        alreadyEmailed: countWhere(answeredWith(['rate_limited'])),
        followUps: countWhere(answeredWith(['follow_up'])),
        suggested: countWhere(isSuggested),
        watched: countWhere(isWatched),
        // The same messages since bands were recorded; rows from before then have the band's default, act.
        ignored: countWhere(or(eq(request.band, 'ignore'), eq(request.outcome, 'ignore'))),
        emailed: countWhere(hasRetrieveEmailSent),
        resolvedWithoutPerson: countWhere(isResolvedWithoutPerson),
        repliesFailed: countWhere(eq(request.replyStatus, 'failed')),
      })
      .from(request)
      .where(inRange)
      .groupBy(perChannel),
    db
      .select({
        channel: request.channel,
        isTotal,
        retrieveEmailsSent: countWhere(and(eq(email.kind, 'retrieve'), eq(email.status, 'sent'))),
        emailsFailed: countWhere(eq(email.status, 'failed')),
        p50Seconds: percentileOfTimeToEmail(0.5),
        p95Seconds: percentileOfTimeToEmail(0.95),
      })
      .from(email)
      .innerJoin(request, eq(email.supportRequestId, request.id))
      .where(inRange)
      .groupBy(perChannel),
    db
      .select({
        // Epoch seconds: one number type through both drivers, where a bare timestamp's parsing differs.
        start: sql<number>`extract(epoch from ${bucket})::float8`.mapWith(Number),
        received: countAll(),
        recognised: countWhere(isRecognised),
        emailed: countWhere(hasRetrieveEmailSent),
      })
      .from(request)
      .where(inRange)
      .groupBy(bucket),
  ]);

  const emailsOf = (key: { channel: string; isTotal: number }) =>
    emailRows.find((row) => row.isTotal === key.isTotal && (key.isTotal === 1 || row.channel === key.channel));
  const figuresOf = (row: (typeof requestRows)[number] | undefined): OverviewFigures => {
    const emails = row ? emailsOf(row) : undefined;
    const recognised = row?.recognised ?? 0;
    const resolved = row?.resolvedWithoutPerson ?? 0;
    return {
      received: row?.received ?? 0,
      recognised,
      answered: {
        withCredentials: row?.withCredentials ?? 0,
        toIssuer: row?.toIssuer ?? 0,
        toStaff: row?.toStaff ?? 0,
        askedForAddress: row?.askedForAddress ?? 0,
        alreadyEmailed: row?.alreadyEmailed ?? 0,
        followUps: row?.followUps ?? 0,
      },
      suggested: row?.suggested ?? 0,
      watched: row?.watched ?? 0,
      ignored: row?.ignored ?? 0,
      emailed: row?.emailed ?? 0,
      resolvedWithoutPerson: resolved,
      resolvedShare: recognised === 0 ? null : resolved / recognised,
      retrieveEmailsSent: emails?.retrieveEmailsSent ?? 0,
      emailsFailed: emails?.emailsFailed ?? 0,
      repliesFailed: row?.repliesFailed ?? 0,
      timeToEmail: { p50Seconds: emails?.p50Seconds ?? null, p95Seconds: emails?.p95Seconds ?? null },
    };
  };

  const channelRows = requestRows.filter((row) => row.isTotal === 0).sort((a, b) => channelRank(a.channel) - channelRank(b.channel) || a.channel.localeCompare(b.channel));
  const counted = new Map(seriesRows.map((row) => [row.start * 1000, row]));
  return {
    from: range.from,
    to: range.to,
    channel,
    total: figuresOf(requestRows.find((row) => row.isTotal === 1)),
    byChannel: channelRows.map((row) => ({ channel: row.channel, figures: figuresOf(row) })),
    series: {
      unit,
      points: bucketStarts(range.from, range.to, unit).map((start) => {
        const row = counted.get(start.getTime());
        return { start, received: row?.received ?? 0, recognised: row?.recognised ?? 0, emailed: row?.emailed ?? 0 };
      }),
    },
  };
}

/** Over retrieve emails sent, the continuous percentile of the seconds from the message's arrival to the sending. */
function percentileOfTimeToEmail(fraction: number) {
  return sql<number | null>`percentile_cont(${sql.raw(String(fraction))}) within group (order by extract(epoch from ${email.sentAt} - ${request.receivedAt})::float8)
    filter (where ${email.kind} = 'retrieve' and ${email.status} = 'sent')`.mapWith(Number);
}

function channelRank(channel: string): number {
  const rank = CHANNEL_ORDER.indexOf(channel);
  return rank === -1 ? CHANNEL_ORDER.length : rank;
}
