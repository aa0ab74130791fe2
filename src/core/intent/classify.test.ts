import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTENT_THRESHOLDS, createIntentClassifier } from './classify.ts';
import { TRAINED_INTENT_MODEL } from './intent-model-default.ts';
import { createIntentNormaliser } from './classify-normalise.ts';
import { correctSpelling } from './classify-spelling.ts';
import { splitQuotedThread } from './classify-thread.ts';
import { ALL_SIGNALS } from './intent-detect.ts';
import { evaluate, parseCorpus } from './intent-evaluation.ts';
import { CREDENTIAL_NOUN } from './intent-lexicon.ts';
import { anchorKeys, requiresNoun } from './intent-pattern-index.ts';
import { keyOfWord, patternKeys } from './intent-pattern-keys.ts';
import { gap } from './phrases/pattern-parts.ts';

const CORPUS_URL = new URL('../../../test/fixtures/intent/corpus-support-desk.jsonl', import.meta.url);
const classifier = createIntentClassifier(TRAINED_INTENT_MODEL);
const classifyMessage = (text: string) => classifier.classify(text);
const normaliseForIntent = createIntentNormaliser();

function intentOf(text: string) {
  return classifyMessage(text).intent;
}

describe('classifyMessage', () => {
  describe('recognises a learner whose credential is missing', () => {
    it.each([
      ['en', 'Hello, I finished the Python course ten days ago and my certificate still has not arrived.'],
      ['es', 'Buenas, terminé el curso de liderazgo y nunca me llegó la insignia.'],
      ['pt', 'Oi, fiz o treinamento em maio e até hoje não recebi o certificado.'],
      ['fr', "Bonjour, je n'ai jamais reçu l'attestation de la formation sécurité."],
      ['de', 'Guten Tag, meine Teilnahmebescheinigung ist bis heute nicht bei mir angekommen.'],
      ['ru', 'Добрый день, курс закончился две недели назад, а сертификат мне так и не пришёл.'],
    ])('in %s', (_lang, text) => {
      expect(intentOf(text)).toBe('missing_credential');
    });

    it.each([
      'I lost the link to my badge, can you send it again?',
      'The link to my credential says it has expired.',
      'Where can I find my diploma from the spring cohort?',
      'Please resend my certificate, I deleted the email by accident.',
      'When will I get my award? The course ended last week.',
      "Can't find my cert anywhere, help",
      'Kindly share my certificate, I have not got it.',
      'Perdí el enlace de mi certificado.',
      'O link do meu badge está quebrado.',
      'Où est passé mon badge ?',
      'Wo bleibt mein Zertifikat?',
    ])('when they say "%s"', (text) => {
      expect(intentOf(text)).toBe('missing_credential');
    });

    it.each([
      'i havent recieved my certficate',
      'no he recibido mi certificado',
      'nao recebi meu certificado ainda',
      'je n ai pas recu mon certificat',
      'ich habe mein zertifkat nicht bekommen',
    ])('without accents, capitals or punctuation and with typos: "%s"', (text) => {
      expect(intentOf(text)).toBe('missing_credential');
    });

    it('when an email arrived but held no certificate', () => {
      expect(intentOf('I received an email but there was no certificate link in it.')).toBe('missing_credential');
    });

    it('when something else arrived but the certificate did not', () => {
      expect(intentOf('I got the invoice but not the certificate.')).toBe('missing_credential');
    });

    it('when they never received it, even if they also ask for a correction', () => {
      expect(intentOf('I never received my certificate, and my surname may be misspelled in your system.')).toBe(
        'missing_credential',
      );
    });

    it('when a complaint follows an earlier "got it"', () => {
      expect(intentOf('I received my badge, thanks, but the certificate never arrived.')).toBe('missing_credential');
    });

    it('in a long email with a greeting, an address and a signature', () => {
      const email = [
        'Dear Support,',
        '',
        'I attended the two-day Fire Warden training on 3 and 4 April. The trainer said certificates would follow by email.',
        'Three weeks later I still have not received mine. My address is olu.ade@example.com.',
        '',
        'Kind regards,',
        'Olu Ade',
        'Certified Safety Officer | Example Logistics',
      ].join('\n');
      expect(intentOf(email)).toBe('missing_credential');
    });

    it.each([
      ['en', 'Any news on my badge from the spring workshop?'],
      ['es', '¿Tienen alguna novedad sobre mi diploma?'],
      ['pt', 'Qual o andamento do meu certificado?'],
      ['fr', 'Avez-vous des nouvelles de mon attestation ?'],
      ['de', 'Wie ist der Stand bei meinem Zertifikat?'],
    ])('when they ask after it in %s', (_lang, text) => {
      expect(intentOf(text)).toBe('missing_credential');
    });

    it.each([
      'My employer wants proof of completion and I never got anything.',
      'Ich habe keinen Nachweis über den Kurs bekommen.',
    ])('when they name it by what it proves: "%s"', (text) => {
      expect(intentOf(text)).toBe('missing_credential');
    });

    it.each(['cert??', 'Zertifikat?', 'Checked my junk folder. No certificate. Course ended last Friday.'])(
      'when they leave the verb out: "%s"',
      (text) => {
        expect(intentOf(text)).toBe('missing_credential');
      },
    );

    it.each([
      'I did the course in May and you said a certificate would be emailed. It never was.',
      'Completed the course on Monday, nothing so far on the certificate.',
      'Mein Zertifikat? Seit drei Wochen nichts.',
    ])('when they say how long they have waited: "%s"', (text) => {
      expect(intentOf(text)).toBe('missing_credential');
    });

    it('when they spell by ear', () => {
      expect(intentOf('no e resivido el sertificado')).toBe('missing_credential');
    });

    it('when a manager asks for the staff who did not get theirs', () => {
      expect(intentOf('Two of my team did your course and only one has received the certificate.')).toBe('missing_credential');
    });

    it('in a follow-up whose quoted thread says what is missing', () => {
      const reply = 'Any update on this?\n\nOn Mon, 3 Mar 2025 at 09:00, Ana <ana@example.com> wrote:\n> My badge never arrived.';
      expect(intentOf(reply)).toBe('missing_credential');
    });
  });

  describe('does not mistake for a missing credential', () => {
    it.each([
      ['a thank-you for receiving it', 'I received my certificate this morning, thank you!'],
      ['finding it in spam', 'Found it in my spam folder, all good now.'],
      ['a wrong name', 'The name on my certificate is spelled wrong, please fix it.'],
      ['a wrong date', 'La fecha de mi diploma es incorrecta.'],
      ['changing the address it goes to', 'Please update the email address my badges are sent to.'],
      ['sharing to LinkedIn', 'How do I share my badge on LinkedIn?'],
      ['deleting it', 'Bitte löschen Sie mein Zertifikat aus dem öffentlichen Profil.'],
      ["verifying someone else's", 'How can I check that a candidate’s certificate is genuine?'],
      ['an issuer asking how to issue', 'We want to send certificates in bulk to our students.'],
      ['a PDF or print problem', 'My certificate PDF prints with the logo cut off.'],
      ['a refund', 'Je voudrais être remboursé pour la formation.'],
      ['a missing invoice', 'I never received the invoice for my course.'],
      ['a missing password reset', "Não recebi o e-mail de redefinição de senha."],
      ['a missing course link', "I didn't get the Zoom link for tomorrow's class."],
      ['an SSL certificate', 'Our SSL certificate expired and browsers show a warning.'],
      ['a code-signing certificate', 'The code signing certificate for our app was not delivered.'],
      ['login credentials', 'My login credentials stopped working.'],
      ['API keys and secrets', 'Where do I find the API credentials and client secret?'],
      ['another kind of certificate', 'I need a copy of my birth certificate.'],
      ['a physical badge', 'My employee ID badge has not arrived yet.'],
      ['a question before enrolling', 'Will I get a certificate if I finish this course?'],
      ['a Russian question before enrolling', 'Будет ли сертификат по окончании курса?'],
      ['a Russian SSL certificate', 'На сервере истёк SSL сертификат, браузер ругается.'],
      ['a bug report tried on test accounts', 'The certificate page shows a blank screen for every test user on the staging site since the update.'],
    ])('%s', (_family, text) => {
      expect(intentOf(text)).toBe('other');
    });

    it.each([
      ['a chase about something else', 'Any news about when the next course starts? I would like to earn the certificate.'],
      ['a name change after marrying', 'I got married and need my certificate under my new surname.'],
      ['a missing link to a ceremony', "I didn't get the Zoom link for the certificate ceremony."],
      ['waiting for a correction', "I'm still waiting for the correction of my name on the certificate."],
      ['thanks for sending it', 'Thank you for sending my certificate so quickly!'],
      ['a subject line naming it above another question', 'Subject: Certificate\n\nDo you have an office in Madrid?'],
    ])('%s', (_family, text) => {
      expect(intentOf(text)).toBe('other');
    });

    it('a complaint settled later in the same message', () => {
      expect(intentOf("I hadn't received my certificate. Update: found it in spam, sorry!")).toBe('other');
    });

    it('an email address alone, even one made of credential words', () => {
      expect(classifyMessage('certificate-not-received@example.com')).toMatchObject({ intent: 'other', band: 'ignore', reasons: [] });
    });

    it('a URL alone, even one made of credential words', () => {
      expect(classifyMessage('https://example.org/badge/lost-link/resend').reasons).toEqual([]);
    });

    it('a bare complaint that names no credential, which it never answers on its own', () => {
      expect(classifyMessage('I never received it.').band).not.toBe('act');
      expect(classifyMessage('Nothing has arrived yet.').band).not.toBe('act');
    });
  });

  describe('explains itself', () => {
    it('reports the signals that fired as reasons', () => {
      const { reasons } = classifyMessage("I haven't received my certificate");
      expect(reasons).toEqual(expect.arrayContaining(['noun:certificate', 'missing:not_received']));
    });

    it('names the sense that overrode a credential word', () => {
      expect(classifyMessage('Our TLS certificate was not renewed.').reasons).toContain('neg:ssl_certificate');
    });

    it('names the rule when a missing credential outranks a request', () => {
      const { reasons } = classifyMessage('My certificate never arrived. Also my name is misspelled in your records.');
      expect(reasons).toContain('rule:missing_outranks_request');
    });

    it('leaves to a person a likely request that shows a sign against it, however high its confidence', () => {
      const mixed = classifyMessage('I never got my badge. Also could you remove my old profile?');
      expect(mixed.confidence).toBeGreaterThanOrEqual(DEFAULT_INTENT_THRESHOLDS.act);
      expect(mixed.band).toBe('suggest');
      expect(mixed.reasons).toEqual(expect.arrayContaining(['neg:delete_request', 'rule:act_needs_no_contrary_sign']));
      expect(classifyMessage('I never got my badge for the data course.').band).toBe('act');
    });

    it('does not even suggest a doubtful request that shows a sign against it', () => {
      const { band, confidence, reasons } = classifyMessage('Since the last update my certificate never arrived');
      const { suggest, act } = DEFAULT_INTENT_THRESHOLDS;
      expect(confidence).toBeGreaterThanOrEqual(suggest);
      expect(confidence).toBeLessThan((suggest + act) / 2);
      expect(band).toBe('ignore');
      expect(reasons).toEqual(expect.arrayContaining(['neg:developer_report', 'rule:contrary_sign_needs_more']));
    });
  });

  it('gives a confidence between 0 and 1 for any input', () => {
    for (const text of ['', ' ', '!!!', 'certificate', 'no certificate received'.repeat(200), '😀'.repeat(50), 'ç'.repeat(1000)]) {
      const { confidence } = classifyMessage(text);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is more confident of a plain statement than of a vague one', () => {
    const plain = classifyMessage('I never received my certificate and the link in the email is broken.');
    const vague = classifyMessage('Where is my certificate?');
    expect(plain.confidence).toBeGreaterThan(vague.confidence);
  });

  it('gives the same answer every time', () => {
    const text = 'Hola, todavía no me llega el diploma, ¿me lo reenvían?';
    expect(classifyMessage(text)).toEqual(classifyMessage(text));
  });
});

describe('normaliseForIntent', () => {
  it('lower-cases, strips accents, joins contractions and marks sentence ends', () => {
    expect(normaliseForIntent("Je N'ai PAS reçu! I haven’t.")).toBe(' je n ai pas recu . i havent . ');
  });

  it('removes email addresses, links and bare domains', () => {
    expect(normaliseForIntent('Mail badge@example.com or see https://example.org/certificate and credential.net')).toBe(
      ' mail or see and ',
    );
  });

  it('treats a single line break as a wrap and a blank line as a sentence end', () => {
    expect(normaliseForIntent('not\nreceived\n\nthanks')).toBe(' not received . thanks ');
  });
});

describe('correctSpelling', () => {
  it('repairs the slips learners make in the words that matter', () => {
    expect(['recieved', 'certficate', 'zertifkat', 'certificado'].map(correctSpelling)).toEqual([
      'received',
      'certificate',
      'zertifikat',
      'certificado',
    ]);
  });

  it('leaves real words that are one slip away alone', () => {
    expect(['certified', 'receipt', 'receives', 'recibo'].map(correctSpelling)).toEqual(['certified', 'receipt', 'receives', 'recibo']);
  });

  it('repairs words spelled by ear, with letters that sound alike swapped', () => {
    expect(['sertificado', 'resivido'].map(correctSpelling)).toEqual(['certificado', 'recibido']);
  });

  it('does not take a different word for one spelled by ear', () => {
    expect(correctSpelling('reserved')).toBe('reserved');
  });

  it('repairs a five-letter word only where two neighbouring letters are swapped', () => {
    expect(['bagde', 'barge', 'bodge'].map(correctSpelling)).toEqual(['badge', 'barge', 'bodge']);
  });
});

describe('splitQuotedThread', () => {
  it('separates a reply from the message it quotes', () => {
    const { fresh, quoted } = splitQuotedThread('Thanks!\n\nOn Tue, 4 Mar 2025, Support <help@example.com> wrote:\n> We resent it.');
    expect(fresh.trim()).toBe('Thanks!');
    expect(quoted).toContain('We resent it.');
  });
});

describe('the pattern index', () => {
  it('tries every pattern at every word where it matches in the corpus', () => {
    const parsed = parseCorpus(readFileSync(CORPUS_URL, 'utf8'));
    if (!parsed.ok) throw new Error(`corpus line ${parsed.line}: ${parsed.reason}`);
    const texts = parsed.messages.map((message) => normaliseForIntent(message.text));
    const unindexed: string[] = [];
    for (const signal of ALL_SIGNALS) {
      for (const source of signal.patterns) {
        if (signal.family !== 'reference' && source.startsWith(CREDENTIAL_NOUN)) continue;
        const keys = patternKeys(source);
        const everywhere = new RegExp(`\\b(?:${source})\\b`, 'g');
        for (const text of texts) {
          for (const match of text.matchAll(everywhere)) {
            const word = /^[a-z0-9]+/.exec(match[0])?.[0] ?? '';
            if (!keys.has(keyOfWord(word))) unindexed.push(`${signal.name}: "${match[0]}"`);
          }
        }
      }
    }
    expect(unindexed).toEqual([]);
  });
});

describe('the shortcuts of the pattern index', () => {
  const noun = CREDENTIAL_NOUN;

  it('knows a pattern needs a credential noun only when every match holds one', () => {
    expect(requiresNoun(`where${gap(6)} ${noun}`)).toBe(true);
    expect(requiresNoun(`delete${gap(3)} (?:${noun}|account)`)).toBe(false);
    expect(requiresNoun(`lost(?: ${noun})?`)).toBe(false);
    expect(requiresNoun(`(?:got it|found ${noun})`)).toBe(false);
  });

  it('finds the word a noun-led pattern continues with, or none', () => {
    expect(anchorKeys(`${gap(2)} (?:is missing|fehlt)`)).toEqual(new Set(['is', 'fehl']));
    expect(anchorKeys(`${gap(2)}(?: please)? ?(?:sent|lost)`)).toBeNull();
  });

  it('never skips a pattern where it matches in the corpus', () => {
    const parsed = parseCorpus(readFileSync(CORPUS_URL, 'utf8'));
    if (!parsed.ok) throw new Error(`corpus line ${parsed.line}: ${parsed.reason}`);
    const texts = parsed.messages.map((message) => normaliseForIntent(message.text));
    const nounAnywhere = new RegExp(`\\b${noun}\\b`);
    const skipped: string[] = [];
    for (const signal of ALL_SIGNALS) {
      for (const source of signal.patterns) {
        if (signal.family === 'reference') continue;
        const nounLed = source.startsWith(noun);
        const anchors = nounLed ? anchorKeys(source.slice(noun.length)) : null;
        if (!nounLed && !requiresNoun(source)) continue;
        const everywhere = new RegExp(`\\b(?:${source})\\b`, 'g');
        for (const text of texts) {
          const keys = new Set(text.split(/[ .]+/).filter(Boolean).map(keyOfWord));
          for (const match of text.matchAll(everywhere)) {
            if (!nounLed && !nounAnywhere.test(match[0])) skipped.push(`${signal.name} without a noun: "${match[0]}"`);
            if (anchors && ![...anchors].some((key) => keys.has(key))) skipped.push(`${signal.name} without its anchor: "${match[0]}"`);
          }
        }
      }
    }
    expect(skipped).toEqual([]);
  });
});

describe('the labelled corpus', () => {
  it('is well formed', () => {
    expect(parseCorpus(readFileSync(CORPUS_URL, 'utf8')).ok).toBe(true);
  });

  it('is classified with precision of at least 0.97 and recall of at least 0.95', () => {
    const parsed = parseCorpus(readFileSync(CORPUS_URL, 'utf8'));
    if (!parsed.ok) throw new Error(`corpus line ${parsed.line}: ${parsed.reason}`);
    const { scores } = evaluate(parsed.messages, classifyMessage);
    expect(scores.precision).toBeGreaterThanOrEqual(0.97);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('parseCorpus', () => {
  it('names the first malformed line', () => {
    const jsonl = [
      '{"text":"never got my badge","label":"missing_credential","lang":"en"}',
      '',
      '{"text":"hola","label":"maybe","lang":"es"}',
    ].join('\n');
    expect(parseCorpus(jsonl)).toEqual({ ok: false, line: 3, reason: '"label" must be one of missing_credential, other' });
  });

  it('rejects a line that is not JSON', () => {
    expect(parseCorpus('{"text": oops}')).toMatchObject({ ok: false, line: 1 });
  });
});
