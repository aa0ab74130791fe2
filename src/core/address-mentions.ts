import { domainToUnicode } from 'node:url';
import { extractEmailAddresses, normalizeEmailAddress } from './addresses.ts';

/**
 * Whether stored text names one learner's address: the rule `credbot forget` erases by. An address is named when
 * the address scan of src/core/addresses.ts finds it in the text, in any case, so `Ann@Example.com.` names
 * `ann@example.com` while `joann@example.com` and `ann@example.com.au` do not.
 */

export interface AddressToForget {
  /** Canonical form (src/core/addresses.ts). */
  address: string;
  /**
   * Lower-case fragments, one of which text naming the address contains: a cheap filter for the database to
   * run before the exact check. The domain also as Unicode, as a learner may type an IDN domain.
   */
  fragments: string[];
}

/** Null when `raw` is not an email address. */
export function addressToForget(raw: string): AddressToForget | null {
  const address = normalizeEmailAddress(raw);
  if (address === null) return null;
  const at = address.lastIndexOf('@');
  const unicodeDomain = domainToUnicode(address.slice(at + 1)).toLowerCase();
  const fragments = new Set([address, `${address.slice(0, at)}@${unicodeDomain}`]);
  return { address, fragments: [...fragments] };
}

export function mentionsAddress(texts: readonly (string | null)[], target: AddressToForget): boolean {
  return texts.some((text) => text !== null && text.includes('@') && extractEmailAddresses(text).includes(target.address));
}

/**
 * Every string inside a JSON value (keys included), so that a stored payload is checked on its words rather
 * than on its JSON text, where escapes such as `\n` would run into the address beside them.
 */
export function stringsInJson(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsInJson);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsInJson(inner)]);
  }
  return [];
}
