import { CREDENTIAL_NOUN } from './intent-lexicon.ts';
import { laterWordKeys, patternKeys } from './intent-pattern-keys.ts';
import type { SignalDefinition } from './intent-signals.ts';

/**
 * Which patterns to try where: built once at load, so that a message meets only the few patterns
 * that could match it. Every shortcut here must be exact: it may skip a pattern only where the
 * pattern cannot match.
 */

export interface CompiledPattern {
  signal: SignalDefinition;
  /** The phrase file the pattern comes from; null for a credential noun (every language's, in one pattern). */
  language: string | null;
  /** Sticky: it is tried at one word start at a time. */
  expression: RegExp;
  /** Every match holds a credential noun, so the pattern is not tried past the message's last one. */
  needsNounAhead: boolean;
  /** Words every match holds after its first: the pattern is not tried where one does not follow. */
  requiredWords: readonly RequiredWord[];
}

/**
 * A word, as the keys it may have, that some patterns need after their first word. Patterns that
 * need the same word share one: a detector marks it once per message that holds it, in marks of its
 * own indexed by `id` (the index itself never changes after it is built).
 */
export interface RequiredWord {
  readonly keys: ReadonlySet<string>;
  /** 0, 1, 2…: the word's place in a detector's marks. */
  readonly id: number;
}

/** What the index holds for one key, so that the detector looks each word up once. */
export interface PatternsForKey {
  /** Credential nouns that can start with a word of this key; found first, so the other patterns know where nouns are. */
  nouns: CompiledPattern[];
  /** Every other pattern that can start with such a word (see intent-pattern-keys). */
  patterns: CompiledPattern[];
  /**
   * Patterns that open with the credential noun, compiled without it and tried right after each noun
   * found. Indexing them by their first word would send every "como" through "comprovante …". Most
   * go on, after a few words, with a word of their own ("… fehlt", "… is missing"): they are listed
   * under its keys, for messages that hold it.
   */
  afterNouns: CompiledPattern[];
  /** Required words that such a word can be, for the detector to mark the ones a message holds. */
  requiredWords: RequiredWord[];
}

export interface PatternIndex {
  byKey: Map<string, PatternsForKey>;
  /** Noun-led patterns with no word of their own, tried after every noun. */
  afterNounsAlways: CompiledPattern[];
  /** How many distinct required words there are: the size of a detector's marks. */
  requiredWordCount: number;
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

/** The source of `gap(n)` in phrases/pattern-parts, as it opens a noun-led pattern's remainder. */
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

type PatternList = Exclude<keyof PatternsForKey, 'requiredWords'>;

function entryFor(index: PatternIndex, key: string): PatternsForKey {
  let entry = index.byKey.get(key);
  if (!entry) {
    entry = { nouns: [], patterns: [], afterNouns: [], requiredWords: [] };
    index.byKey.set(key, entry);
  }
  return entry;
}

function addUnderKeys(index: PatternIndex, keys: Iterable<string>, list: PatternList, compiled: CompiledPattern): void {
  for (const key of keys) entryFor(index, key)[list].push(compiled);
}

/** One RequiredWord per distinct set of keys, listed under each of its keys. */
class RequiredWords {
  private readonly byKeySet = new Map<string, RequiredWord>();

  constructor(private readonly index: PatternIndex) {}

  of(source: string): RequiredWord[] {
    return laterWordKeys(source).map((keys) => {
      const identity = [...keys].sort().join(' ');
      let word = this.byKeySet.get(identity);
      if (!word) {
        word = { keys, id: this.byKeySet.size };
        this.byKeySet.set(identity, word);
        for (const key of keys) entryFor(this.index, key).requiredWords.push(word);
      }
      return word;
    });
  }

  get count(): number {
    return this.byKeySet.size;
  }
}

export function buildPatternIndex(signals: readonly SignalDefinition[]): PatternIndex {
  const index: PatternIndex = { byKey: new Map(), afterNounsAlways: [], requiredWordCount: 0 };
  const requiredWords = new RequiredWords(index);
  for (const signal of signals) {
    for (const [at, source] of signal.patterns.entries()) {
      const language = signal.patternLanguages[at] ?? null;
      if (signal.family !== 'reference' && source.startsWith(CREDENTIAL_NOUN)) {
        const rest = source.slice(CREDENTIAL_NOUN.length);
        // The anchor word already keeps these from messages that cannot match.
        const compiled: CompiledPattern = {
          signal,
          language,
          expression: new RegExp(`(?:${rest})\\b`, 'y'),
          needsNounAhead: false,
          requiredWords: [],
        };
        const anchors = anchorKeys(rest);
        if (anchors) addUnderKeys(index, anchors, 'afterNouns', compiled);
        else index.afterNounsAlways.push(compiled);
        continue;
      }
      const compiled: CompiledPattern = {
        signal,
        language,
        expression: new RegExp(`(?:${source})\\b`, 'y'),
        needsNounAhead: requiresNoun(source),
        requiredWords: requiredWords.of(source),
      };
      addUnderKeys(index, patternKeys(source), signal.family === 'reference' ? 'nouns' : 'patterns', compiled);
    }
  }
  index.requiredWordCount = requiredWords.count;
  return index;
}
