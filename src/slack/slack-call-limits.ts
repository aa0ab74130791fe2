/**
 * How long one Slack Web API call may take, from the client settings credbot gives it. Kept apart from the client
 * (no Bolt import) so the configuration can check JOB_TIMEOUT_SECONDS against it without loading Bolt.
 */

/** The Web API client's back-off between the retries of one call (p-retry: each wait doubles, up to a cap). */
export const SLACK_RETRY_BACKOFF = { factor: 2, minTimeout: 1000, maxTimeout: 30_000, randomize: true } as const;

/**
 * The Slack calls one reply attempt makes at most: the learner's profile (to offer it as a button), the answer to
 * the learner, the hand-off summary for staff.
 */
export const SLACK_CALLS_PER_REPLY = 3;

export interface SlackCallSettings {
  /** Per try. */
  apiTimeoutMs: number;
  /** Tries after the first, within one call. */
  apiRetries: number;
}

/**
 * The longest one call may take: every try runs to its timeout, and every wait between them is the longest the
 * back-off allows (`randomize` doubles a wait at most). A 429 is not waited out within the call
 * (slackClientOptions), so Retry-After adds nothing, and nothing pauses the client's queue of calls (100 at once,
 * far more than credbot makes).
 */
export function longestSlackCallMs({ apiTimeoutMs, apiRetries }: SlackCallSettings): number {
  let waits = 0;
  for (let retry = 0; retry < apiRetries; retry++) {
    const longestFactor = SLACK_RETRY_BACKOFF.randomize ? 2 : 1;
    waits += Math.min(SLACK_RETRY_BACKOFF.maxTimeout, longestFactor * SLACK_RETRY_BACKOFF.minTimeout * SLACK_RETRY_BACKOFF.factor ** retry);
  }
  return (apiRetries + 1) * apiTimeoutMs + waits;
}

/** The longest the Slack calls of one reply attempt may take together. */
export function longestSlackReplyMs(settings: SlackCallSettings): number {
  return SLACK_CALLS_PER_REPLY * longestSlackCallMs(settings);
}
