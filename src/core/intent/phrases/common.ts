import type { LanguagePhrases } from './language.ts';
import { ABOUT, BROKEN, GREETING, LEAD, LINK, NOT_WORKING, NOUN, OF, PLEASE, POSSESSIVE, STATUS_WORD, URGENT, VIEW, gap } from './pattern-parts.ts';

/**
 * Patterns no one language owns: made only of slots, which every language's words fill (see
 * pattern-parts.ts), or of names and abbreviations said the same in every language.
 */
export const COMMON: LanguagePhrases = {
  language: 'common',
  words: {
    // A full stop always ends a clause.
    clauseRestarts: ['\\.'],
  },
  signals: {
    'missing:link_broken': [
      `${LINK}${gap(6)} ${BROKEN}`,
      // "Click here to view your certificate" and then the button does nothing.
      `${VIEW}${gap(4)} ${NOUN}${gap(6)} ${NOT_WORKING}`,
    ],
    // "Any update on my certificate?", "novedades sobre mi certificado".
    'missing:status_request': [`${STATUS_WORD} ${ABOUT}${LEAD} ${NOUN}`],
    // With what it is for: "Certificado de conclusão", "certificate for the Excel course".
    'neg:social_profile': [`(?:linkedin|facebook|twitter|instagram|xing|tiktok)`],
    'neg:pdf_print': [`(?:pdf|pdfs|png|jpg|jpeg|a4)`],
    'neg:delete_request': [`(?:gdpr|rgpd|dsgvo)`],
    // The software's own parts, named alike in every language: "el shortcode", "das Plugin".
    'neg:developer_report': [`(?:plugins?|shortcodes?|endpoints?|codebase|cron ?jobs?|stack ?traces?|null ?pointer|http 500)`],
    'missing:bare_mention': [`(?:${GREETING} )?(?:${PLEASE} )?(?:${POSSESSIVE} )?${NOUN}(?: ${OF}(?: [a-z0-9]+){1,3})?(?: ${PLEASE}| ${URGENT})*`],
  },
};
