import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, type MessageKey } from './catalogues.ts';
import { FORMATTING_LOCALES, LANGUAGES, type Language } from './languages.ts';

/**
 * The named formats catalogues use for dates and times: `{at, date, day}` ("3 Feb 2026", "3 de fev. de 2026") and
 * `{at, time, clock}` ("14:05"), in UTC, so that a reply reads the same wherever credbot runs.
 */
const FORMATS = {
  date: { day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } },
  time: { clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' } },
} as const;

export type MessageValue = string | number | Date;

/** Texts in one language. */
export interface Messages {
  readonly language: Language;
  /** The message `key` with `values` put in. A value the message needs and does not get is a bug: it throws. */
  format(key: MessageKey, values?: Readonly<Record<string, MessageValue>>): string;
  /**
   * The same, with values that are not text (`T`, e.g. an HTML link) kept apart from the text around them, so that a
   * caller can escape the text and not the link.
   */
  formatParts<T extends object>(key: MessageKey, values: Readonly<Record<string, MessageValue | T>>): (string | T)[];
  /** "a, b and c", as this language joins a list. */
  list(items: readonly string[]): string;
  /** A language's name in this language: "Spanish", "espagnol", "Spanisch". */
  languageName(language: Language): string;
}

function compile(language: Language): Messages {
  const locale = FORMATTING_LOCALES[language];
  // Built once per message when the module loads, like the classifier's patterns: a reply only formats.
  const compiled = new Map(
    Object.entries(CATALOGUES[language]).map(([key, source]) => [key, new IntlMessageFormat(source, locale, FORMATS, { ignoreTag: true })]),
  );
  const message = (key: MessageKey): IntlMessageFormat => {
    const found = compiled.get(key);
    if (!found) throw new Error(`message ${key}: not in the ${language} catalogue`);
    return found;
  };
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return {
    language,
    format(key, values) {
      const formatted = message(key).format(values);
      if (typeof formatted !== 'string') throw new Error(`message ${key}: a value that is not text was given to format()`);
      return formatted;
    },
    formatParts<T extends object>(key: MessageKey, values: Readonly<Record<string, MessageValue | T>>) {
      const formatted = message(key).format<T>(values);
      return Array.isArray(formatted) ? formatted : [formatted];
    },
    list: (items) => lists.format(items),
    languageName: (other) => names.of(other) ?? other,
  };
}

const MESSAGES: Readonly<Record<Language, Messages>> = Object.fromEntries(LANGUAGES.map((language) => [language, compile(language)])) as Record<
  Language,
  Messages
>;

export function messagesIn(language: Language): Messages {
  return MESSAGES[language];
}
