import { DECISION_KINDS, type DecisionKind } from '../core/decision.ts';

/**
 * What `support_requests.outcome` holds while the message's transaction has claimed it and not yet decided: the
 * claim and the decision commit together, so a committed request always holds a decision kind.
 */
export const UNDECIDED = 'pending';

/** The values the column takes, and its CHECK constraint allows. */
export const STORED_OUTCOMES = [...DECISION_KINDS, UNDECIDED] as const;
export type StoredOutcome = (typeof STORED_OUTCOMES)[number];

/** The decision kind of a committed request; an undecided one is a bug (its claim committed without a decision). */
export function decidedOutcome(requestId: string, outcome: StoredOutcome): DecisionKind {
  if (outcome === UNDECIDED) throw new Error(`request ${requestId} was committed without a decision`);
  return outcome;
}
