import { isWithinOneEdit } from './address-edits.ts';

/**
 * The consumer mail domains most learners use. Their names are long enough that a domain one edit away
 * is far more likely a slip of the finger than another provider.
 */
export const LONG_NAMED_PROVIDERS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'yahoo.com',
  'outlook.com',
  'icloud.com',
  'protonmail.com',
] as const;

/**
 * Providers whose names are so short that one edit lands on real, unrelated domains (aon.com, bol.com,
 * ao.com, alo.com, hive.com, jive.com, five.com...). For these only the TLD may be mistyped, or a letter
 * doubled (aoll.com, livve.com).
 */
export const SHORT_NAMED_PROVIDERS = ['aol', 'live'] as const;

/**
 * Real domains that look like typos. mail.com, email.com, ymail.com and cloud.com are one edit from a
 * provider and would be "corrected" without this list; the rest (country domains, sister brands) are
 * two or more edits away today and are listed so that a wider rule cannot swallow them.
 */
const REAL_LOOKALIKE_DOMAINS: ReadonlySet<string> = new Set([
  'mail.com',
  'email.com',
  'ymail.com',
  'cloud.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'me.com',
  'mac.com',
  'aim.com',
  'msn.com',
  'live.ca',
  'live.co.uk',
  'live.fr',
  'live.de',
  'live.nl',
  'live.com.au',
  'yahoo.co.uk',
  'yahoo.co.jp',
  'yahoo.co.in',
  'yahoo.ca',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.es',
  'yahoo.it',
  'yahoo.com.br',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.de',
  'hotmail.it',
  'hotmail.es',
  'hotmail.ca',
  'outlook.de',
  'outlook.fr',
  'outlook.es',
  'outlook.it',
  'aol.de',
  'aol.fr',
  'aol.co.uk',
  'protonmail.ch',
  'proton.me',
  'pm.me',
]);

/**
 * Maps a mistyped big consumer mail domain to the real one (`gmial.com` → `gmail.com`,
 * `yahoo.co` → `yahoo.com`); any other domain comes back unchanged but lower-cased.
 *
 * Contract (stored in indexed columns through `fuzzyMailboxKey`, so changing it needs a backfill):
 * - a provider domain or a listed real look-alike is never changed;
 * - a domain one edit (insertion, deletion, substitution, adjacent transposition) from a long-named
 *   provider becomes that provider: this covers name slips (gmial, hotmal, yhaoo, outllok, icoud) and
 *   TLD slips (gmail.co, gmail.cm, gmail.con, gmail.om, gmail.comm) alike;
 * - aol.* and live.* are corrected only for a TLD one edit from `com` or a doubled letter in the name.
 */
export function correctDomainTypo(domain: string): string {
  const lower = domain.trim().toLowerCase();
  if (REAL_LOOKALIKE_DOMAINS.has(lower)) return lower;
  if ((LONG_NAMED_PROVIDERS as readonly string[]).includes(lower)) return lower;

  const longNamed = LONG_NAMED_PROVIDERS.find((provider) => isWithinOneEdit(lower, provider));
  if (longNamed !== undefined) return longNamed;

  const dot = lower.indexOf('.');
  if (dot < 0 || lower.indexOf('.', dot + 1) >= 0) return lower;
  const name = lower.slice(0, dot);
  const tld = lower.slice(dot + 1);
  for (const provider of SHORT_NAMED_PROVIDERS) {
    if (name === provider && isWithinOneEdit(tld, 'com')) return `${provider}.com`;
    if (tld === 'com' && isDoubledLetterOf(name, provider)) return `${provider}.com`;
  }
  return lower;
}

function isDoubledLetterOf(candidate: string, name: string): boolean {
  if (candidate.length !== name.length + 1) return false;
  for (let i = 1; i < candidate.length; i++) {
    if (candidate[i] === candidate[i - 1] && candidate.slice(0, i) + candidate.slice(i + 1) === name) return true;
  }
  return false;
}
