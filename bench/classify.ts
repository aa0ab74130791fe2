/**
 * `npm run bench:classify [-- --rounds 7 --seconds 1]`: how many messages the intent classifier handles per second on
 * one core, over the labelled corpus (test/fixtures/intent/corpus-*.jsonl). Warms up, then times whole passes
 * over the corpus for about `seconds` per round and reports the median round, per language too, and the
 * latency of single messages. Prints a table and one JSON line.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createIntentClassifier } from '../src/core/intent/classify.ts';
import { CORPUS_LANGUAGES, type LabelledMessage } from '../src/core/intent/intent-evaluation.ts';
import { TRAINED_INTENT_MODEL } from '../src/core/intent/intent-model-default.ts';
import { readLabelledSets } from '../scripts/lib/labelled-sets.ts';

const classifier = createIntentClassifier(TRAINED_INTENT_MODEL);
const WARM_UP_MS = 2_000;
const TARGET_MESSAGES_PER_SECOND = 20_000;

function parseOptions() {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, seconds: { type: 'string' } }, strict: true });
  const rounds = Number(values.rounds ?? 7);
  const seconds = Number(values.seconds ?? 1);
  if (!Number.isInteger(rounds) || rounds < 1 || !(seconds > 0)) throw new Error('usage: --rounds N --seconds S');
  return { rounds, roundMs: seconds * 1000 };
}

interface Rate {
  /** Messages per second of wall-clock time. */
  perSecond: number;
  /** Messages per second of this process's CPU time: what one core does when other processes share it. */
  perCpuSecond: number;
}

/** Classifies whole passes over `messages` for at least `durationMs`. */
function measureRound(messages: readonly LabelledMessage[], durationMs: number): Rate {
  let classified = 0;
  let sink = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (const message of messages) sink += classifier.classify(message.text).confidence;
    classified += messages.length;
    elapsed = performance.now() - started;
  }
  const cpu = process.cpuUsage(cpuBefore);
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return { perSecond: classified / (elapsed / 1000), perCpuSecond: classified / ((cpu.user + cpu.system) / 1e6) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Microseconds per message, each timed alone, over a few passes. */
function measureLatencies(messages: readonly LabelledMessage[], passes: number): number[] {
  const latencies: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const message of messages) {
      const started = performance.now();
      classifier.classify(message.text);
      latencies.push((performance.now() - started) * 1000);
    }
  }
  return latencies.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const { rounds, roundMs } = parseOptions();
  const messages = (await readLabelledSets('corpus')).flatMap((set) => set.messages);
  const loadBefore = loadavg()[0] ?? 0;

  measureRound(messages, WARM_UP_MS);
  const rates = Array.from({ length: rounds }, () => measureRound(messages, roundMs));
  const perRound = rates.map((rate) => rate.perSecond);
  const perCpuSecond = median(rates.map((rate) => rate.perCpuSecond));
  const perLanguage = Object.fromEntries(
    CORPUS_LANGUAGES.map((language) => {
      const subset = messages.filter((message) => message.lang === language);
      const languageRates = [1, 2, 3].map(() => measureRound(subset, roundMs / 2));
      return [
        language,
        {
          messages: subset.length,
          perSecond: Math.round(median(languageRates.map((rate) => rate.perSecond))),
          perCpuSecond: Math.round(median(languageRates.map((rate) => rate.perCpuSecond))),
        },
      ];
    }),
  );
  const latencies = measureLatencies(messages, 5);
  const averageLength = Math.round(messages.reduce((sum, message) => sum + message.text.length, 0) / messages.length);

  const result = {
    bench: 'classify',
    node: process.version,
    corpusMessages: messages.length,
    averageCharacters: averageLength,
    rounds,
    messagesPerSecond: {
      median: Math.round(median(perRound)),
      min: Math.round(Math.min(...perRound)),
      max: Math.round(Math.max(...perRound)),
    },
    messagesPerCpuSecond: Math.round(perCpuSecond),
    perLanguage,
    latencyMicroseconds: {
      p50: Number(percentile(latencies, 0.5).toFixed(1)),
      p99: Number(percentile(latencies, 0.99).toFixed(1)),
      max: Number((latencies[latencies.length - 1] ?? Number.NaN).toFixed(1)),
    },
    loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number((loadavg()[0] ?? 0).toFixed(2)) },
    targets: {
      atLeast20kMessagesPerSecond: median(perRound) >= TARGET_MESSAGES_PER_SECOND,
      atLeast20kMessagesPerCpuSecond: perCpuSecond >= TARGET_MESSAGES_PER_SECOND,
    },
  };

  const lines = [
    `classify over ${messages.length} corpus messages (${averageLength} characters on average), one core`,
    `messages/s   median ${result.messagesPerSecond.median}   min ${result.messagesPerSecond.min}   max ${result.messagesPerSecond.max}   (${rounds} rounds of ${roundMs} ms)`,
    `per CPU s    median ${result.messagesPerCpuSecond}   (the rate of one core this process had to itself)`,
    ...Object.entries(perLanguage).map(
      ([language, figures]) =>
        `  ${language}  ${String(figures.perSecond).padStart(8)} /s  ${String(figures.perCpuSecond).padStart(8)} /CPU s   (${figures.messages} messages)`,
    ),
    `latency µs   p50 ${result.latencyMicroseconds.p50}   p99 ${result.latencyMicroseconds.p99}   max ${result.latencyMicroseconds.max}`,
    `target ≥ ${TARGET_MESSAGES_PER_SECOND}/s: ${result.targets.atLeast20kMessagesPerSecond ? 'met' : 'missed'} (wall clock), ` +
      `${result.targets.atLeast20kMessagesPerCpuSecond ? 'met' : 'missed'} (per CPU second)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n${JSON.stringify(result)}\n`);
}

await main();
