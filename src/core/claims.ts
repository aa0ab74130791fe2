import { CredbotError } from './errors.ts';

/*
 * A claim on work in flight: a job retried while its first attempt may still be sending (an email, a Slack post,
 * neither recognisable afterwards) must find that attempt's claim and send nothing. The repositories take and keep
 * claims (src/db/claims.ts); the workers act on what they find.
 */

/** What an attempt finds when it asks for a row's work. */
export type Claim<Row> =
  | { kind: 'claimed'; row: Row }
  /** Another attempt holds it until then. */
  | { kind: 'held'; until: Date }
  /** Nothing left to do: done, given up, erased, or no such row. */
  | { kind: 'settled' };

/**
 * Thrown by a worker whose job found its work held by another attempt still in flight. It counts against nothing
 * of the work (no attempt, no error recorded on the email or the reply); the queue retries the job after its
 * delay, when the holder has finished (the retry then finds nothing to do) or died and its claim has run out (the
 * retry does the work). Failing, not completing, keeps the job alive for that second case.
 */
export class WorkInFlightError extends CredbotError {
  constructor(
    readonly work: string,
    readonly heldUntil: Date,
  ) {
    // No ErrorCode names it: it never leaves the job queue.
    super('internal', `${work} is held by another attempt in flight until ${heldUntil.toISOString()}; this try sent nothing`);
    this.name = 'WorkInFlightError';
  }
}
