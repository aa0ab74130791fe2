import { COMMON } from './common.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import type { LanguagePhrases } from './language.ts';
import { PT } from './pt.ts';
import { RU } from './ru.ts';

/**
 * Every language the intent detector reads: to add one, write its file beside these (see
 * docs/intent.md) and list it here. The order is the order words are merged in.
 */
export const LANGUAGES: readonly LanguagePhrases[] = [COMMON, EN, ES, PT, FR, DE, RU];
