import { describe, expect, it } from 'vitest';
import { decideFollowUp, isFollowUp } from './follow-up.ts';
import type { Classification } from './intent/classify.ts';
import type { ConversationHistory } from './ports.ts';

const sentAt = new Date('2026-03-02T09:15:00Z');
const own = 'ana.silva@example.org';

function history(fields: Partial<ConversationHistory> = {}): ConversationHistory {
  return {
    outcomes: ['retrieve'],
    knownAddresses: [own],
    vouchedAddresses: [own],
    emails: [{ address: own, status: 'sent', sentAt, timesSent: 1 }],
    ...fields,
  };
}

const asking: Classification = { intent: 'missing_credential', band: 'suggest', confidence: 0.7, reasons: ['missing:not_received'], language: 'en' };
const thanking: Classification = { intent: 'other', band: 'ignore', confidence: 0, reasons: [], language: null };

describe('reading a message in a conversation credbot emailed from', () => {
  it('is a follow-up when it is about the missing credential and names no new address', () => {
    expect(isFollowUp(history(), [], asking)).toBe(true);
    expect(isFollowUp(history(), ['Ana.Silva@example.org'], asking)).toBe(true);
  });

  it('is a new request when it names an address the conversation has not seen', () => {
    expect(isFollowUp(history(), ['someone.else@example.org'], asking)).toBe(false);
  });

  it('is not a follow-up when credbot sent no email in the conversation, or when it is not about the credential', () => {
    expect(isFollowUp(history({ emails: [] }), [], asking)).toBe(false);
    expect(isFollowUp(history(), [], thanking)).toBe(false);
  });
});

describe('what a follow-up is answered with', () => {
  const reasonFor = (fields: Partial<ConversationHistory>, vouched?: string) => decideFollowUp(history(fields), vouched).reason;

  it('says when the email was sent', () => {
    expect(decideFollowUp(history(), undefined)).toEqual({
      kind: 'follow_up',
      reason: 'sent',
      emails: [{ address: own, status: 'sent', sentAt, timesSent: 1, requesterOwn: true }],
    });
  });

  it('says an email still queued is on its way', () => {
    expect(reasonFor({ emails: [{ address: own, status: 'queued', sentAt: null, timesSent: 0 }] })).toBe('on_the_way');
  });

  it('goes to a person when an email failed, was sent twice already, or the learner asks again', () => {
    expect(reasonFor({ emails: [{ address: own, status: 'failed', sentAt: null, timesSent: 0 }] })).toBe('failed');
    expect(reasonFor({ emails: [{ address: own, status: 'sent', sentAt, timesSent: 2 }] })).toBe('sent_twice');
    expect(reasonFor({ outcomes: ['retrieve', 'follow_up'] })).toBe('asked_again');
  });

  it('tells nothing of emails to addresses the channel does not vouch for as the requester’s', () => {
    expect(reasonFor({ vouchedAddresses: [], emails: [{ address: own, status: 'failed', sentAt: null, timesSent: 0 }] })).toBe('not_theirs');
    expect(reasonFor({ vouchedAddresses: [] }, own)).toBe('sent');
  });
});
