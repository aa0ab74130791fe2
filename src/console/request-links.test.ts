import { describe, expect, it } from 'vitest';
import { conversationLink } from './request-links.ts';

describe('conversationLink', () => {
  it("opens a Zendesk ticket in the agent interface of the account's origin", () => {
    expect(conversationLink('zendesk', { ticketId: '4242' }, 'https://acme.zendesk.com')).toEqual({ href: 'https://acme.zendesk.com/agent/tickets/4242', label: 'Zendesk ticket #4242' });
  });

  it('gives no Zendesk link without an account or with a ticket id that is not a number', () => {
    expect(conversationLink('zendesk', { ticketId: '4242' }, null)).toBeNull();
    expect(conversationLink('zendesk', { ticketId: '42/../admin' }, 'https://acme.zendesk.com')).toBeNull();
  });

  it('opens a Slack thread through the app deep link', () => {
    expect(conversationLink('slack', { channelId: 'C0123ABCD', threadTs: '1712345678.000100' }, null)).toEqual({
      href: 'slack://channel?id=C0123ABCD&message=1712345678.000100',
      label: 'Slack thread in C0123ABCD',
    });
    expect(conversationLink('slack', { channelId: 'C0123ABCD', threadTs: null }, null)?.href).toBe('slack://channel?id=C0123ABCD');
  });

  it('gives no link for an erased context or another channel', () => {
    expect(conversationLink('slack', {}, null)).toBeNull();
    expect(conversationLink('cli', {}, 'https://acme.zendesk.com')).toBeNull();
  });
});
