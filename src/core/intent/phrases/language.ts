import type { SignalKey } from '../intent-signals.ts';

/** What a learner is missing, by concept; each concept is the signal `noun:<concept>`. */
export const CREDENTIAL_CONCEPTS = ['certificate', 'badge', 'credential', 'diploma', 'award', 'attestation'] as const;
export type CredentialConcept = (typeof CREDENTIAL_CONCEPTS)[number];

/**
 * A language's word lists. Each list is merged over every language (in the order phrases/index.ts
 * lists them, a word listed twice kept once) and used whole wherever a pattern names it with a slot
 * from pattern-parts.ts, so that a Spanish "status de mi certificado" still meets the English
 * "status". Entries are regular-expression sources over normalised text, like patterns.
 */
export interface LanguageWords {
  /** The credential, by concept: `certificates?`, `Teilnahmebescheinigung`. */
  credentialNouns?: Partial<Record<CredentialConcept, readonly string[]>>;
  /** Determiners and plain adjectives allowed before a noun, up to two of them: "no digital certificate". */
  nounLeads?: readonly string[];
  /** What a course is called: "course", "curso", "Schulung". */
  courseWords?: readonly string[];
  /** Other things that fail to arrive (an invoice, a reset link): the nearer object of a complaint wins. */
  otherDeliverables?: readonly string[];
  /** Words that undo an affirmation in the clause before it: "not", "sin", "pas". */
  negations?: readonly string[];
  /** Words that make an affirmation hypothetical or someone else's: "if", "colleagues". */
  hedges?: readonly string[];
  /** Where a new clause starts: "but", "pero", "aber". */
  clauseRestarts?: readonly string[];
  /** Determiners that make the words after "is missing" its object: "is missing my middle name". */
  objectDeterminers?: readonly string[];
  /** What a learner asks about when chasing: "status", "novedades". */
  statusWords?: readonly string[];
  /** Prepositions after a status word: "update on", "novedades sobre". */
  aboutWords?: readonly string[];
  /** Prepositions that lead from a chase to the support thread: "news on this". */
  chasePrepositions?: readonly string[];
  /** The support thread itself: "this", "my ticket", "mi caso". */
  supportThreads?: readonly string[];
  /** A link: "link", "enlace", "lien". */
  linkWords?: readonly string[];
  /** An email or message: "email", "correo", "Nachricht". */
  messageWords?: readonly string[];
  /** Opening a credential: "view", "ver", "ansehen". */
  viewVerbs?: readonly string[];
  /** What a button or page does when it fails: "doesnt work", "no funciona". */
  notWorkingWords?: readonly string[];
  /** What a broken link does or is: "expired", "caducado", "abgelaufen". */
  brokenLinkWords?: readonly string[];
  /** Names of languages, for translation requests: "spanish", "espanol". */
  languageNames?: readonly string[];
  /** Greetings that may open a message that is only the credential: "hi", "hola". */
  greetings?: readonly string[];
  /** Please and help, around a bare credential: "please", "por favor". */
  pleaseWords?: readonly string[];
  /** Possessives and articles before a bare credential: "my", "mi". */
  possessives?: readonly string[];
  /** What a bare credential is of or for: "of", "de", "fur". */
  ofWords?: readonly string[];
  /** Urging after a bare credential: "urgent", "asap". */
  urgentWords?: readonly string[];
}

/** Everything one language adds: its word lists, and its patterns for each signal it has words for. */
export interface LanguagePhrases {
  /** ISO 639-1 code, or "common" for patterns no one language owns. */
  language: string;
  words: LanguageWords;
  /** Patterns by signal key (see intent-signals.ts); each is matched between word boundaries. */
  signals: Partial<Record<SignalKey, readonly string[]>>;
}
