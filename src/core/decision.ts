import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';
import type { Classification } from './intent/classify.ts';

/** One retrieve email: every published credential issued to one address, sent to that address only. */
export interface RetrieveDelivery {
  /** The address the credentials were issued to (never the address the learner typed, if they differ). */
  to: string;
  credentials: IssuedCredential[];
}

/** An issuer the learner should contact, and why we think it is theirs. */
export interface IssuerContact {
  issuer: Issuer;
  basis: 'draft_credential' | 'near_miss' | 'mentioned_in_message';
}

/**
 * What credbot decided for one message. Expected outcomes are data: each channel renders the kind it gets.
 */
export type Decision =
  | {
      kind: 'retrieve';
      deliveries: RetrieveDelivery[];
      /** Addresses the learner gave that had nothing, so a reply can say so. */
      addressesWithoutCredentials: string[];
      nearMisses: CredentialMatch[];
    }
  | {
      kind: 'issuer_handoff';
      /** `only_drafts`: the issuer has not published yet; `nothing_found`: no credential for the address. */
      reason: 'only_drafts' | 'nothing_found';
      addresses: string[];
      contacts: IssuerContact[];
      drafts: IssuedCredential[];
      nearMisses: CredentialMatch[];
    }
  | {
      kind: 'ask_for_email';
      /** The address the channel vouched for (e.g. the ticket's requester) that had nothing, if any. */
      triedAddress?: string;
    }
  | {
      kind: 'rate_limited';
      address: string;
      lastSentAt: Date;
      /** When the address may receive another retrieve email. */
      nextAllowedAt: Date;
    }
  | { kind: 'ignore'; classification: Classification };

export type DecisionKind = Decision['kind'];
