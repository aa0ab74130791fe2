import { z } from 'zod';
import { normalizeEmailAddress } from '../../core/addresses.ts';
import { LANGUAGES } from '../../core/messages/languages.ts';
import type { TrialInput } from './message-trial.ts';

/** The "Try a message" form's fields, as typed, to fill the form in again. */
export interface TrialForm {
  text: string;
  /** The requester's own address, as a channel would vouch for it; optional. */
  address: string;
  /** One of LANGUAGES, or empty: credbot reads the language from the message. */
  language: string;
}

export type TrialFormField = keyof TrialForm;

export type ParsedTrialForm =
  | { ok: true; form: TrialForm; input: TrialInput }
  | { ok: false; form: TrialForm; field: TrialFormField; message: string };

/** Longer than any support message: a long email thread quoted whole. */
export const MAX_TRIAL_TEXT_LENGTH = 20_000;

export const EMPTY_TRIAL_FORM: TrialForm = { text: '', address: '', language: '' };

const formSchema = z.object({
  text: z
    .string({ error: 'The message is missing.' })
    .trim()
    .min(1, 'Write the message to try.')
    .max(MAX_TRIAL_TEXT_LENGTH, `The message is longer than ${MAX_TRIAL_TEXT_LENGTH.toLocaleString('en-GB')} characters; shorten it.`),
  address: z
    .string({ error: 'The address was given more than once.' })
    .trim()
    .refine((address) => address === '' || normalizeEmailAddress(address) !== null, 'This is not an email address; leave it empty or write one address, e.g. learner@example.com.')
    .optional(),
  language: z.enum(['', ...LANGUAGES], { error: `Choose a language from the list (${LANGUAGES.join(', ')}), or leave it to credbot.` }).optional(),
});

/** Reads a posted form (urlencoded, as @fastify/formbody gives it); the CSRF field is the plugin's, not read here. */
export function parseTrialForm(body: unknown): ParsedTrialForm {
  const raw = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const form: TrialForm = {
    text: typeof raw.text === 'string' ? raw.text : '',
    address: typeof raw.address === 'string' ? raw.address : '',
    language: typeof raw.language === 'string' ? raw.language : '',
  };
  const parsed = formSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, form, field: issue.path[0] as TrialFormField, message: issue.message };
  }
  const { text, address, language } = parsed.data;
  return {
    ok: true,
    form,
    input: { text, vouchedAddress: address ? (normalizeEmailAddress(address) ?? undefined) : undefined, locale: language || undefined },
  };
}
