import { LEXICON, type Lexicon } from './intent-lexicon.ts';
import { type CompiledPattern, type PatternsForKey, buildPatternIndex } from './intent-pattern-index.ts';
import { keyOfWord } from './intent-pattern-keys.ts';
import { SIGNAL_CATALOGUE, type SignalDefinition, signalName } from './intent-signals.ts';
import { LANGUAGES } from './phrases/index.ts';
import { CREDENTIAL_CONCEPTS, type CredentialConcept, type LanguagePhrases } from './phrases/language.ts';
import { anyOf } from './phrases/pattern-parts.ts';

export interface Span {
  start: number;
  end: number;
}

export interface SignalHit extends Span {
  signal: SignalDefinition;
  /** The phrase file of the pattern that matched (`en`, `es`, `common`…); null for a credential noun. */
  language: string | null;
}

export interface Detection {
  hits: SignalHit[];
  /** Mentions of things other than a credential that can also fail to arrive (an invoice, a reset link). */
  otherDeliverables: Span[];
}

function isConcept(word: string): word is CredentialConcept {
  return (CREDENTIAL_CONCEPTS as readonly string[]).includes(word);
}

/**
 * Each catalogue signal with its patterns from every language, slots filled in. A `noun:` signal of a
 * concept is one alternation of that concept's nouns, so that a noun is one hit however many
 * languages list it.
 */
export function assembleSignals(languages: readonly LanguagePhrases[], lexicon: Lexicon): SignalDefinition[] {
  return SIGNAL_CATALOGUE.map((meaning): SignalDefinition => {
    const name = signalName(meaning.key);
    const concept = name.slice('noun:'.length);
    if (meaning.family === 'reference' && isConcept(concept)) {
      return { ...meaning, name, patterns: [anyOf(lexicon.credentialNouns[concept])], patternLanguages: [] };
    }
    const sources = languages.flatMap((phrases) => (phrases.signals[meaning.key] ?? []).map((source) => ({ source, language: phrases.language })));
    if (sources.length === 0) throw new Error(`intent signal ${meaning.key}: no language has a pattern for it`);
    return {
      ...meaning,
      name,
      patterns: sources.map(({ source }) => lexicon.fillSlots(source)),
      patternLanguages: sources.map(({ language }) => language),
    };
  });
}

export const ALL_SIGNALS: readonly SignalDefinition[] = assembleSignals(LANGUAGES, LEXICON);

const PATTERN_INDEX = buildPatternIndex(ALL_SIGNALS);
const OTHER_DELIVERABLE_PATTERN = new RegExp(`\\b${LEXICON.otherDeliverables}\\b`, 'g');

/** How far back in its clause a negation or hedge still governs an affirmative verb. */
const CLAUSE_LOOKBACK = 48;

function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - CLAUSE_LOOKBACK), start);
  let clauseStart = 0;
  for (const restart of window.matchAll(LEXICON.clauseRestart)) clauseStart = restart.index + restart[0].length - 1;
  return window.slice(clauseStart);
}

function isUndone(signal: SignalDefinition, text: string, start: number, end: number): boolean {
  if (!signal.blockedBy) return false;
  const scope = `${clauseBefore(text, start)} ${text.slice(start, end)}`;
  if (LEXICON.negation.test(scope)) return true;
  return signal.blockedBy === 'negation_or_hedge' && LEXICON.hedge.test(scope);
}

function findSpans(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

const ONLY_STOPS = /^[ .]*$/;

/** Normalised text holds only words, single spaces and " . " between sentences. */
function isOnlyStops(text: string): boolean {
  return ONLY_STOPS.test(text);
}

function isSentenceStart(text: string, start: number): boolean {
  return start <= 1 || text.startsWith(' . ', start - 3);
}

function isSentenceEnd(text: string, end: number): boolean {
  return end >= text.length - 1 || text.startsWith(' .', end);
}

/**
 * Whether a match starting at `start` could fill what the signal must fill, before trying it.
 * Normalising drops whatever precedes the first word, which therefore starts right after the
 * leading space.
 */
function canStartFill(signal: SignalDefinition, text: string, start: number): boolean {
  if (signal.fills === 'message') return start <= 1;
  if (signal.fills === 'sentence') return isSentenceStart(text, start);
  return true;
}

function endsFill(signal: SignalDefinition, text: string, end: number): boolean {
  if (signal.fills === 'message') return isOnlyStops(text.slice(end));
  if (signal.fills === 'sentence') return isSentenceEnd(text, end);
  return true;
}

/** Tries a pattern at `from`; a match is reported as starting at `start` (earlier for noun-led patterns). */
function tryAt(compiled: CompiledPattern, text: string, start: number, from: number, hits: SignalHit[]): void {
  const { signal } = compiled;
  if (!canStartFill(signal, text, start)) return;
  // test() rather than exec(): a sticky expression leaves its end in lastIndex, with no match array to build.
  compiled.expression.lastIndex = from;
  if (!compiled.expression.test(text)) return;
  const end = compiled.expression.lastIndex;
  if (!endsFill(signal, text, end)) return;
  if (!isUndone(signal, text, start, end)) hits.push({ signal, start, end, language: compiled.language });
}

interface Words {
  starts: number[];
  /** What the index holds for each word's key (see intent-pattern-keys); undefined when nothing. */
  entries: (PatternsForKey | undefined)[];
}

function splitWords(normalised: string): Words {
  const words: Words = { starts: [], entries: [] };
  for (let start = 0; start < normalised.length; start++) {
    if (!isWordChar(normalised.charCodeAt(start)) || (start > 0 && isWordChar(normalised.charCodeAt(start - 1)))) continue;
    let wordEnd = start;
    while (wordEnd < normalised.length && isWordChar(normalised.charCodeAt(wordEnd))) wordEnd++;
    words.starts.push(start);
    words.entries.push(PATTERN_INDEX.byKey.get(keyOfWord(normalised.slice(start, wordEnd))));
    start = wordEnd;
  }
  return words;
}

/**
 * Which required words (see intent-pattern-index) the message being read holds, and where last.
 * Messages are numbered so that marks an earlier message left are told apart without clearing them:
 * clearing would visit every required word per message.
 */
interface RequiredWordMarks {
  messagesRead: number;
  /** By required word id: the number of the last message found to hold the word (0: none yet). */
  heldByMessage: Float64Array;
  /** By required word id: in that message, the index of the last word that is this one. */
  lastWordIndex: Int32Array;
}

/** Marks the required words this message holds, each at its last occurrence; returns the message's number. */
function markRequiredWords(marks: RequiredWordMarks, entries: readonly (PatternsForKey | undefined)[]): number {
  const message = ++marks.messagesRead;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (!entry) continue;
    for (const word of entry.requiredWords) {
      marks.heldByMessage[word.id] = message;
      marks.lastWordIndex[word.id] = index;
    }
  }
  return message;
}

/** Whether every word the pattern requires comes after the word it would be tried at. */
function requiredWordsFollow(compiled: CompiledPattern, marks: RequiredWordMarks, message: number, wordIndex: number): boolean {
  for (const word of compiled.requiredWords) {
    if (marks.heldByMessage[word.id] !== message || marks.lastWordIndex[word.id]! <= wordIndex) return false;
  }
  return true;
}

/** Every signal occurrence in normalised text (see classify-normalise for its form). */
export type SignalDetector = (normalised: string) => Detection;

/**
 * A detector with marks of its own. Message numbers are doubles, exact far beyond any process's
 * lifetime of messages.
 */
export function createSignalDetector(): SignalDetector {
  const marks: RequiredWordMarks = {
    messagesRead: 0,
    heldByMessage: new Float64Array(PATTERN_INDEX.requiredWordCount),
    lastWordIndex: new Int32Array(PATTERN_INDEX.requiredWordCount),
  };
  return (normalised) => detectWithMarks(normalised, marks);
}

function detectWithMarks(normalised: string, marks: RequiredWordMarks): Detection {
  const hits: SignalHit[] = [];
  const { starts, entries } = splitWords(normalised);
  const message = markRequiredWords(marks, entries);
  for (let word = 0; word < starts.length; word++) {
    const entry = entries[word];
    if (!entry) continue;
    const start = starts[word]!;
    for (const noun of entry.nouns) if (requiredWordsFollow(noun, marks, message, word)) tryAt(noun, normalised, start, start, hits);
  }
  // Descriptions ("proof of completion") count as nouns here too: "proof of completion is missing".
  const nouns = [...hits];
  const lastNounStart = nouns.length === 0 ? -1 : nouns[nouns.length - 1]!.start;
  for (let word = 0; word < starts.length; word++) {
    const entry = entries[word];
    if (!entry) continue;
    const start = starts[word]!;
    for (const candidate of entry.patterns) {
      if (candidate.needsNounAhead && start > lastNounStart) continue;
      if (requiredWordsFollow(candidate, marks, message, word)) tryAt(candidate, normalised, start, start, hits);
    }
  }
  if (nouns.length > 0) {
    const afterNouns = new Set(PATTERN_INDEX.afterNounsAlways);
    for (const entry of entries) if (entry) for (const candidate of entry.afterNouns) afterNouns.add(candidate);
    for (const noun of nouns) for (const candidate of afterNouns) tryAt(candidate, normalised, noun.start, noun.end, hits);
  }
  const needsOtherDeliverables = hits.some((hit) => hit.signal.family === 'missing' && !hit.signal.namesCredential);
  return { hits, otherDeliverables: needsOtherDeliverables ? findSpans(OTHER_DELIVERABLE_PATTERN, normalised) : [] };
}
