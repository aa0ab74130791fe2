import { describe, expect, it } from 'vitest';
import { readZendeskReplyContext, zendeskReplyContext } from './zendesk-reply-context.ts';

describe('the Zendesk reply context', () => {
  it('is read back as it was written', () => {
    expect(readZendeskReplyContext(zendeskReplyContext({ ticketId: 42 }))).toEqual({ ok: true, context: { ticketId: 42 } });
  });

  it('is refused when written with a ticket id Zendesk would refuse', () => {
    expect(() => zendeskReplyContext({ ticketId: 0 })).toThrow(/ticketId/);
  });

  it('says which field of a stored context does not fit, without quoting what is stored', () => {
    const read = readZendeskReplyContext({ ticketId: 'ticket-for-ana@example.com' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatch(/^the stored channel context does not fit: ticketId: /);
    expect(read.problem).not.toContain('ana@example.com');
    expect(readZendeskReplyContext({})).toMatchObject({ ok: false, problem: expect.stringContaining('ticketId') });
    expect(readZendeskReplyContext(null)).toMatchObject({ ok: false, problem: expect.stringContaining('the context: ') });
  });
});
