import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * Zendesk's ids (tickets, users) are positive whole numbers below 2^53: its API writes them as JSON numbers. The
 * webhook refuses anything else, which the API would refuse later, after the learner had been emailed.
 */
const ZENDESK_ID_PROBLEM = `must be a Zendesk id: a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`;

/** A Zendesk id as a number, from a number or the digits a trigger placeholder renders (`"{{ticket.id}}"`). */
export const zendeskIdSchema = z.union([z.number(), z.string()], { error: ZENDESK_ID_PROBLEM }).transform((value, context) => {
  const id = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(id) && id > 0) return id;
  context.addIssue({ code: 'custom', message: ZENDESK_ID_PROBLEM, input: value });
  return z.NEVER;
});

/** One learner message on a ticket, whichever kind of webhook brought it: the data of its `zendesk-message` job. */
export const zendeskTicketMessageSchema = z.object({
  ticketId: zendeskIdSchema,
  subject: z.string(),
  /** The learner's latest words: the latest comment, or the description of a new ticket. */
  text: z.string(),
  tags: z.array(z.string()),
  /**
   * `language`: the requester's language as the trigger's `{{ticket.requester.language}}` renders it (its name,
   * "Español"), when the template sends it; event webhooks carry none (the API's user has a locale).
   */
  requester: z.object({
    id: zendeskIdSchema.nullable(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    // Jobs queued before the language was carried have none.
    language: z.string().nullable().default(null),
  }),
  /** True when Zendesk says an agent wrote the comment (event webhooks only). */
  writtenByStaff: z.boolean(),
  /**
   * Who wrote the words, when the webhook says (the trigger's `{{current_user.id}}`, an event's comment author): only
   * the requester's are answered. Jobs queued before it was carried, and triggers set up before, have none.
   */
  authorId: zendeskIdSchema.nullable().default(null),
  /**
   * Ticket + a digest of the words: a trigger copy, an event copy and every retry of one comment share it,
   * so they make one request.
   */
  dedupeKey: z.string().min(1),
});

export type ZendeskTicketMessage = z.output<typeof zendeskTicketMessageSchema>;

export type ParsedWebhook =
  | { kind: 'message'; message: ZendeskTicketMessage }
  | { kind: 'not_for_us'; reason: string }
  | { kind: 'invalid'; field: string; problem: string };

const optionalText = z.union([z.string(), z.null()]).optional().transform((value) => value ?? '');
/** Trigger placeholders render tags as one space-separated string. */
const tags = z
  .union([z.string(), z.array(z.string()), z.null()])
  .optional()
  .transform((value) => (Array.isArray(value) ? value : (value ?? '').split(/\s+/)).map((tag) => tag.trim()).filter(Boolean));

const triggerPayload = z.object({
  ticket: z.object({
    id: zendeskIdSchema,
    subject: optionalText,
    description: optionalText,
    latest_comment: optionalText,
    tags,
    requester: z
      .object({
        // The placeholder renders empty when the ticket has no requester.
        id: z.preprocess((value) => (value === '' ? null : value), zendeskIdSchema.nullable().optional()),
        email: optionalText,
        name: optionalText,
        // Added to the template for issue 19: triggers set up before it do not send it.
        language: optionalText,
      })
      .optional(),
    // Added for issue 20: triggers set up before it do not send it.
    updated_by: z
      .object({ id: z.preprocess((value) => (value === '' ? null : value), zendeskIdSchema.nullable().optional()) })
      .optional(),
  }),
});

const eventPayload = z.object({
  type: z.string(),
  detail: z.object({
    id: zendeskIdSchema,
    subject: optionalText,
    description: optionalText,
    requester_id: zendeskIdSchema.nullable().optional(),
    tags,
  }),
  event: z
    .object({
      comment: z
        .object({
          body: optionalText,
          author: z.object({ id: zendeskIdSchema.optional(), is_staff: z.boolean().optional() }).partial().optional(),
        })
        .optional(),
    })
    .partial()
    .optional(),
});

const HANDLED_EVENT_TYPES = new Set(['zen:event-type:ticket.created', 'zen:event-type:ticket.comment_added']);

/** Validates a webhook body (already JSON-parsed) and reduces it to the message credbot acts on. */
export function parseZendeskWebhook(body: unknown): ParsedWebhook {
  if (typeof body === 'object' && body !== null && 'type' in body) return parseEvent(body);
  const parsed = triggerPayload.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const { ticket } = parsed.data;
  const text = ticket.latest_comment.trim() || ticket.description.trim();
  return message({
    ticketId: ticket.id,
    subject: ticket.subject,
    text,
    tags: ticket.tags,
    requester: {
      id: ticket.requester?.id ?? null,
      email: ticket.requester?.email.trim() || null,
      name: ticket.requester?.name.trim() || null,
      language: ticket.requester?.language.trim() || null,
    },
    writtenByStaff: false,
    authorId: ticket.updated_by?.id ?? null,
  });
}

function parseEvent(body: object): ParsedWebhook {
  const parsed = eventPayload.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const { type, detail, event } = parsed.data;
  if (!HANDLED_EVENT_TYPES.has(type)) return { kind: 'not_for_us', reason: `event type ${type}` };
  const comment = type === 'zen:event-type:ticket.comment_added' ? event?.comment : undefined;
  return message({
    ticketId: detail.id,
    subject: detail.subject,
    text: (comment ? comment.body : detail.description).trim(),
    tags: detail.tags,
    requester: { id: detail.requester_id ?? null, email: null, name: null, language: null },
    writtenByStaff: comment?.author?.is_staff === true,
    authorId: comment?.author?.id ?? null,
  });
}

function message(fields: Omit<ZendeskTicketMessage, 'dedupeKey'>): ParsedWebhook {
  const words = (fields.text || fields.subject).replace(/\s+/g, ' ').trim();
  const digest = createHash('sha256').update(words).digest('hex').slice(0, 24);
  return { kind: 'message', message: { ...fields, dedupeKey: `${fields.ticketId}:${digest}` } };
}

function invalid(error: z.ZodError): ParsedWebhook {
  const issue = error.issues[0];
  return { kind: 'invalid', field: issue?.path.join('.') || '(body)', problem: issue?.message ?? 'invalid' };
}
