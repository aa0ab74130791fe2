import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageReading } from './intent-features.ts';
import { createIntentReader } from './intent-reader.ts';

const CORPUS_URL = new URL('../../../test/fixtures/intent/corpus-support-desk.jsonl', import.meta.url);

/** Enough messages, in all five languages, for readers to have left marks and memos all over. */
function corpusTexts(count: number): string[] {
  const lines = readFileSync(CORPUS_URL, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const texts = lines.map((line) => (JSON.parse(line) as { text: string }).text);
  const every = Math.max(1, Math.floor(texts.length / count));
  return texts.filter((_, index) => index % every === 0);
}

function summary(reading: MessageReading): string {
  const hits = reading.detection.hits.map((hit) => `${hit.signal.name}@${hit.start}-${hit.end}`);
  return JSON.stringify([reading.normalised, hits, reading.detection.otherDeliverables, reading.namedInThread, reading.readQuotedThread]);
}

describe('createIntentReader', () => {
  it('reads each message the same whatever it or another reader read before', () => {
    const texts = corpusTexts(300);
    const alone = texts.map((text) => summary(createIntentReader().readMessage(text)));
    const first = createIntentReader();
    const second = createIntentReader();
    // Interleaved, and in opposite orders, so that one reader's marks or memo would show in the other's.
    const interleaved = new Array<string>(texts.length);
    for (let index = 0; index < texts.length; index++) {
      const last = texts.length - 1 - index;
      interleaved[index] = summary(first.readMessage(texts[index]!));
      expect(summary(second.readMessage(texts[last]!))).toBe(alone[last]);
    }
    expect(interleaved).toEqual(alone);
  });

  it('reads the quoted thread when the reply says only what is happening', () => {
    const reading = createIntentReader().readMessage(
      "I still don't have it.\n\nOn Tue, 4 Mar 2025, Ana <ana@example.com> wrote:\n> Where is my certificate?",
    );
    expect(reading.namedInThread).toBe(true);
    expect(reading.readQuotedThread).toBe(true);
  });

  it('spells Cyrillic in Latin letters, so Russian phrases are written against the same ASCII as the others', () => {
    expect(createIntentReader().readMessage('Где мой сертификат? Курс пройден.').normalised).toBe(' gde moi sertifikat . kurs proiden . ');
  });
});
