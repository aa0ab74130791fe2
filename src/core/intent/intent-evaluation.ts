import type { Classification, Intent } from './classify.ts';

/**
 * Reading the labelled intent corpus and scoring a classifier against it. Shared by the evaluation
 * script and the regression test so both judge the classifier by the same rules.
 */

export const CORPUS_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de'] as const;
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];

export interface LabelledMessage {
  text: string;
  label: Intent;
  lang: CorpusLanguage;
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

/** Parses JSON Lines; blank lines are allowed, anything else malformed stops at its line. */
export function parseCorpus(jsonl: string): CorpusParse {
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
    if (typeof lang !== 'string' || !(CORPUS_LANGUAGES as readonly string[]).includes(lang)) {
      return { ok: false, line, reason: `"lang" must be one of ${CORPUS_LANGUAGES.join(', ')}` };
    }
    if (note !== undefined && typeof note !== 'string') return { ok: false, line, reason: '"note" must be a string' };
    const unknownKeys = Object.keys(value).filter((key) => !['text', 'label', 'lang', 'note'].includes(key));
    if (unknownKeys.length > 0) return { ok: false, line, reason: `unexpected field ${unknownKeys.join(', ')}` };
    messages.push({
      text,
      label: label as Intent,
      lang: lang as CorpusLanguage,
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

export interface Evaluation {
  scores: Scores;
  misclassified: Misclassification[];
}

/** `missing_credential` is the positive class: a false positive sends a learner an unwanted reply. */
export function evaluate(
  messages: readonly LabelledMessage[],
  classify: (text: string) => Classification,
): Evaluation {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  const misclassified: Misclassification[] = [];
  for (const message of messages) {
    const classification = classify(message.text);
    const predictedPositive = classification.intent === 'missing_credential';
    const actuallyPositive = message.label === 'missing_credential';
    if (predictedPositive && actuallyPositive) truePositives++;
    else if (predictedPositive) falsePositives++;
    else if (actuallyPositive) falseNegatives++;
    else trueNegatives++;
    if (predictedPositive !== actuallyPositive) misclassified.push({ message, classification });
  }
  // With nothing predicted (or nothing to find) there is nothing to be wrong about.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    scores: {
      total: messages.length,
      truePositives,
      falsePositives,
      falseNegatives,
      trueNegatives,
      precision,
      recall,
      f1,
    },
    misclassified,
  };
}
