import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import type { Language } from './languages.ts';
import { PT } from './pt.ts';

/** Every text credbot writes, by key: English names them (en.ts), and every language gives each one. */
export type MessageKey = keyof typeof EN;
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** One catalogue per language: to add a language, write its file beside these and list it here and in languages.ts. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en: EN, es: ES, pt: PT, fr: FR, de: DE };
