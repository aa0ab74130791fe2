import { and, eq, sql } from 'drizzle-orm';
import {
  classifyAddressMatch,
  mailboxKey,
  nearMissParts,
} from '../core/addresses.ts';
import type { CredentialMatch, IssuedCredential, Issuer } from '../core/model.ts';
import { toOneLine, toOneLineOrNull } from '../core/one-line.ts';
import type { CredentialDirectory } from '../core/ports.ts';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Drizzle } from './database.ts';
import { builtOnce } from './built-once.ts';
import { credentials, issuers } from './schema.ts';

/** Near-miss candidates per address; more than this is not a near miss but a crowded short local part. */
const NEAR_MISS_CANDIDATE_LIMIT = 200;
/** One edit away from a very short local part matches strangers, so those get the domain-typo check only. */
const MIN_LOCAL_LENGTH_FOR_EDIT_SEARCH = 4;

type CredentialRow = typeof credentials.$inferSelect;
type IssuerRow = typeof issuers.$inferSelect;

/** Every lookup by address runs this: built once (src/db/built-once.ts). */
const selectByMailboxKeys = builtOnce<{ credential: CredentialRow; issuer: IssuerRow }>((db) =>
  db
    .select({ credential: credentials, issuer: issuers })
    .from(credentials)
    .innerJoin(issuers, eq(credentials.issuerId, issuers.id))
    .where(sql`${credentials.mailboxKey} = any(${sql.placeholder('mailboxKeys')}::text[])`),
);

export function createCredentialDirectory(db: Drizzle): CredentialDirectory {
  return {
    async findByAddresses(addresses) {
      if (addresses.length === 0) return [];
      const rows = await selectByMailboxKeys(db, { mailboxKeys: [...new Set(addresses.map(mailboxKey))] });
      return matchRows(rows, addresses, (kind) => kind === 'exact' || kind === 'same_mailbox');
    },

    async findNearMisses(addresses) {
      const found: CredentialMatch[] = [];
      for (const address of addresses) {
        // Each branch is read on its own, with its own limit: in one query, a crowded branch (`maria…` at
        // gmail.com among millions) made the database gather every candidate of every branch before the
        // limit, and could crowd out the one candidate another branch had.
        const branches = await Promise.all(
          nearMissConditions(address).map((condition) =>
            selectWithIssuer(db).where(condition).limit(NEAR_MISS_CANDIDATE_LIMIT),
          ),
        );
        const candidates = new Map<string, { credential: CredentialRow; issuer: IssuerRow }>();
        for (const row of branches.flat()) candidates.set(row.credential.id, row);
        found.push(...matchRows([...candidates.values()], [address], (kind) => kind === 'near_miss'));
      }
      return found;
    },

    async findIssuersMentioned(text) {
      const rows = await db
        .select()
        .from(issuers)
        .where(
          sql`strpos(lower(${text}), lower(${issuers.name})) > 0
            or exists (select 1 from unnest(${issuers.aliases}) as alias
                       where length(alias) >= 3 and strpos(lower(${text}), lower(alias)) > 0)`,
        )
        .limit(5);
      return rows.filter((row) => mentionsAsWord(text, [row.name, ...row.aliases])).map(toIssuer);
    },
  };
}

function selectWithIssuer(db: Drizzle) {
  return db.select({ credential: credentials, issuer: issuers }).from(credentials).innerJoin(issuers, eq(credentials.issuerId, issuers.id));
}

/**
 * The same typo-corrected mailbox, or the same domain with a local part sharing the first or the second half
 * of the queried one: every string one edit away does (see nearMissParts). Each branch is a btree range (the
 * first an equality, which the text_pattern_ops index serves too).
 */
function nearMissConditions(address: string) {
  const parts = nearMissParts(address);
  const sameFuzzyMailbox = and(eq(credentials.nearDomain, parts.domain), eq(credentials.nearLocal, parts.local));
  if (parts.local.length < MIN_LOCAL_LENGTH_FOR_EDIT_SEARCH) return [sameFuzzyMailbox];
  const reversedSuffix = [...parts.suffix].reverse().join('');
  return [
    sameFuzzyMailbox,
    and(eq(credentials.nearDomain, parts.domain), startsWith(credentials.nearLocal, parts.prefix)),
    and(eq(credentials.nearDomain, parts.domain), startsWith(credentials.nearLocalReversed, reversedSuffix)),
  ];
}

/** A prefix test that a text_pattern_ops btree index serves even as a parameterised (generic) plan. */
function startsWith(column: AnyPgColumn, prefix: string) {
  return sql`(${column} ~>=~ ${prefix} and ${column} ~<~ (${prefix} || chr(1114111)))`;
}

function matchRows(
  rows: { credential: CredentialRow; issuer: IssuerRow }[],
  addresses: string[],
  accept: (kind: ReturnType<typeof classifyAddressMatch>) => boolean,
): CredentialMatch[] {
  const matches: CredentialMatch[] = [];
  for (const row of rows) {
    for (const queriedAddress of addresses) {
      const kind = classifyAddressMatch(queriedAddress, row.credential.recipientEmail);
      if (kind !== null && accept(kind)) {
        matches.push({ credential: toIssuedCredential(row.credential, row.issuer), match: kind, queriedAddress });
        break;
      }
    }
  }
  return matches;
}

/** The SQL pre-filter is a substring test; this keeps "Art" from matching "start". */
function mentionsAsWord(text: string, names: string[]): boolean {
  const lower = text.toLowerCase();
  return names.some((name) => {
    const needle = name.toLowerCase();
    if (needle.length < 3) return false;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const before = lower[at - 1];
      const after = lower[at + needle.length];
      if (!isWordChar(before) && !isWordChar(after)) return true;
    }
    return false;
  });
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}

/*
 * Every text a reply may show is read as one line (core/one-line.ts): the import keeps line breaks and control
 * characters out, but rows imported before it did, or written another way, may hold them.
 */

export function toIssuer(row: IssuerRow): Issuer {
  return {
    id: row.id,
    name: toOneLine(row.name),
    contactName: toOneLineOrNull(row.contactName),
    contactEmail: toOneLineOrNull(row.contactEmail),
    supportUrl: toOneLineOrNull(row.supportUrl),
    aliases: row.aliases,
  };
}

function toIssuedCredential(row: CredentialRow, issuer: IssuerRow): IssuedCredential {
  return {
    id: row.id,
    issuerId: row.issuerId,
    recipientEmail: row.recipientEmail,
    recipientName: toOneLineOrNull(row.recipientName),
    courseName: toOneLine(row.courseName),
    url: toOneLine(row.url),
    status: row.status,
    issuedAt: new Date(`${row.issuedAt}T00:00:00Z`),
    issuer: toIssuer(issuer),
  };
}
