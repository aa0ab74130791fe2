/**
 * A sentence a support lead can read for a stored decision: the summary src/db/support-ledger.ts keeps (ids and
 * addresses, not copies of credentials). Read defensively: rows written by older versions, or emptied by erasure,
 * keep only some fields.
 */
export function summarizeDecision(decision: unknown, showAddress: (address: string) => string): string {
  const value = (decision ?? {}) as Record<string, any>;
  const list = (addresses: unknown) => (Array.isArray(addresses) && addresses.length > 0 ? addresses.map((a) => showAddress(String(a))).join(', ') : 'no address');
  const count = (items: unknown, noun: string) => {
    const n = Array.isArray(items) ? items.length : 0;
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  switch (value.kind) {
    case 'retrieve': {
      const deliveries: any[] = Array.isArray(value.deliveries) ? value.deliveries : [];
      if (deliveries.length === 0) return 'Retrieve: the learner was sent their credentials.';
      const sent = deliveries.map((delivery) => `${count(delivery.credentialIds, 'credential')} to ${showAddress(String(delivery.to))}`).join('; ');
      return `Retrieve: emailed the learner their credentials (${sent}).`;
    }
    case 'issuer_handoff': {
      const why = value.reason === 'only_drafts' ? 'only unpublished (draft) credentials were found' : 'no published credential was found';
      const issuers = Array.isArray(value.contacts) ? value.contacts.map((contact: any) => contact?.issuerId).filter(Boolean) : [];
      const where = value.addresses ? ` for ${list(value.addresses)}` : '';
      return `Issuer hand-off: ${why}${where}; the learner was pointed to ${issuers.length > 0 ? `issuer ${issuers.join(', ')}` : 'their issuer'}.`;
    }
    case 'ask_for_email':
      return value.triedAddress
        ? `Asked for an email address: nothing was found for ${showAddress(String(value.triedAddress))}, the address the channel vouched for.`
        : 'Asked the learner which email address they signed up with.';
    case 'rate_limited':
      return `Rate limited: ${showAddress(String(value.address))} already had today's retrieve emails; the next is allowed from ${value.nextAllowedAt ?? 'later'}.`;
    case 'other_addresses': {
      const found = value.found ? ` Found: ${summarizeDecision(value.found, showAddress)}` : '';
      const own = value.own ? ` Their own address: ${summarizeDecision(value.own, showAddress)}` : '';
      return `Addresses that may be someone else's (${list(value.addresses)}), told to staff only; ${count(value.heldBack, 'address')} held back.${found}${own}`;
    }
    case 'over_budget':
      return `Over budget: every address named was held back (${count(value.heldBack, 'address')}); a person decides.`;
    case 'ignore':
      return 'Ignored: not taken as a missing-credential request; left to people.';
    default:
      return value.kind ? `Decision ${String(value.kind)}.` : 'No decision recorded.';
  }
}
