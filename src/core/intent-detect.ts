import {
  CLAUSE_RESTART,
  CREDENTIAL_NOUN,
  CREDENTIAL_NOUNS,
  HEDGE,
  NEGATION,
  OTHER_DELIVERABLES,
  anyOf,
} from './intent-lexicon.ts';
import type { SignalDefinition } from './intent-signals.ts';
import { IMPLIED_REFERENCE_SIGNALS, MISSING_SIGNALS, SUPPORT_SIGNALS } from './intent-signals-missing.ts';
import {
  AUDIENCE_SIGNALS,
  RESOLUTION_SIGNALS,
  SENSE_SIGNALS,
  WORKFLOW_SIGNALS,
} from './intent-signals-other.ts';

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
  patterns: nouns,
}));

export const ALL_SIGNALS: readonly SignalDefinition[] = [
  ...REFERENCE_SIGNALS,
  ...IMPLIED_REFERENCE_SIGNALS,
  ...MISSING_SIGNALS,
  ...SUPPORT_SIGNALS,
  ...RESOLUTION_SIGNALS,
  ...SENSE_SIGNALS,
  ...AUDIENCE_SIGNALS,
  ...WORKFLOW_SIGNALS,
];

interface CompiledPattern {
  expression: RegExp;
  /** Begins with a credential noun, so it is tried only where one was found. */
  startsAtNoun: boolean;
}

interface CompiledSignal {
  signal: SignalDefinition;
  /**
   * One expression per pattern, not one alternation per signal: V8 scans a short expression with a
   * literal start many times faster than a long alternation, which it must try at every position.
   */
  patterns: CompiledPattern[];
}

function compilePattern(source: string): CompiledPattern {
  // A pattern opening with the noun alternation has no literal start to scan for; anchoring it
  // (sticky) at the few places a noun occurs costs a fraction of scanning the whole message.
  if (source.startsWith(CREDENTIAL_NOUN)) return { expression: new RegExp(`${anyOf([source])}\\b`, 'y'), startsAtNoun: true };
  return { expression: new RegExp(`\\b${anyOf([source])}\\b`, 'g'), startsAtNoun: false };
}

// Compiled once at load: classification runs on every incoming message.
const COMPILED: readonly CompiledSignal[] = ALL_SIGNALS.map((signal) => ({
  signal,
  patterns: signal.patterns.map(compilePattern),
}));
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

function findSpansFrom(pattern: RegExp, text: string, starts: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (const start of starts) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) spans.push({ start, end: start + match[0].length });
  }
  return spans;
}

/**
 * Every signal occurrence in normalised text. Credential nouns are declared first, so their
 * positions are known before the patterns anchored on them run.
 */
export function detectSignals(normalised: string): Detection {
  const hits: SignalHit[] = [];
  const nounStarts: number[] = [];
  for (const { signal, patterns } of COMPILED) {
    for (const { expression, startsAtNoun } of patterns) {
      if (startsAtNoun && nounStarts.length === 0) continue;
      const spans = startsAtNoun ? findSpansFrom(expression, normalised, nounStarts) : findSpans(expression, normalised);
      for (const span of spans) {
        if (isUndone(signal, normalised, span.start, span.end)) continue;
        hits.push({ signal, ...span });
        if (signal.family === 'reference') nounStarts.push(span.start);
      }
    }
  }
  const needsOtherDeliverables = hits.some((hit) => hit.signal.family === 'missing' && !hit.signal.namesCredential);
  return { hits, otherDeliverables: needsOtherDeliverables ? findSpans(OTHER_DELIVERABLE_PATTERN, normalised) : [] };
}
