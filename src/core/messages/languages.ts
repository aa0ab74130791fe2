/** The languages credbot answers in: the five its classifier reads. */
export const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The locale each language's dates, numbers and lists are formatted in (Intl). British English writes the day first
 * ("3 Feb 2026") and lists without a serial comma, as credbot always has; `pt` is Brazilian Portuguese in CLDR.
 */
export const FORMATTING_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es', pt: 'pt', fr: 'fr', de: 'de' };

/** Where the language of an answer came from, in the order credbot asks. */
export type LanguageSource =
  /** What the channel knows of the requester: a Zendesk requester's language, a Slack user's locale. */
  | 'channel'
  /** The message itself, when its phrases and words tell one language. */
  | 'message'
  /** DEFAULT_LANGUAGE: neither told one credbot answers in. */
  | 'default';

export interface LanguageChoice {
  language: Language;
  source: LanguageSource;
}

export interface LanguageHints {
  /** The requester's locale or language as the channel gives it (`es-419`, `pt_BR`, `Español`), if it gives one. */
  channelLocale?: string | undefined;
  /** The language the classifier read the message in, if one led (see Classification.language). */
  messageLanguage: string | null;
  defaultLanguage: Language;
}

/** The language to answer a learner in: the channel's, else the message's, else the default. */
export function chooseLanguage(hints: LanguageHints): LanguageChoice {
  const fromChannel = hints.channelLocale === undefined ? null : languageOfLocale(hints.channelLocale);
  if (fromChannel) return { language: fromChannel, source: 'channel' };
  if (isLanguage(hints.messageLanguage)) return { language: hints.messageLanguage, source: 'message' };
  return { language: hints.defaultLanguage, source: 'default' };
}

/**
 * One of our languages from what a channel calls a locale: a BCP 47 tag or a POSIX one (`pt-BR`, `es-419`, `de_AT`),
 * or a language's name in any of our languages, as Zendesk's `{{ticket.requester.language}}` renders it
 * (`Español`, `Português (Brasil)`, `German`). Null for anything else, another language included.
 */
export function languageOfLocale(locale: string): Language | null {
  const text = locale.trim();
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(text);
  if (tag) {
    const primary = tag[1]!.toLowerCase();
    return isLanguage(primary) ? primary : null;
  }
  const name = plainName(text.split('(')[0] ?? '');
  return LANGUAGE_BY_NAME.get(name) ?? null;
}

function plainName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/** Each language's name in each of our languages ("spanish", "espanol", "spanisch"...), from Intl's own tables. */
const LANGUAGE_BY_NAME: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.flatMap((inLanguage) => {
    const names = new Intl.DisplayNames([FORMATTING_LOCALES[inLanguage]], { type: 'language', fallback: 'none' });
    return LANGUAGES.flatMap((language) => {
      const name = names.of(language);
      return name ? [[plainName(name), language] as const] : [];
    });
  }),
);
