import { CredbotError } from '../core/errors.ts';

/**
 * Thrown by a worker whose job found its work held by another attempt still in flight (src/db/claims.ts). It
 * counts against nothing of the work (no attempt, no error recorded on the email or the reply); the queue retries
 * the job after its delay, when the holder has finished (the retry then finds nothing to do) or died and its
 * claim has run out (the retry does the work). Failing, not completing, keeps the job alive for that second case.
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
