import {
  CLAUSE_RESTART,
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

interface CompiledSignal {
  signal: SignalDefinition;
  pattern: RegExp;
}

function compileAlternation(sources: readonly string[]): RegExp {
  return new RegExp(`\\b${anyOf(sources)}\\b`, 'g');
}

// Compiled once at load: classification runs on every incoming message.
const COMPILED: readonly CompiledSignal[] = ALL_SIGNALS.map((signal) => ({
  signal,
  pattern: compileAlternation(signal.patterns),
}));
const OTHER_DELIVERABLE_PATTERN = compileAlternation([OTHER_DELIVERABLES]);

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
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}

/** Every signal occurrence in normalised text, in the order the signals are declared. */
export function detectSignals(normalised: string): Detection {
  const hits: SignalHit[] = [];
  for (const { signal, pattern } of COMPILED) {
    for (const span of findSpans(pattern, normalised)) {
      if (!isUndone(signal, normalised, span.start, span.end)) hits.push({ signal, ...span });
    }
  }
  return { hits, otherDeliverables: findSpans(OTHER_DELIVERABLE_PATTERN, normalised) };
}
