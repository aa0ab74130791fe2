/**
 * Scores the intent classifier against the labelled corpus: `npm run eval:intent [-- --json]`.
 * Exits 1 only when the corpus itself is malformed; poor figures are for people to read.
 *
 * The classifier has been tuned on this whole corpus, so these figures guard against regressions;
 * they do not estimate accuracy on unseen messages. Measure that on messages written afterwards,
 * before changing the lexicon for them.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { classifyMessage } from '../src/core/intent/classify.ts';
import {
  CORPUS_LANGUAGES,
  type LabelledMessage,
  type Scores,
  evaluate,
  parseCorpus,
} from '../src/core/intent/intent-evaluation.ts';

const CORPUS_URL = new URL('../test/fixtures/intent-corpus.jsonl', import.meta.url);
/**
 * Messages written blind and never tuned on: the one estimate of accuracy on unseen messages. Read its
 * figures, not its errors; a rule written for one of them spoils it (then move it into the corpus and write
 * a new held-out set).
 */
const HOLDOUT_URL = new URL('../test/fixtures/intent-holdout.jsonl', import.meta.url);
/** V8 compiles and optimises the classifier's expressions over its first second or so of work. */
const WARM_UP_MS = 1000;
const THROUGHPUT_SAMPLE_MS = 1000;

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Messages classified per second of this process's CPU time, so that other work on a shared machine
 * does not count against the classifier.
 */
function classifyRepeatedly(messages: readonly LabelledMessage[], forMs: number): number {
  let classified = 0;
  const startedAt = performance.now();
  const cpuAtStart = cpuSeconds();
  while (performance.now() - startedAt < forMs) {
    for (const message of messages) classifyMessage(message.text);
    classified += messages.length;
  }
  return classified / (cpuSeconds() - cpuAtStart);
}

function measureThroughput(messages: readonly LabelledMessage[]): number {
  classifyRepeatedly(messages, WARM_UP_MS);
  return Math.round(classifyRepeatedly(messages, THROUGHPUT_SAMPLE_MS));
}

function formatRow(name: string, scores: Scores): string {
  const counts = [scores.total, scores.truePositives, scores.falsePositives, scores.falseNegatives, scores.trueNegatives]
    .map((count) => String(count).padStart(5))
    .join(' ');
  const ratios = [scores.precision, scores.recall, scores.f1].map((ratio) => ratio.toFixed(3).padStart(9)).join(' ');
  return `${name.padEnd(12)} ${counts} ${ratios}`;
}

function round(scores: Scores): Scores {
  const three = (ratio: number) => Math.round(ratio * 1000) / 1000;
  return { ...scores, precision: three(scores.precision), recall: three(scores.recall), f1: three(scores.f1) };
}

async function main(): Promise<number> {
  const parsed = parseCorpus(await readFile(CORPUS_URL, 'utf8'));
  if (!parsed.ok) {
    process.stderr.write(`intent corpus is malformed at line ${parsed.line}: ${parsed.reason}\n`);
    return 1;
  }
  const { messages } = parsed;
  const overall = evaluate(messages, classifyMessage);
  const groups: [string, readonly LabelledMessage[]][] = [
    ['all', messages],
    ...CORPUS_LANGUAGES.map((lang): [string, LabelledMessage[]] => [lang, messages.filter((m) => m.lang === lang)]),
  ];
  const figures = Object.fromEntries(groups.map(([name, group]) => [name, evaluate(group, classifyMessage).scores]));
  const holdout = parseCorpus(await readFile(HOLDOUT_URL, 'utf8'));
  if (!holdout.ok) {
    process.stderr.write(`intent holdout is malformed at line ${holdout.line}: ${holdout.reason}\n`);
    return 1;
  }
  figures['held out'] = evaluate(holdout.messages, classifyMessage).scores;
  const messagesPerSecond = measureThroughput(messages);

  if (process.argv.includes('--json')) {
    const rounded = Object.fromEntries(Object.entries(figures).map(([name, scores]) => [name, round(scores)]));
    process.stdout.write(`${JSON.stringify({ ...rounded, messagesPerSecond })}\n`);
    return 0;
  }

  const lines = [`${'group'.padEnd(12)} ${['total', 'TP', 'FP', 'FN', 'TN'].map((h) => h.padStart(5)).join(' ')} ${['precision', 'recall', 'F1'].map((h) => h.padStart(9)).join(' ')}`];
  for (const [name, scores] of Object.entries(figures)) lines.push(formatRow(name, scores));
  lines.push('(held out: never tuned on; its errors are deliberately not listed)', '', `throughput: ${messagesPerSecond} messages per CPU-second (one core)`, '');
  lines.push(overall.misclassified.length === 0 ? 'no misclassified messages' : `misclassified (${overall.misclassified.length}):`);
  for (const { message, classification } of overall.misclassified) {
    const preview = message.text.replace(/\s+/g, ' ').slice(0, 120);
    lines.push(
      `  line ${message.line} [${message.lang}] label=${message.label} predicted=${classification.intent} ` +
        `confidence=${classification.confidence.toFixed(3)} reasons=${classification.reasons.join(',') || '-'}`,
      `    ${preview}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = await main();
