/**
 * The shape of an intent signal. The tables live beside this file, one per kind of evidence: for
 * `missing_credential` in intent-signals-missing, -lost, -asking, -status, -elliptical and -context;
 * against it in intent-signals-settled, -sense, -audience and -workflow.
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

export interface SignalDefinition {
  /** Stable name reported in `Classification.reasons`, e.g. `missing:not_received`. */
  name: string;
  family: SignalFamily;
  /** Contribution to the score; positive favours `missing_credential`. */
  weight: number;
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
  /** Regular-expression sources over normalised text; each is matched between word boundaries. */
  patterns: readonly string[];
}
