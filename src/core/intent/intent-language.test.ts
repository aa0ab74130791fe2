import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIntentClassifier } from './classify.ts';
import { parseCorpus } from './intent-evaluation.ts';
import { TRAINED_INTENT_MODEL } from './intent-model-default.ts';

const classifier = createIntentClassifier(TRAINED_INTENT_MODEL);
const languageOf = (text: string) => classifier.classify(text).language;

const FIXTURES = new URL('../../../test/fixtures/intent/', import.meta.url);

/** Every labelled request of our own sets, with the language it was written in. */
function labelledRequests() {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => {
      const parsed = parseCorpus(readFileSync(new URL(file, FIXTURES), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}:${parsed.line}: ${parsed.reason}`);
      return parsed.messages.filter((message) => message.label === 'missing_credential');
    });
}

describe('the language a message is read in', () => {
  it.each([
    ['es', 'Hola, no me llegó el certificado del curso de Excel.'],
    ['pt', 'Oi, terminei o curso mas não recebi meu certificado.'],
    ['fr', 'Bonjour, je n’ai jamais reçu mon attestation de formation.'],
    ['de', 'Hallo, ich habe mein Zertifikat für den Kurs nie bekommen.'],
    ['en', 'Hi, I never received my certificate for the Excel course.'],
    ['ru', 'Здравствуйте, я так и не получил мой сертификат за курс.'],
  ])('is %s for a request written in it', (language, text) => {
    expect(languageOf(text)).toBe(language);
  });

  it('is none for a message too short to tell, or that mixes languages evenly', () => {
    expect(languageOf('certificado??')).toBeNull();
    expect(languageOf('maria.lopez@example.com')).toBeNull();
  });

  it('is the request’s, for most requests of the labelled corpus, and rarely another’s', () => {
    const byLanguage = new Map<string, { messages: number; right: number; wrong: number }>();
    for (const { text, lang } of labelledRequests()) {
      const read = languageOf(text);
      const counts = byLanguage.get(lang) ?? { messages: 0, right: 0, wrong: 0 };
      counts.messages++;
      if (read === lang) counts.right++;
      else if (read !== null) counts.wrong++;
      byLanguage.set(lang, counts);
    }
    expect([...byLanguage.keys()].sort()).toEqual(['de', 'en', 'es', 'fr', 'pt', 'ru']);
    for (const [lang, { messages, right, wrong }] of byLanguage) {
      expect(right / messages, `${lang}: read as ${lang}`).toBeGreaterThanOrEqual(0.95);
      // An English learner answered in another language would be the worse mistake: English stays near none.
      expect(wrong / messages, `${lang}: read as another language`).toBeLessThanOrEqual(lang === 'en' ? 0.005 : 0.02);
    }
  });
});
