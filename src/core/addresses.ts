import { domainToASCII } from 'node:url';
import { isWithinOneEdit } from './address-edits.ts';
import { correctDomainTypo } from './address-typos.ts';
import type { MatchKind } from './model.ts';

export { isWithinOneEdit } from './address-edits.ts';
export { correctDomainTypo } from './address-typos.ts';

/*
 * An address, as credbot accepts it: a local part of letters, marks and digits of any script plus
 * `. _ % + - '`, starting with a letter, digit or `_`, without a leading, trailing or doubled dot, at most
 * 64 octets; `@`; a domain of at least two labels that IDNA can convert to ASCII, each label 1–63 of
 * `a-z 0-9 -` not starting or ending with `-`, the last one alphabetic (2+ letters, or an `xn--` IDN TLD)
 * and not a file extension; at most 254 octets in all. Quoted local parts and IP literals are refused:
 * nobody types them into a support ticket.
 *
 * Canonical form: local part NFKC-normalised and lower-cased, domain in lower-case ASCII (punycode),
 * so `José@Exämple.de` and `josé@xn--exmple-cua.de` are one address.
 */

const MAX_LOCAL_OCTETS = 64;
const MAX_ADDRESS_OCTETS = 254;
const MAX_DOMAIN_LENGTH = 253;
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'pdf']);
const GMAIL_DOMAINS: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com']);

const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{Nd}]$/u;
const LOCAL_SYMBOLS = new Set(['.', '_', '%', '+', '-', "'"]);
// IDNA maps the ideographic and full-width full stops to `.`; Japanese and Chinese keyboards type them.
const DOMAIN_DOTS = new Set(['.', '。', '．', '｡']);
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const utf8 = new TextEncoder();
// Plain ASCII, the form of nearly every address, is checked without splitting it into code points: NFKC and
// IDNA only lower-case it (a domain with an `xn--` label still goes through IDNA, which checks the label),
// and its octets are its length.
const PLAIN_ASCII_LOCAL = /^[A-Za-z0-9_%+'.-]+$/;
const PLAIN_ASCII_DOMAIN = /^(?![\s\S]*xn--)[a-z0-9.-]+$/i;
const HAS_SURROGATE = /[\uD800-\uDFFF]/;

interface AddressParts {
  local: string;
  domain: string;
}

function isLocalChar(char: string): boolean {
  return LOCAL_SYMBOLS.has(char) || LETTER_OR_DIGIT.test(char);
}

function isDomainChar(char: string): boolean {
  return char === '-' || DOMAIN_DOTS.has(char) || LETTER_OR_DIGIT.test(char);
}

function foldCase(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function octets(text: string): number {
  return utf8.encode(text).length;
}

function isValidLocal(local: string): boolean {
  const isPlain = PLAIN_ASCII_LOCAL.test(local);
  const chars = isPlain ? null : Array.from(local);
  const first = chars === null ? local[0] : chars[0];
  if (first === undefined || !(first === '_' || LETTER_OR_DIGIT.test(first))) return false;
  return (
    (chars === null || chars.every(isLocalChar)) &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    (isPlain ? local.length : octets(local)) <= MAX_LOCAL_OCTETS
  );
}

// A bulk import checks millions of addresses at a few thousand domains: remembering the answer for recent
// domains saves splitting each into labels again. Bounded, as free text may bring any number of domains.
const MAX_REMEMBERED_DOMAINS = 4096;
const rememberedDomains = new Map<string, boolean>();

function isValidDomain(domain: string): boolean {
  const remembered = rememberedDomains.get(domain);
  if (remembered !== undefined) return remembered;
  const valid = checkDomain(domain);
  if (rememberedDomains.size >= MAX_REMEMBERED_DOMAINS) rememberedDomains.clear();
  rememberedDomains.set(domain, valid);
  return valid;
}

function checkDomain(domain: string): boolean {
  const labels = domain.split('.');
  const topLevel = labels[labels.length - 1] ?? '';
  return (
    domain.length <= MAX_DOMAIN_LENGTH &&
    labels.length >= 2 &&
    labels.every((label) => DNS_LABEL.test(label)) &&
    TOP_LEVEL_LABEL.test(topLevel) &&
    !FILE_EXTENSIONS.has(topLevel)
  );
}

/** The one validity rule, shared by extraction and by normalisation of a typed address. */
function parseAddress(rawLocal: string, rawDomain: string): AddressParts | null {
  if (PLAIN_ASCII_LOCAL.test(rawLocal) && PLAIN_ASCII_DOMAIN.test(rawDomain)) {
    const local = rawLocal.toLowerCase();
    const domain = rawDomain.toLowerCase();
    if (!isValidLocal(local) || !isValidDomain(domain)) return null;
    return local.length + 1 + domain.length > MAX_ADDRESS_OCTETS ? null : { local, domain };
  }
  // Checked before conversion too: domainToASCII parses a URL host, so `x.com/path` would become `x.com`.
  if (!Array.from(rawLocal).every(isLocalChar) || !Array.from(rawDomain).every(isDomainChar)) return null;
  const local = foldCase(rawLocal);
  const domain = domainToASCII(rawDomain);
  if (!isValidLocal(local) || !isValidDomain(domain)) return null;
  if (octets(local) + 1 + domain.length > MAX_ADDRESS_OCTETS) return null;
  return { local, domain };
}

function formatAddress({ local, domain }: AddressParts): string {
  return domain === '' ? local : `${local}@${domain}`;
}

/** Strips what surrounds an address pasted from a link: `<…>`, Slack's `<mailto:a|label>`, `mailto:`, `?query`. */
function unwrapTypedAddress(raw: string): string {
  let text = raw.trim();
  if (text.startsWith('<') && text.endsWith('>')) {
    text = text.slice(1, -1).trim();
    const bar = text.indexOf('|');
    if (bar >= 0) text = text.slice(0, bar);
  }
  if (/^mailto:/i.test(text)) {
    text = text.slice('mailto:'.length);
    const query = text.indexOf('?');
    if (query >= 0) text = text.slice(0, query);
  }
  return text.trim();
}

function splitAtLastAt(text: string): [string, string] | null {
  const at = text.lastIndexOf('@');
  return at < 0 ? null : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * One address typed by a user, in canonical form, or null when it is not a valid address.
 * Accepts surrounding whitespace, angle brackets, Slack's `<mailto:a@b.com|a@b.com>` and `mailto:`.
 */
export function normalizeEmailAddress(raw: string): string | null {
  const split = splitAtLastAt(unwrapTypedAddress(raw));
  const parts = split && parseAddress(...split);
  return parts ? formatAddress(parts) : null;
}

/**
 * Every address in free text, canonical, de-duplicated, in order of first appearance.
 *
 * Scans outwards from each `@` over the characters an address may hold, so punctuation, brackets,
 * quotes, `mailto:` and Slack's `<mailto:…|…>` fall away without being named. The runs either side of
 * one `@` end at the neighbouring `@`s, so the whole scan reads each character a bounded number of times:
 * linear in the text, whatever it holds.
 */
export function extractEmailAddresses(text: string): string[] {
  const chars = Array.from(text);
  const found = new Set<string>();
  for (let at = 0; at < chars.length; at++) {
    if (chars[at] !== '@') continue;
    const address = addressAround(chars, at);
    if (address !== null) found.add(address);
  }
  return [...found];
}

function addressAround(chars: string[], at: number): string | null {
  let start = at;
  while (start > 0 && isLocalChar(chars[start - 1] ?? '')) start--;
  let end = at + 1;
  while (end < chars.length && isDomainChar(chars[end] ?? '')) end++;
  // `a@b@c.com` and fediverse handles `@user@server.social` are not one address.
  if (chars[start - 1] === '@' || chars[end] === '@') return null;

  while (start < at && chars[start] === "'") start++;
  while (end > at + 1 && DOMAIN_DOTS.has(chars[end - 1] ?? '')) end--;
  const parts = parseAddress(chars.slice(start, at).join(''), chars.slice(at + 1, end).join(''));
  return parts && formatAddress(parts);
}

/**
 * Canonical parts for a key. Keys are total so that any recipient an issuer stored can be indexed:
 * an address the validity rule refuses is lower-cased and NFKC-normalised on both sides of its last `@`.
 */
function keyParts(address: string): AddressParts {
  const text = unwrapTypedAddress(address);
  const split = splitAtLastAt(text);
  if (split === null) return { local: foldCase(text), domain: '' };
  return parseAddress(...split) ?? { local: foldCase(split[0]), domain: foldCase(split[1]) };
}

function mailboxParts({ local, domain }: AddressParts): AddressParts {
  const plus = local.indexOf('+');
  const untagged = plus > 0 ? local.slice(0, plus) : local;
  if (GMAIL_DOMAINS.has(domain)) return { local: untagged.replaceAll('.', ''), domain: 'gmail.com' };
  return { local: untagged, domain };
}

function fuzzyMailboxParts(address: string): AddressParts {
  const { local, domain } = keyParts(address);
  return mailboxParts({ local, domain: correctDomainTypo(domain) });
}

/*
 * Matching keys. Each is stored in an indexed column, so each is a contract: change one and every stored
 * key must be recomputed. For a valid address, emailKey(a) === normalizeEmailAddress(a).
 */

/** The canonical full address: equal keys mean the same address ignoring case. */
export function emailKey(address: string): string {
  return formatAddress(keyParts(address));
}

/**
 * The mailbox an address delivers to: the local part cut at its first `+` (sub-address tag) on every
 * domain, and for Gmail (`gmail.com`, `googlemail.com` → `gmail.com`) without its dots as well.
 * `John.Doe+certs@googlemail.com` → `johndoe@gmail.com`.
 */
export function mailboxKey(address: string): string {
  return formatAddress(mailboxParts(keyParts(address)));
}

/**
 * mailboxKey after correcting a mistyped consumer domain (`john.doe@gmial.com` → `johndoe@gmail.com`).
 * The Gmail rule applies after the correction. Addresses that share this key but not their mailboxKey
 * are a near miss.
 */
export function fuzzyMailboxKey(address: string): string {
  return formatAddress(fuzzyMailboxParts(address));
}

export interface NearMissParts {
  /** The typo-corrected domain. */
  domain: string;
  /** The mailbox-key local part: `local@domain` is the fuzzyMailboxKey. */
  local: string;
  /** `local` up to its middle character. */
  prefix: string;
  /** `local` after its middle character. */
  suffix: string;
}

/**
 * Parts for finding, with plain btree indexes, the addresses whose local part is within one edit of this
 * one at the same corrected domain: store `domain` and `local` per recipient, index `(domain, local)` and
 * `(domain, reverse(local))`, then look up `local` starting with `prefix` or ending with `suffix` and
 * confirm each candidate with isWithinOneEdit.
 *
 * Split, for a local part `a` of n characters with h = floor(n/2): prefix = a[0, h), suffix = a[h+1, n);
 * the character a[h] belongs to neither. Claim: every b within one edit of a starts with prefix or ends
 * with suffix. An edit of a touches positions: a substitution or deletion one, a transposition two adjacent
 * ones, an insertion none (it falls in a gap). If all touched positions are ≥ h, a[0, h) is untouched and
 * b starts with it (an insertion in gap h or later too). Otherwise the edit touches position h-1 or earlier;
 * as it spans at most two positions, it ends by position h, so a[h+1, n) is untouched and b ends with it
 * (an insertion in a gap at or before h too). Without the skipped character a transposition of a[h-1] and
 * a[h] would break both: `abcd` → `acbd` neither starts with `ab` nor ends with `cd`.
 */
export function nearMissParts(address: string): NearMissParts {
  return splitForNearMisses(fuzzyMailboxParts(address));
}

function splitForNearMisses({ local, domain }: AddressParts): NearMissParts {
  // Without surrogate pairs, UTF-16 units are code points.
  const chars = HAS_SURROGATE.test(local) ? Array.from(local) : local;
  const half = Math.floor(chars.length / 2);
  const [prefix, suffix] =
    typeof chars === 'string'
      ? [chars.slice(0, half), chars.slice(half + 1)]
      : [chars.slice(0, half).join(''), chars.slice(half + 1).join('')];
  return { domain, local, prefix, suffix };
}

/** Every key stored for a recipient address, from one reading of it (an import derives them for each row). */
export interface AddressKeys {
  email: string;
  mailbox: string;
  nearMiss: NearMissParts;
}

/** The same as emailKey, mailboxKey and nearMissParts of `address`, at once. */
export function addressKeys(address: string): AddressKeys {
  const parts = keyParts(address);
  return {
    email: formatAddress(parts),
    mailbox: formatAddress(mailboxParts(parts)),
    nearMiss: splitForNearMisses(mailboxParts({ local: parts.local, domain: correctDomainTypo(parts.domain) })),
  };
}

/**
 * How a credential's recipient address relates to the address a learner gave, strongest first:
 * `exact` (same emailKey), `same_mailbox` (same mailboxKey), `near_miss` (same corrected domain and
 * mailbox local parts within one edit, which includes an equal fuzzyMailboxKey), else null.
 * A near miss is for a note to support staff only: nothing is ever sent to it.
 */
export function classifyAddressMatch(queried: string, recipient: string): MatchKind | null {
  if (emailKey(queried) === emailKey(recipient)) return 'exact';
  if (mailboxKey(queried) === mailboxKey(recipient)) return 'same_mailbox';
  const asked = fuzzyMailboxParts(queried);
  const issued = fuzzyMailboxParts(recipient);
  if (asked.domain === issued.domain && isWithinOneEdit(asked.local, issued.local)) return 'near_miss';
  return null;
}

/** The text without the words that hold an address: a request read again with a new address must not look up the old one. */
export function withoutEmailAddresses(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/\s+/)
        .filter((word) => extractEmailAddresses(word).length === 0)
        .join(' '),
    )
    .join('\n')
    .trim();
}
