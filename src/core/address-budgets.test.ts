import { describe, expect, it } from 'vitest';
import { applyMessageCap, applyRequesterLimit, mailboxesOf, separateOwnAddresses } from './address-budgets.ts';

describe('separateOwnAddresses', () => {
  it('counts an address as the requester’s own when it is the same mailbox as the vouched one', () => {
    expect(separateOwnAddresses(['a.na+work@gmail.com', 'bo@example.com', 'ANA@googlemail.com'], 'ana@gmail.com')).toEqual({
      own: ['a.na+work@gmail.com', 'ANA@googlemail.com'],
      others: ['bo@example.com'],
    });
  });

  it('counts nothing as own when the channel vouches for no address', () => {
    expect(separateOwnAddresses(['ana@example.com'], undefined)).toEqual({ own: [], others: ['ana@example.com'] });
  });
});

describe('applyMessageCap', () => {
  it('keeps the first mailboxes named, in order, and holds back the rest', () => {
    expect(applyMessageCap(['a@x.example', 'b@x.example', 'c@x.example'], 2)).toEqual({
      within: ['a@x.example', 'b@x.example'],
      heldBack: [{ address: 'c@x.example', reason: 'message_cap' }],
    });
  });

  it('counts the +tags of one mailbox once', () => {
    const tagged = Array.from({ length: 10 }, (_, index) => `a+${index}@x.example`);
    expect(applyMessageCap([...tagged, 'b@x.example'], 2)).toEqual({ within: [...tagged, 'b@x.example'], heldBack: [] });
  });
});

describe('applyRequesterLimit', () => {
  it('allows new mailboxes while the requester has asked about fewer than the limit in a day', () => {
    expect(applyRequesterLimit(['c@x.example', 'd@x.example'], 3, new Set(['a@x.example', 'b@x.example']))).toEqual({
      allowed: ['c@x.example'],
      heldBack: [{ address: 'd@x.example', reason: 'requester_daily_limit' }],
    });
  });

  it('lets the requester ask again about a mailbox already counted today', () => {
    expect(applyRequesterLimit(['A+again@x.example'], 1, new Set(['a@x.example']))).toEqual({ allowed: ['A+again@x.example'], heldBack: [] });
  });
});

describe('mailboxesOf', () => {
  it('gives each mailbox once', () => {
    expect(mailboxesOf(['a+1@x.example', 'A@x.example', 'b@x.example'])).toEqual(['a@x.example', 'b@x.example']);
  });
});
