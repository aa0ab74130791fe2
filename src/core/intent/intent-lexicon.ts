import { CREDENTIAL_CONCEPTS, type CredentialConcept, type LanguagePhrases, type LanguageWords } from './phrases/language.ts';
import { LANGUAGES } from './phrases/index.ts';
import { anyOf } from './phrases/pattern-parts.ts';

/**
 * The word lists of every language merged into one vocabulary, and the slots of phrase patterns
 * filled in from it (see phrases/pattern-parts.ts).
 */

type WordList = Exclude<keyof LanguageWords, 'credentialNouns'>;

export interface Lexicon {
  /** What the learner is missing, by concept, in every language. */
  credentialNouns: Record<CredentialConcept, readonly string[]>;
  /** One alternation of every credential noun. */
  credentialNoun: string;
  /** Things other than a credential that can fail to arrive: the nearer object of a complaint wins. */
  otherDeliverables: string;
  /** Words that undo an affirmation in the clause before it: "not received", "sin recibir", "pas reçu". */
  negation: RegExp;
  /** Words that make an affirmation hypothetical or someone else's: "if I get it", "my friends received theirs". */
  hedge: RegExp;
  /** Where the clause that governs a verb starts again: "I have no invoice, but I received the badge". */
  clauseRestart: RegExp;
  /** Replaces each slot in a pattern with what it stands for. */
  fillSlots(source: string): string;
}

/** Each word once, in the order the languages list them. */
function mergedWords(languages: readonly LanguagePhrases[], pick: (words: LanguageWords) => readonly string[] | undefined): string[] {
  return [...new Set(languages.flatMap((language) => pick(language.words) ?? []))];
}

function wordAlternation(words: readonly string[]): RegExp {
  return new RegExp(`\\b${anyOf(words)}\\b`);
}

const SLOT = /\{([a-zA-Z]+)\}/g;

export function buildLexicon(languages: readonly LanguagePhrases[]): Lexicon {
  const words = (list: WordList) => mergedWords(languages, (language) => language[list]);
  const credentialNouns = Object.fromEntries(
    CREDENTIAL_CONCEPTS.map((concept) => [concept, mergedWords(languages, (language) => language.credentialNouns?.[concept])]),
  ) as Record<CredentialConcept, string[]>;
  const credentialNoun = anyOf(Object.values(credentialNouns).flat());
  const slots: Record<keyof LanguageWords, string> = {
    credentialNouns: credentialNoun,
    nounLeads: `(?: ${anyOf(words('nounLeads'))}){0,2}`,
    courseWords: anyOf(words('courseWords')),
    otherDeliverables: anyOf(words('otherDeliverables')),
    negations: anyOf(words('negations')),
    hedges: anyOf(words('hedges')),
    clauseRestarts: anyOf(words('clauseRestarts')),
    objectDeterminers: anyOf(words('objectDeterminers')),
    statusWords: anyOf(words('statusWords')),
    aboutWords: anyOf(words('aboutWords')),
    chasePrepositions: anyOf(words('chasePrepositions')),
    supportThreads: anyOf(words('supportThreads')),
    linkWords: anyOf(words('linkWords')),
    messageWords: anyOf(words('messageWords')),
    viewVerbs: anyOf(words('viewVerbs')),
    notWorkingWords: anyOf(words('notWorkingWords')),
    brokenLinkWords: anyOf(words('brokenLinkWords')),
    languageNames: anyOf(words('languageNames')),
    greetings: anyOf(words('greetings')),
    pleaseWords: anyOf(words('pleaseWords')),
    possessives: anyOf(words('possessives')),
    ofWords: anyOf(words('ofWords')),
    urgentWords: anyOf(words('urgentWords')),
  };
  return {
    credentialNouns,
    credentialNoun,
    otherDeliverables: slots.otherDeliverables,
    negation: wordAlternation(words('negations')),
    hedge: wordAlternation(words('hedges')),
    clauseRestart: new RegExp(` ${slots.clauseRestarts} `, 'g'),
    fillSlots(source) {
      return source.replace(SLOT, (slot, list: string) => {
        if (!Object.hasOwn(slots, list)) throw new Error(`intent pattern: unknown slot ${slot} in ${source}`);
        return slots[list as keyof LanguageWords];
      });
    },
  };
}

export const LEXICON = buildLexicon(LANGUAGES);
export const CREDENTIAL_NOUN = LEXICON.credentialNoun;
