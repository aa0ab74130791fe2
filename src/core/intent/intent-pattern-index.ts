import { CREDENTIAL_NOUN } from './intent-lexicon.ts';
import { patternKeys } from './intent-pattern-keys.ts';
import type { SignalDefinition } from './intent-signals.ts';

/**
 * Which patterns to try where: built once at load, so that a message meets only the few patterns
 * that could match it. Every shortcut here must be exact: it may skip a pattern only where the
 * pattern cannot match.
 */

export interface CompiledPattern {
  signal: SignalDefinition;
  /** Sticky: it is tried at one word start at a time. */
  expression: RegExp;
  /** Every match holds a credential noun, so the pattern is not tried past the message's last one. */
  needsNounAhead: boolean;
}

export interface PatternIndex {
  /** Credential nouns by the words they start with; found first, so the other patterns know where nouns are. */
  nounsByKey: Map<string, CompiledPattern[]>;
  /** Every other pattern by the words it can start with (see intent-pattern-keys). */
  patternsByKey: Map<string, CompiledPattern[]>;
  /**
   * Patterns that open with the credential noun, compiled without it and tried right after each noun
   * found. Indexing them by their first word would send every "como" through "comprovante …". Most
   * go on, after a few words, with a word of their own ("… fehlt", "… is missing"): they are indexed
   * by it, for messages that hold it.
   */
  afterNounsByAnchor: Map<string, CompiledPattern[]>;
  /** Noun-led patterns with no such word, tried after every noun. */
  afterNounsAlways: CompiledPattern[];
}

/**
 * Whether every match of `source` contains the credential noun: it appears outside any group,
 * alternative or quantifier. Decided from the source, so a pattern written with the noun as one
 * option among others ("delete (my certificate|account)") is always tried.
 */
export function requiresNoun(source: string): boolean {
  const at = source.indexOf(CREDENTIAL_NOUN);
  if (at <= 0 || /^[?*{]/.test(source.slice(at + CREDENTIAL_NOUN.length))) return false;
  let depth = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (index === at && depth !== 0) return false;
    if (char === '\\') index++;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return false;
  }
  return true;
}

/** The source of `gap(n)` in intent-lexicon, as it opens a noun-led pattern's remainder. */
const LEADING_GAP = /^\(\?: \[a-z0-9\]\+\)\{0,\d+\}/;

/**
 * The keys of the word that every match of `rest` (what follows the noun) holds after at most a
 * gap of words; null when it has none the key reader can name.
 */
export function anchorKeys(rest: string): Set<string> | null {
  const tail = rest.replace(LEADING_GAP, '');
  if (!tail.startsWith(' ') || tail.startsWith(' ?')) return null;
  try {
    return patternKeys(tail.slice(1));
  } catch {
    return null;
  }
}

function addKeys(index: Map<string, CompiledPattern[]>, keys: Iterable<string>, compiled: CompiledPattern): void {
  for (const key of keys) {
    const bucket = index.get(key);
    if (bucket) bucket.push(compiled);
    else index.set(key, [compiled]);
  }
}

export function buildPatternIndex(signals: readonly SignalDefinition[]): PatternIndex {
  const index: PatternIndex = { nounsByKey: new Map(), patternsByKey: new Map(), afterNounsByAnchor: new Map(), afterNounsAlways: [] };
  for (const signal of signals) {
    for (const source of signal.patterns) {
      if (signal.family !== 'reference' && source.startsWith(CREDENTIAL_NOUN)) {
        const rest = source.slice(CREDENTIAL_NOUN.length);
        const compiled: CompiledPattern = { signal, expression: new RegExp(`(?:${rest})\\b`, 'y'), needsNounAhead: false };
        const anchors = anchorKeys(rest);
        if (anchors) addKeys(index.afterNounsByAnchor, anchors, compiled);
        else index.afterNounsAlways.push(compiled);
        continue;
      }
      const compiled: CompiledPattern = {
        signal,
        expression: new RegExp(`(?:${source})\\b`, 'y'),
        needsNounAhead: requiresNoun(source),
      };
      addKeys(signal.family === 'reference' ? index.nounsByKey : index.patternsByKey, patternKeys(source), compiled);
    }
  }
  return index;
}
