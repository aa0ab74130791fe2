import type { Classification, Intent } from './classify.ts';

/**
 * Reading the labelled intent corpus and scoring a classifier against it. Shared by the evaluation
 * script and the regression test so both judge the classifier by the same rules.
 */

export const CORPUS_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ru'] as const;
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];

export interface LabelledMessage {
  text: string;
  label: Intent;
  /** One of CORPUS_LANGUAGES in our own sets; an outside set may hold others. */
  lang: string;
  note?: string;
  /** 1-based line in the corpus file. */
  line: number;
}

export type CorpusParse =
  | { ok: true; messages: LabelledMessage[] }
  | { ok: false; line: number; reason: string };

const INTENTS: readonly string[] = ['missing_credential', 'other'] satisfies Intent[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ParseOptions {
  /**
   * An outside set (real messages gathered elsewhere) may carry other fields, such as where a message
   * was found, and other languages; our own sets may not, so that a typo in a field name is caught.
   */
  outside?: boolean;
}

/** Parses JSON Lines; blank lines are allowed, anything else malformed stops at its line. */
export function parseCorpus(jsonl: string, { outside = false }: ParseOptions = {}): CorpusParse {
  const messages: LabelledMessage[] = [];
  const lines = jsonl.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.trim();
    const line = index + 1;
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, line, reason: 'not valid JSON' };
    }
    if (!isRecord(value)) return { ok: false, line, reason: 'not a JSON object' };
    const { text, label, lang, note } = value;
    if (typeof text !== 'string' || text.trim() === '') return { ok: false, line, reason: '"text" must be a non-empty string' };
    if (typeof label !== 'string' || !INTENTS.includes(label)) {
      return { ok: false, line, reason: `"label" must be one of ${INTENTS.join(', ')}` };
    }
    if (typeof lang !== 'string' || (outside ? lang.trim() === '' : !(CORPUS_LANGUAGES as readonly string[]).includes(lang))) {
      return { ok: false, line, reason: outside ? '"lang" must be a language code' : `"lang" must be one of ${CORPUS_LANGUAGES.join(', ')}` };
    }
    if (note !== undefined && typeof note !== 'string') return { ok: false, line, reason: '"note" must be a string' };
    const unknownKeys = Object.keys(value).filter((key) => !['text', 'label', 'lang', 'note'].includes(key));
    if (unknownKeys.length > 0 && !outside) return { ok: false, line, reason: `unexpected field ${unknownKeys.join(', ')}` };
    messages.push({
      text,
      label: label as Intent,
      lang,
      line,
      ...(note === undefined ? {} : { note }),
    });
  }
  if (messages.length === 0) return { ok: false, line: 1, reason: 'the corpus has no messages' };
  return { ok: true, messages };
}

export interface Misclassification {
  message: LabelledMessage;
  classification: Classification;
}

export interface Scores {
  total: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ReliabilityBin {
  /** Confidence from (inclusive) … to (exclusive; the last bin includes 1). */
  from: number;
  to: number;
  messages: number;
  /** How many of them are labelled requests. */
  requests: number;
  meanConfidence: number;
}

export interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  /** A message counts as recognised when its band is `act` or `suggest`. */
  scores: Scores;
  /** A message counts as recognised only when credbot would answer it on its own. */
  act: Scores;
  byLanguage: { lang: string; scores: Scores; act: Scores }[];
  reliability: ReliabilityBin[];
  /** Precision and recall if every message at or above the threshold were recognised. */
  curve: CurvePoint[];
  misclassified: Misclassification[];
}

function score(outcomes: readonly { predicted: boolean; actual: boolean }[]): Scores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const { predicted, actual } of outcomes) {
    if (predicted && actual) truePositives++;
    else if (predicted) falsePositives++;
    else if (actual) falseNegatives++;
    else trueNegatives++;
  }
  // With nothing predicted (or nothing to find) there is nothing to be wrong about.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { total: outcomes.length, truePositives, falsePositives, falseNegatives, trueNegatives, precision, recall, f1 };
}

const RELIABILITY_EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const CURVE_THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

interface Judged {
  message: LabelledMessage;
  classification: Classification;
  actual: boolean;
}

function reliabilityOf(judged: readonly Judged[]): ReliabilityBin[] {
  return RELIABILITY_EDGES.slice(0, -1).map((from, index) => {
    const to = RELIABILITY_EDGES[index + 1]!;
    const last = index === RELIABILITY_EDGES.length - 2;
    const inBin = judged.filter(({ classification: { confidence } }) => confidence >= from && (confidence < to || (last && confidence <= to)));
    const meanConfidence = inBin.length === 0 ? 0 : inBin.reduce((sum, item) => sum + item.classification.confidence, 0) / inBin.length;
    return { from, to, messages: inBin.length, requests: inBin.filter((item) => item.actual).length, meanConfidence };
  });
}

/** `missing_credential` is the positive class: a false positive sends a learner an unwanted reply. */
export function evaluate(
  messages: readonly LabelledMessage[],
  classify: (text: string) => Classification,
): Evaluation {
  const judged: Judged[] = messages.map((message) => ({
    message,
    classification: classify(message.text),
    actual: message.label === 'missing_credential',
  }));
  const intentOutcomes = (items: readonly Judged[]) =>
    items.map((item) => ({ predicted: item.classification.intent === 'missing_credential', actual: item.actual }));
  const actOutcomes = (items: readonly Judged[]) => items.map((item) => ({ predicted: item.classification.band === 'act', actual: item.actual }));
  const languages = [...new Set(messages.map((message) => message.lang))].sort();
  return {
    scores: score(intentOutcomes(judged)),
    act: score(actOutcomes(judged)),
    byLanguage: languages.map((lang) => {
      const inLanguage = judged.filter((item) => item.message.lang === lang);
      return { lang, scores: score(intentOutcomes(inLanguage)), act: score(actOutcomes(inLanguage)) };
    }),
    reliability: reliabilityOf(judged),
    curve: CURVE_THRESHOLDS.map((threshold) => {
      const { precision, recall } = score(judged.map((item) => ({ predicted: item.classification.confidence >= threshold, actual: item.actual })));
      return { threshold, precision, recall };
    }),
    misclassified: judged
      .filter((item) => (item.classification.intent === 'missing_credential') !== item.actual)
      .map(({ message, classification }) => ({ message, classification })),
  };
}
