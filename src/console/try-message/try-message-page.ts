import type { TrialInput, TrialResult } from './message-trial.ts';
import { EMPTY_TRIAL_FORM, parseTrialForm, type TrialForm, type TrialFormField } from './trial-form.ts';

/** What the "Try a message" page shows: the empty form, the form with a trial's result, or with what is wrong (400). */
export type TryMessagePage =
  | { status: 200; form: TrialForm; result?: TrialResult | undefined }
  | { status: 400; form: TrialForm; error: { field: TrialFormField; message: string } };

/** GET: the empty form. */
export const EMPTY_TRY_MESSAGE_PAGE: TryMessagePage = { status: 200, form: EMPTY_TRIAL_FORM };

/**
 * The route's one call for a posted form: `await submitTryMessageForm(trial, request.body)`, then
 * `<TryMessageBody page={…} csrfToken={…} />` with the page's status. `trial` is createMessageTrial(app).
 */
export async function submitTryMessageForm(trial: (input: TrialInput) => Promise<TrialResult>, body: unknown): Promise<TryMessagePage> {
  const parsed = parseTrialForm(body);
  if (!parsed.ok) return { status: 400, form: parsed.form, error: { field: parsed.field, message: parsed.message } };
  return { status: 200, form: parsed.form, result: await trial(parsed.input) };
}
