/**
 * What credbot does with a message: `act` answers it on its own, `suggest` records it and shows staff
 * the proposed answer (nothing goes to the learner), `ignore` leaves it to people.
 */
export type IntentBand = 'act' | 'suggest' | 'ignore';

export interface IntentThresholds {
  /** At or above this probability credbot answers on its own. */
  act: number;
  /** At or above this (and below `act`) the answer is only suggested to staff. */
  suggest: number;
}

/**
 * Chosen from the curves `npm run eval:intent` prints (see docs/intent.md): `act` where precision on
 * real messages and on every held-out set stays near 0.95 or above (a wrong `act` sends a public answer; one
 * missed still reaches staff as `suggest`), `suggest` where recall reaches about 0.9 without precision falling
 * below about 0.8. Since a message with any sign against it is never `act` (classify.ts), the wrong answers left
 * above 0.85 were few enough to bring `act` down from 0.9 and win back recall.
 */
export const DEFAULT_INTENT_THRESHOLDS: IntentThresholds = { act: 0.85, suggest: 0.5 };

export function areValidThresholds(thresholds: IntentThresholds): boolean {
  return thresholds.suggest > 0 && thresholds.suggest <= thresholds.act && thresholds.act <= 1;
}

export function bandFor(probability: number, thresholds: IntentThresholds): IntentBand {
  if (probability >= thresholds.act) return 'act';
  if (probability >= thresholds.suggest) return 'suggest';
  return 'ignore';
}
