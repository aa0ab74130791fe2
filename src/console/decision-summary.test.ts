import { describe, expect, it } from 'vitest';
import { maskEmail } from '../core/mask.ts';
import { summarizeDecision } from './decision-summary.ts';

describe('summarizeDecision', () => {
  it('counts the credentials of each retrieve email, addresses as the page shows them', () => {
    const stored = { kind: 'retrieve', deliveries: [{ to: 'ana@school.example', credentialIds: ['c1', 'c2'] }], addressesWithoutCredentials: [] };
    expect(summarizeDecision(stored, maskEmail)).toBe('Retrieve: emailed the learner their credentials (2 credentials to a•••@school.example).');
  });

  it('says why a hand-off happened and to whom', () => {
    const stored = { kind: 'issuer_handoff', reason: 'only_drafts', addresses: ['ana@school.example'], contacts: [{ issuerId: 'harbour', basis: 'draft_credential' }] };
    expect(summarizeDecision(stored, (address) => address)).toBe(
      'Issuer hand-off: only unpublished (draft) credentials were found for ana@school.example; the learner was pointed to issuer harbour.',
    );
  });

  it('reads what erasure leaves of a decision', () => {
    expect(summarizeDecision({ kind: 'issuer_handoff', reason: 'nothing_found' }, maskEmail)).toBe(
      'Issuer hand-off: no published credential was found; the learner was pointed to their issuer.',
    );
    expect(summarizeDecision({ kind: 'retrieve' }, maskEmail)).toBe('Retrieve: the learner was sent their credentials.');
  });
});
