import { maskEmailsIn } from './core/mask.ts';

/*
 * A failed database statement's error says which values it had: drizzle in its message (`Failed query: …
 * params: …`), PGlite in `params`, postgres.js in `parameters`, and PostgreSQL quotes a value it refuses. Those
 * values are learners' messages and addresses, and any statement can fail (a connection cut under load), so every
 * error text credbot logs or stores has them withheld.
 */

/** Shorter values are left alone: `cli` or `42` say nothing about a learner, and would garble the message. */
const MIN_WITHHELD_LENGTH = 4;
const MAX_CAUSE_DEPTH = 5;
export const WITHHELD_VALUE = '[value withheld]';

/** The statement parameters an error, or an error it was caused by, carries. */
export function statementParametersOf(error: unknown): string[] {
  const values: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && typeof current === 'object' && current !== null; depth++) {
    const { params, parameters, cause } = current as { params?: unknown; parameters?: unknown; cause?: unknown };
    collectTexts(params, values);
    collectTexts(parameters, values);
    current = cause;
  }
  return values.filter((value) => value.length >= MIN_WITHHELD_LENGTH).sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of each value replaced (longest first, so a value inside another goes with it). */
export function withholdValues(text: string, values: readonly string[]): string {
  let withheld = text;
  for (const value of values) withheld = withheld.split(value).join(WITHHELD_VALUE);
  return withheld;
}

/** An error's message as credbot logs or stores it: statement parameters withheld, addresses masked. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return maskEmailsIn(withholdValues(message, statementParametersOf(error)));
}

/** The texts in a parameter: a string, the items of an array, an object (jsonb) as JSON and its texts. */
function collectTexts(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectTexts(item, into);
  else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !(value instanceof Date)) {
    try {
      into.push(JSON.stringify(value));
    } catch {
      // A value JSON cannot write (a cycle, a bigint) cannot appear as JSON in a message either.
    }
    for (const item of Object.values(value)) collectTexts(item, into);
  }
}
