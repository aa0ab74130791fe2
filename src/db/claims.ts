import { isNull, lte, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/*
 * A claim on work in flight (src/core/claims.ts), in SQL. pg-boss retries a job that outran its timeout while the first attempt may still be
 * sending, and an email or a Slack post cannot be recognised afterwards to be skipped (a Zendesk update can: it
 * carries a marker tag). So before it sends, an attempt stamps the row with how long it holds it, and commits that
 * durably. A retry that finds the row held sends nothing and leaves it to the holder; one that finds it free
 * (never claimed, released after a failure, or held past its lease by an attempt that died) claims it in turn.
 * The lease outlasts the longest the work may take (src/jobs/claim-leases.ts). Time is the database's, the same
 * for every process.
 */

/** The expiry of a claim taken now for `leaseSeconds`. */
export function claimExpiry(leaseSeconds: Placeholder | number): SQL {
  return sql`now() + make_interval(secs => ${leaseSeconds})`;
}

/** No live claim holds the row. */
export function isUnclaimed(claimedUntil: PgColumn): SQL {
  return or(isNull(claimedUntil), lte(claimedUntil, sql`now()`)) as SQL;
}
