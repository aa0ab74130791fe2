/**
 * The catalogue of intent signals: what each one means. Their words are in phrases/, one file per
 * language, under the signal's key; the detector assembles each signal's patterns from all of them.
 * How much a signal weighs is learned by the model (see intent-model), by name: keep names stable.
 */

export type SignalFamily =
  /** Names a credential ("certificate", "Teilnahmebescheinigung"). */
  | 'reference'
  /** Stands in for a credential when none is named ("I finished the course…"). */
  | 'implied_reference'
  /** The learner lacks the credential or its link. */
  | 'missing'
  /** The matter is settled ("got it, thanks", "found it in spam"). Counts in full only if said last. */
  | 'resolution'
  /** The word means something else here (an SSL certificate, login credentials). Never overridden. */
  | 'sense'
  /** The sender is not a learner owed a credential (an issuer, an employer verifying, a failed exam). */
  | 'audience'
  /** A request with its own workflow (fix my name, share to LinkedIn). Yields to a hard missing claim. */
  | 'workflow';

export interface SignalMeaning {
  /**
   * Where phrase files list the signal's patterns. It is the signal's name, or the name, "/" and a
   * variant: variants are reported under the same name but mean it differently (one names the
   * credential itself, another needs one named nearby).
   */
  key: string;
  family: SignalFamily;
  /** A flat statement that the credential never came or is gone, which outranks a workflow request. */
  hard?: boolean;
  /** The pattern itself names the credential, so it needs no credential noun nearby. */
  namesCredential?: boolean;
  /**
   * Ignore a match when its own words or the clause before it undo it: `negation` ("no hay
   * certificado?" is not asking whether there is one), `negation_or_hedge` also skips conditions
   * and other people ("if I get it", "my colleagues received theirs").
   */
  blockedBy?: 'negation' | 'negation_or_hedge';
  /**
   * Signals this one cancels where its match contains theirs: "kindly share my certificate" asks us
   * to send it, so the share request inside it does not count.
   */
  cancels?: readonly string[];
  /**
   * The match must fill what it names, from its start to its end: a whole sentence ("No credential.")
   * or the whole message ("certificado??"). What surrounds a phrase is what makes it elliptical.
   */
  fills?: 'sentence' | 'message';
}

/** A signal with its patterns from every language, as the detector uses it. */
export interface SignalDefinition extends SignalMeaning {
  /** Stable name reported in `Classification.reasons`, e.g. `missing:not_received`. */
  name: string;
  /** Regular-expression sources over normalised text; each is matched between word boundaries. */
  patterns: readonly string[];
  /**
   * The phrase file each pattern comes from, by index (`common` for none in particular); empty for a `noun:`
   * signal, whose one pattern holds every language's nouns.
   */
  patternLanguages: readonly string[];
}

/**
 * In the order the detector tries them. The `noun:` signals take their words from each language's
 * `credentialNouns`; every other signal from each language's `signals[key]`.
 */
export const SIGNAL_CATALOGUE = [
  // Naming the credential.
  { key: 'noun:certificate', family: 'reference' },
  { key: 'noun:badge', family: 'reference' },
  { key: 'noun:credential', family: 'reference' },
  { key: 'noun:diploma', family: 'reference' },
  { key: 'noun:award', family: 'reference' },
  { key: 'noun:attestation', family: 'reference' },
  /**
   * The credential named by what it proves: "proof of completion", "comprobante de que terminé". Each
   * needs its "of completion" part; a bare "proof" or "Nachweis" is anything at all. Not a slot word:
   * every pattern that embeds the noun slot would pay for these long phrases.
   */
  { key: 'noun:proof_of_completion', family: 'reference' },

  // Standing in for a credential noun: a learner who finished a course wants its credential.
  { key: 'context:course_completed', family: 'implied_reference', blockedBy: 'negation' },
  /** What the credential is for, said instead of its name: "something to put on my CV". */
  { key: 'context:proof_wanted', family: 'implied_reference' },

  // The credential never came: "not received", "still waiting", "the email had no certificate in it".
  { key: 'missing:not_received', family: 'missing', hard: true },
  { key: 'missing:delivery_failed', family: 'missing', hard: true },
  { key: 'missing:still_waiting', family: 'missing', hard: true },
  /** How long it has been, said by someone waiting: "been 2 weeks", "seit drei Wochen". */
  { key: 'missing:overdue', family: 'missing' },
  /** A group where some got theirs: "only 4 of the 6 received their certificates". */
  { key: 'missing:some_received', family: 'missing' },
  /** Said of something that has not happened: "I was supposed to get a certificate". */
  { key: 'missing:expected', family: 'missing' },
  /** "The email came but there was no certificate in it", "I got the invoice but not the badge". */
  { key: 'missing:absent_credential', family: 'missing', hard: true, namesCredential: true },

  // The learner had it, or was sent it, and cannot reach it now.
  /** With the credential as its object, "can't find my certificate" is as flat a claim as "never got it". */
  { key: 'missing:cant_find', family: 'missing', hard: true, namesCredential: true },
  { key: 'missing:cant_find/unnamed', family: 'missing' },
  /** A failed action on one's own credential: "I can't download my certificate", "the claim link won't open". */
  { key: 'missing:failed_action', family: 'missing', hard: true, namesCredential: true },
  { key: 'missing:lost_link', family: 'missing', hard: true },
  { key: 'missing:link_broken', family: 'missing', hard: true },

  // Asking for the credential: weaker than saying it is missing, so none outranks a workflow request.
  { key: 'missing:where_is', family: 'missing', namesCredential: true },
  /** The credential named earlier, asked after as "it": "Where would I get that?" */
  { key: 'missing:where_is/it', family: 'missing' },
  { key: 'missing:how_to_get', family: 'missing', namesCredential: true },
  /**
   * How, where or when of a credential the writer calls theirs: "how do we get our badge?". The possessive says it
   * was earned; "how do I get a certificate?" may be asked before enrolling.
   */
  { key: 'missing:own_credential_question', family: 'missing', namesCredential: true },
  { key: 'missing:resend', family: 'missing', namesCredential: true },
  /** "Kindly share my certificate" asks us to send it; sharing it themselves is neg:share_credential. */
  { key: 'missing:resend/share', family: 'missing', namesCredential: true, cancels: ['neg:share_credential'] },
  /** "Send it again" says what, only with a credential nearby: "resend the invoice" is not ours. */
  { key: 'missing:resend/again', family: 'missing' },
  { key: 'missing:request', family: 'missing', namesCredential: true },
  { key: 'missing:when_will', family: 'missing', namesCredential: true },

  // Chasing: only someone still waiting chases, so with a credential named near it, a chase is a claim.
  /** "Any update on my certificate?", "is my badge ready yet?" */
  { key: 'missing:status_request', family: 'missing', namesCredential: true },
  /** Chasing without naming what: "following up on my ticket". Counts only with a credential named near it. */
  { key: 'missing:status_request/chasing', family: 'missing' },
  /** "Do certs take a while to show up?", "¿es normal que tarde?": waiting, asked as a question. */
  { key: 'missing:slow_arrival', family: 'missing' },

  // Messages that leave the verb out: only the message or sentence around them says what is meant.
  /** A message that is the credential and nothing else: "cert??", "hola, mi certificado por favor". */
  { key: 'missing:bare_mention', family: 'missing', namesCredential: true, fills: 'message' },
  /** "Checked spam, promotions, junk. No credential. Completed the course 10 days ago." */
  { key: 'missing:absent_credential/sentence', family: 'missing', hard: true, namesCredential: true, fills: 'sentence' },

  /**
   * "I checked my spam": said only by someone still missing what they were sent. The name predates
   * its counting as a claim; reasons keep stable names.
   */
  { key: 'context:checked_spam', family: 'missing' },

  // "It came, thanks": what settles a request. Counted in full only when nothing missing is said after it.
  { key: 'neg:received_credential', family: 'resolution', blockedBy: 'negation_or_hedge' },
  { key: 'neg:resolved', family: 'resolution', blockedBy: 'negation_or_hedge' },
  /** Settling phrases worded with a negation of their own, which must not cancel them: "never mind". */
  { key: 'neg:resolved/negated', family: 'resolution' },
  { key: 'neg:found_in_spam', family: 'resolution', blockedBy: 'negation_or_hedge' },

  // The word in a sense that is not a hosted credential. Nothing a learner adds overrides these.
  { key: 'neg:ssl_certificate', family: 'sense' },
  { key: 'neg:digital_signature', family: 'sense' },
  { key: 'neg:login_credentials', family: 'sense' },
  { key: 'neg:api_keys', family: 'sense' },
  { key: 'neg:other_certificate_kind', family: 'sense' },
  { key: 'neg:physical_badge', family: 'sense' },

  // Not a learner owed a credential: an issuer, someone checking one, someone who did not qualify.
  { key: 'neg:issuer_admin', family: 'audience' },
  /** An employer's people: an issuer's recipients, or a manager's staff; weaker than teaching vocabulary. */
  { key: 'neg:employer_group', family: 'audience' },
  { key: 'neg:third_party_check', family: 'audience' },
  { key: 'neg:not_qualified', family: 'audience' },
  /** Someone asking the recipients, not one of them: "comment here if you didn't get yours". */
  { key: 'neg:callout', family: 'audience' },
  /**
   * A report about the software that shows certificates, not about one's own: steps to reproduce, expected
   * and actual behaviour, a version that broke it, a feature wished for, a user story.
   */
  { key: 'neg:developer_report', family: 'audience' },

  // Requests with a workflow of their own. A flat "I never got it" in the same message outranks them.
  { key: 'neg:wrong_details', family: 'workflow' },
  { key: 'neg:change_address', family: 'workflow' },
  { key: 'neg:share_credential', family: 'workflow' },
  { key: 'neg:social_profile', family: 'workflow' },
  { key: 'neg:pdf_print', family: 'workflow' },
  /** Another language version: "can I get my certificate in Spanish?" */
  { key: 'neg:translation_request', family: 'workflow' },
  { key: 'neg:refund', family: 'workflow' },
  { key: 'neg:login_problem', family: 'workflow' },
  { key: 'neg:delete_request', family: 'workflow' },
  { key: 'neg:credential_expiry', family: 'workflow' },
  { key: 'neg:eligibility_question', family: 'workflow', blockedBy: 'negation' },
  { key: 'neg:recognition_question', family: 'workflow' },
  { key: 'neg:verification_request', family: 'workflow' },
] as const satisfies readonly SignalMeaning[];

export type SignalKey = (typeof SIGNAL_CATALOGUE)[number]['key'];

/** The reported name: the key without its variant. */
export function signalName(key: string): string {
  const variant = key.indexOf('/');
  return variant < 0 ? key : key.slice(0, variant);
}
