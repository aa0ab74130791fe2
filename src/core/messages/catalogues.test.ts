import {
  type MessageFormatElement,
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTimeElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues.ts';
import { EN } from './en.ts';
import { messagesIn } from './format-message.ts';
import { LANGUAGES } from './languages.ts';

/**
 * What a message needs from the code that formats it: each argument with its kind (`text`, `plural`, `date`...) and,
 * for a select, the cases it tells apart. Translations may word a message any way they like, but not ask for other
 * values: a code path that passes what English needs must be enough for every language.
 */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, Set<string>>()): Map<string, Set<string>> {
  const note = (name: string, kind: string) => found.set(name, (found.get(name) ?? new Set()).add(kind));
  for (const element of elements) {
    if (isArgumentElement(element)) note(element.value, 'text');
    else if (isNumberElement(element)) note(element.value, 'number');
    else if (isDateElement(element)) note(element.value, `date:${String(element.style)}`);
    else if (isTimeElement(element)) note(element.value, `time:${String(element.style)}`);
    else if (isSelectElement(element)) {
      note(element.value, `select:${Object.keys(element.options).sort().join('|')}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    } else if (isPluralElement(element)) {
      // Plural cases differ between languages by design (French `many`, Portuguese `one` for 0 and 1): not compared.
      note(element.value, 'plural');
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

function signature(source: string): Record<string, string> {
  const found = [...argumentsOf(parse(source, { ignoreTag: true }))].map(([name, kinds]) => {
    // `{count}` beside `{count, plural, ...}` is the same value shown twice: a translation may show it either way.
    if (kinds.size > 1) kinds.delete('text');
    return [name, [...kinds].sort().join(' and ')] as const;
  });
  return Object.fromEntries(found.sort(([a], [b]) => a.localeCompare(b)));
}

const ENGLISH_KEYS = Object.keys(EN).sort();

describe('the message catalogues', () => {
  it.each(LANGUAGES)('%s has every key English has, and no other', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(ENGLISH_KEYS);
  });

  it.each(LANGUAGES)('%s asks for the same values as English in every message', (language) => {
    const differing = ENGLISH_KEYS.flatMap((key) => {
      const source = (CATALOGUES[language] as Record<string, string>)[key];
      if (source === undefined) return [];
      const expected = signature((EN as Record<string, string>)[key]!);
      const actual = signature(source);
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ key, expected, actual }];
    });
    expect(differing).toEqual([]);
  });

  it('catches a message whose placeholders differ from English', () => {
    expect(signature('We emailed {addresses}.')).not.toEqual(signature('Enviamos a {direcciones}.'));
    expect(signature('{n, plural, one {#} other {#}}')).not.toEqual(signature('{n}'));
    expect(signature('{kind, select, yes {a} other {b}}')).not.toEqual(signature('{kind, select, si {a} other {b}}'));
    expect(signature('{at, date, day}')).not.toEqual(signature('{at, time, clock}'));
  });

  it('writes no message a learner could take for a left-over English one', () => {
    const untranslated = LANGUAGES.filter((language) => language !== 'en').flatMap((language) =>
      ENGLISH_KEYS.filter((key) => {
        const source = (CATALOGUES[language] as Record<string, string>)[key];
        if (source === undefined) return false;
        // Messages of placeholders, punctuation and our name ("credbot: {outcome}") read the same everywhere.
        const words = source.replace(/\{[^{}]*\}/g, '').replaceAll('credbot', '');
        return source === (EN as Record<string, string>)[key] && /[a-z]{3}/i.test(words);
      }).map((key) => `${language}: ${key}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('formats dates, plurals and lists the way each language writes them', () => {
    const issuedAt = new Date('2026-02-03T23:30:00Z');
    const en = messagesIn('en');
    expect(en.format('email.retrieve.issuedBy', { issuer: 'Acme', issuedAt })).toBe('Issued by Acme on 3 Feb 2026');
    expect(messagesIn('pt').format('email.retrieve.issuedBy', { issuer: 'Acme', issuedAt })).toBe('Emitida por Acme em 3 de fev. de 2026');
    expect(messagesIn('de').format('email.retrieve.issuedBy', { issuer: 'Acme', issuedAt })).toBe('Ausgestellt von Acme am 3. Feb. 2026');
    expect(en.format('email.retrieve.subject', { count: 2 })).toBe('The 2 credentials you asked for');
    expect(messagesIn('es').format('email.retrieve.subject', { count: 1 })).toBe('La credencial que solicitó');
    expect(messagesIn('fr').format('email.retrieve.subject', { count: 3 })).toBe('Les 3 certificats que vous avez demandés');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(messagesIn('es').list(['a', 'b'])).toBe('a y b');
    expect(messagesIn('de').languageName('pt')).toBe('Portugiesisch');
  });

  it('formats times in UTC, whatever the time zone of the machine', () => {
    const lateEvening = new Date('2024-04-30T23:30:00Z');
    expect(messagesIn('en').format('note.nextAllowed', { at: lateEvening })).toBe('Next allowed: 23:30 UTC on 30 Apr 2024.');
    expect(messagesIn('fr').format('note.nextAllowed', { at: lateEvening })).toBe('Prochain envoi possible : 30 avr. 2024, 23:30 UTC.');
  });

  it('refuses to format a message without a value it needs, naming it', () => {
    expect(() => messagesIn('en').format('reply.retrieve.notArrived')).toThrow(/supportEmail/);
  });
});
