import {
  CLAUSE_RESTART,
  CREDENTIAL_NOUN,
  CREDENTIAL_NOUNS,
  HEDGE,
  NEGATION,
  OTHER_DELIVERABLES,
  anyOf,
} from './intent-lexicon.ts';
import { keyOfWord, patternKeys } from './intent-pattern-keys.ts';
import type { SignalDefinition } from './intent-signals.ts';
import { ASKING_SIGNALS } from './intent-signals-asking.ts';
import { AUDIENCE_SIGNALS } from './intent-signals-audience.ts';
import { IMPLIED_REFERENCE_SIGNALS, SUPPORT_SIGNALS } from './intent-signals-context.ts';
import { LOST_SIGNALS } from './intent-signals-lost.ts';
import { MISSING_SIGNALS } from './intent-signals-missing.ts';
import { SENSE_SIGNALS } from './intent-signals-sense.ts';
import { RESOLUTION_SIGNALS } from './intent-signals-settled.ts';
import { WORKFLOW_SIGNALS } from './intent-signals-workflow.ts';

export interface Span {
  start: number;
  end: number;
}

export interface SignalHit extends Span {
  signal: SignalDefinition;
}

export interface Detection {
  hits: SignalHit[];
  /** Mentions of things other than a credential that can also fail to arrive (an invoice, a reset link). */
  otherDeliverables: Span[];
}

const REFERENCE_SIGNALS: readonly SignalDefinition[] = Object.entries(CREDENTIAL_NOUNS).map(([concept, nouns]) => ({
  name: `noun:${concept}`,
  family: 'reference',
  weight: 0,
  patterns: [anyOf(nouns)],
}));

export const ALL_SIGNALS: readonly SignalDefinition[] = [
  ...REFERENCE_SIGNALS,
  ...IMPLIED_REFERENCE_SIGNALS,
  ...MISSING_SIGNALS,
  ...LOST_SIGNALS,
  ...ASKING_SIGNALS,
  ...SUPPORT_SIGNALS,
  ...RESOLUTION_SIGNALS,
  ...SENSE_SIGNALS,
  ...AUDIENCE_SIGNALS,
  ...WORKFLOW_SIGNALS,
];

interface CompiledPattern {
  signal: SignalDefinition;
  /** Sticky: it is tried at one word start at a time. */
  expression: RegExp;
}

/**
 * Patterns grouped by the words they can start with (see intent-pattern-keys), built once at load.
 * A message is read word by word and only the patterns that can start at a word are tried there.
 */
const PATTERNS_BY_KEY = new Map<string, CompiledPattern[]>();
/**
 * Patterns that open with the credential noun, compiled without it. Their keys ("con" for
 * "constancia", "com" for "comprovante") would send every "como" through them, so only what follows
 * the noun is tried, right after each credential noun found.
 */
const PATTERNS_AFTER_NOUNS: CompiledPattern[] = [];
for (const signal of ALL_SIGNALS) {
  for (const source of signal.patterns) {
    if (signal.family !== 'reference' && source.startsWith(CREDENTIAL_NOUN)) {
      const rest = source.slice(CREDENTIAL_NOUN.length);
      PATTERNS_AFTER_NOUNS.push({ signal, expression: new RegExp(`(?:${rest})\\b`, 'y') });
      continue;
    }
    const compiled: CompiledPattern = { signal, expression: new RegExp(`(?:${source})\\b`, 'y') };
    for (const key of patternKeys(source)) {
      const bucket = PATTERNS_BY_KEY.get(key);
      if (bucket) bucket.push(compiled);
      else PATTERNS_BY_KEY.set(key, [compiled]);
    }
  }
}
const OTHER_DELIVERABLE_PATTERN = new RegExp(`\\b${OTHER_DELIVERABLES}\\b`, 'g');

/** How far back in its clause a negation or hedge still governs an affirmative verb. */
const CLAUSE_LOOKBACK = 48;

function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - CLAUSE_LOOKBACK), start);
  let clauseStart = 0;
  for (const restart of window.matchAll(CLAUSE_RESTART)) clauseStart = restart.index + restart[0].length - 1;
  return window.slice(clauseStart);
}

function isUndone(signal: SignalDefinition, text: string, start: number, end: number): boolean {
  if (!signal.blockedBy) return false;
  const scope = `${clauseBefore(text, start)} ${text.slice(start, end)}`;
  if (NEGATION.test(scope)) return true;
  return signal.blockedBy === 'negation_or_hedge' && HEDGE.test(scope);
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

/** Tries a pattern at `from`; a match is reported as starting at `start` (earlier for noun-led patterns). */
function tryAt(compiled: CompiledPattern, text: string, start: number, from: number, hits: SignalHit[]): void {
  compiled.expression.lastIndex = from;
  const match = compiled.expression.exec(text);
  if (!match) return;
  const end = from + match[0].length;
  if (!isUndone(compiled.signal, text, start, end)) hits.push({ signal: compiled.signal, start, end });
}

/** Every signal occurrence in normalised text (see classify-normalise for its form). */
export function detectSignals(normalised: string): Detection {
  const hits: SignalHit[] = [];
  for (let start = 0; start < normalised.length; start++) {
    if (!isWordChar(normalised.charCodeAt(start)) || (start > 0 && isWordChar(normalised.charCodeAt(start - 1)))) continue;
    let wordEnd = start;
    while (wordEnd < normalised.length && isWordChar(normalised.charCodeAt(wordEnd))) wordEnd++;
    const candidates = PATTERNS_BY_KEY.get(keyOfWord(normalised.slice(start, wordEnd)));
    if (candidates) for (const candidate of candidates) tryAt(candidate, normalised, start, start, hits);
    start = wordEnd;
  }
  for (const noun of hits.filter((hit) => hit.signal.family === 'reference')) {
    for (const candidate of PATTERNS_AFTER_NOUNS) tryAt(candidate, normalised, noun.start, noun.end, hits);
  }
  const needsOtherDeliverables = hits.some((hit) => hit.signal.family === 'missing' && !hit.signal.namesCredential);
  return { hits, otherDeliverables: needsOtherDeliverables ? findSpans(OTHER_DELIVERABLE_PATTERN, normalised) : [] };
}
