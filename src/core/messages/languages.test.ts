import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOfLocale } from './languages.ts';

describe('languageOfLocale', () => {
  it('reads BCP 47 and POSIX tags by their language', () => {
    expect(languageOfLocale('es')).toBe('es');
    expect(languageOfLocale('es-419')).toBe('es');
    expect(languageOfLocale('pt-BR')).toBe('pt');
    expect(languageOfLocale('pt_br')).toBe('pt');
    expect(languageOfLocale('de-AT')).toBe('de');
    expect(languageOfLocale(' FR-ca ')).toBe('fr');
    expect(languageOfLocale('en-US')).toBe('en');
  });

  it('reads a language’s name, as Zendesk renders the requester’s language, in any of our languages', () => {
    expect(languageOfLocale('Español')).toBe('es');
    expect(languageOfLocale('Español (Latinoamérica)')).toBe('es');
    expect(languageOfLocale('Português (Brasil)')).toBe('pt');
    expect(languageOfLocale('Deutsch')).toBe('de');
    expect(languageOfLocale('Français')).toBe('fr');
    expect(languageOfLocale('German')).toBe('de');
    expect(languageOfLocale('English (United States)')).toBe('en');
  });

  it('knows no other language, and nothing that is not one', () => {
    expect(languageOfLocale('it')).toBeNull();
    expect(languageOfLocale('Italiano')).toBeNull();
    expect(languageOfLocale('')).toBeNull();
    expect(languageOfLocale('{{ticket.requester.language}}')).toBeNull();
  });
});

describe('chooseLanguage', () => {
  it('takes the channel’s language first, then the message’s, then the default', () => {
    expect(chooseLanguage({ channelLocale: 'pt-BR', messageLanguage: 'es', defaultLanguage: 'en' })).toEqual({ language: 'pt', source: 'channel' });
    expect(chooseLanguage({ channelLocale: undefined, messageLanguage: 'es', defaultLanguage: 'en' })).toEqual({ language: 'es', source: 'message' });
    expect(chooseLanguage({ channelLocale: undefined, messageLanguage: null, defaultLanguage: 'de' })).toEqual({ language: 'de', source: 'default' });
  });

  it('passes over a channel language credbot does not write', () => {
    expect(chooseLanguage({ channelLocale: 'it-IT', messageLanguage: 'fr', defaultLanguage: 'en' })).toEqual({ language: 'fr', source: 'message' });
    expect(chooseLanguage({ channelLocale: 'ja', messageLanguage: null, defaultLanguage: 'en' })).toEqual({ language: 'en', source: 'default' });
  });
});
