/** The domain's nouns, as the core sees them: no database or channel types here. */

export type CredentialStatus = 'published' | 'draft';

export interface Issuer {
  id: string;
  name: string;
  contactName: string | null;
  contactEmail: string | null;
  supportUrl: string | null;
  aliases: string[];
}

export interface Credential {
  id: string;
  issuerId: string;
  recipientEmail: string;
  recipientName: string | null;
  courseName: string;
  url: string;
  status: CredentialStatus;
  issuedAt: Date;
}

/** A credential with its issuer, as a lookup returns it. */
export interface IssuedCredential extends Credential {
  issuer: Issuer;
}

/** How a credential's recipient address relates to the address a learner gave. */
export type MatchKind =
  /** The same address, ignoring case. */
  | 'exact'
  /** The same mailbox written differently: a +tag sub-address or Gmail's dots. */
  | 'same_mailbox'
  /** A common domain typo on either side, or one edit away in the local part: never emailed. */
  | 'near_miss';

export interface CredentialMatch {
  credential: IssuedCredential;
  match: MatchKind;
  /** The address the learner gave that this credential was found for. */
  queriedAddress: string;
}

export type Channel = 'cli' | 'zendesk' | 'slack' | 'http';
