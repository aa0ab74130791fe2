import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseZendeskWebhook } from './webhook-payload.ts';
import { TRIGGER_BODY_TEMPLATE } from './zendesk-setup.ts';

const trigger = (ticket: Record<string, unknown>) => ({ ticket: { id: '101', subject: 'Help', description: 'first words', latest_comment: '', tags: '', ...ticket } });

describe('parseZendeskWebhook', () => {
  it('reads the trigger template, where every value is a string and tags are space-separated', () => {
    const parsed = parseZendeskWebhook(
      trigger({ latest_comment: 'never got my badge', tags: 'vip  web_form', requester: { id: '7', email: ' Ana@Example.com ', name: 'Ana' } }),
    );
    expect(parsed).toMatchObject({
      kind: 'message',
      message: { ticketId: 101, text: 'never got my badge', tags: ['vip', 'web_form'], requester: { id: 7, email: 'Ana@Example.com', name: 'Ana' } },
    });
  });

  it('reads the requester’s language when the template sends it, and none from a template that does not', () => {
    const spanish = parseZendeskWebhook(trigger({ latest_comment: 'x', requester: { id: '7', email: 'a@example.com', name: 'Ana', language: ' Español ' } }));
    expect(spanish).toMatchObject({ kind: 'message', message: { requester: { language: 'Español' } } });
    const older = parseZendeskWebhook(trigger({ latest_comment: 'x', requester: { id: '7', email: 'a@example.com', name: 'Ana' } }));
    expect(older).toMatchObject({ kind: 'message', message: { requester: { language: null } } });
  });

  it('falls back to the description when there is no latest comment', () => {
    expect(parseZendeskWebhook(trigger({}))).toMatchObject({ kind: 'message', message: { text: 'first words' } });
  });

  it('reads an event-subscription ticket.created payload', () => {
    const parsed = parseZendeskWebhook({
      type: 'zen:event-type:ticket.created',
      detail: { id: '55', subject: 's', description: 'where is my certificate', requester_id: '9', tags: ['a'] },
      event: {},
    });
    expect(parsed).toMatchObject({ kind: 'message', message: { ticketId: 55, text: 'where is my certificate', requester: { id: 9, email: null } } });
  });

  it('marks a comment written by an agent', () => {
    const parsed = parseZendeskWebhook({
      type: 'zen:event-type:ticket.comment_added',
      detail: { id: '55', tags: [] },
      event: { comment: { body: 'We are on it', author: { is_staff: true } } },
    });
    expect(parsed).toMatchObject({ kind: 'message', message: { writtenByStaff: true, text: 'We are on it' } });
  });

  it('lets other event types through as not for us', () => {
    expect(parseZendeskWebhook({ type: 'zen:event-type:user.active_changed', detail: { id: '1' } })).toMatchObject({ kind: 'not_for_us' });
  });

  it('names the field that is missing or wrong', () => {
    expect(parseZendeskWebhook({ ticket: { subject: 'x' } })).toMatchObject({ kind: 'invalid', field: 'ticket.id' });
    expect(parseZendeskWebhook(trigger({ id: 'abc' }))).toMatchObject({ kind: 'invalid', field: 'ticket.id' });
    expect(parseZendeskWebhook([1, 2])).toMatchObject({ kind: 'invalid' });
  });

  it('refuses an id that Zendesk’s API would refuse, naming the field', () => {
    const problem = 'must be a Zendesk id: a whole number from 1 to 9007199254740991';
    for (const id of ['0', 0, '99999999999999999999', 99999999999999999999, '9007199254740992', -3, 1.5, '1e3', ' 7', '', true]) {
      expect(parseZendeskWebhook(trigger({ id })), String(id)).toEqual({ kind: 'invalid', field: 'ticket.id', problem });
    }
    expect(parseZendeskWebhook(trigger({ requester: { id: '0' } }))).toEqual({ kind: 'invalid', field: 'ticket.requester.id', problem });
    expect(parseZendeskWebhook({ type: 'zen:event-type:ticket.created', detail: { id: '12345678901234567890' } })).toMatchObject({ kind: 'invalid', field: 'detail.id' });
    expect(parseZendeskWebhook(trigger({ id: '9007199254740991' }))).toMatchObject({ kind: 'message', message: { ticketId: 9007199254740991 } });
  });

  it('gives copies of the same words on one ticket the same key, and other words another', () => {
    const key = (body: unknown) => {
      const parsed = parseZendeskWebhook(body);
      return parsed.kind === 'message' ? parsed.message.dedupeKey : null;
    };
    const fromTrigger = key(trigger({ id: '55', latest_comment: 'where is my\n certificate' }));
    const fromEvent = key({ type: 'zen:event-type:ticket.created', detail: { id: '55', description: 'where is my certificate' } });
    expect(fromTrigger).toBe(fromEvent);
    expect(key(trigger({ id: '55', latest_comment: 'my email is ana@example.com' }))).not.toBe(fromTrigger);
    expect(key(trigger({ id: '56', latest_comment: 'where is my certificate' }))).not.toBe(fromTrigger);
  });

  describe('the trigger’s body template', () => {
    /** What Zendesk sends for a template: each placeholder replaced by the ticket's value. */
    const render = (template: string) =>
      JSON.parse(
        template.replace(/\{\{([a-z_.]+)\}\}/g, (_, name: string) =>
          ({
            'ticket.id': '42',
            'ticket.title': 'Certificado',
            'ticket.description': 'No me llegó el certificado',
            'ticket.latest_comment': 'No me llegó el certificado',
            'ticket.tags': 'web_form',
            'ticket.requester.id': '7',
            'ticket.requester.email': 'ana@example.com',
            'ticket.requester.name': 'Ana',
            'ticket.requester.language': 'Español',
            'current_user.id': '7',
          })[name] ?? `unknown placeholder ${name}`,
        ),
      );

    it('sends the requester’s language with the rest, as setup writes it', () => {
      expect(parseZendeskWebhook(render(TRIGGER_BODY_TEMPLATE))).toMatchObject({
        kind: 'message',
        message: { ticketId: 42, requester: { id: 7, email: 'ana@example.com', language: 'Español' }, authorId: 7 },
      });
    });

    it('is the template the README gives for setting the trigger up by hand', () => {
      const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
      const manual = /```json\n(\{"ticket"[\s\S]*?)```/.exec(readme)?.[1];
      expect(manual, 'the README’s trigger body').toBeDefined();
      expect(JSON.parse(manual!)).toEqual(JSON.parse(TRIGGER_BODY_TEMPLATE));
    });
  });
});
