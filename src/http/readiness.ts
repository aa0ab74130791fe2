/**
 * What `/readyz` asks besides the database: each part adds a check of what it cannot work without (the mail
 * server, Zendesk's and Slack's APIs, the job queue's backlog). A check resolves to null when ready, or to the
 * reason it is not, in words safe to show anyone who can reach the port (no tokens, no addresses).
 */
export type ReadinessCheck = () => Promise<string | null>;

/** One check's answer as `/readyz` shows it. */
export type CheckStatus = { status: 'ready' } | { status: 'not_ready'; reason: string };

export interface Readiness {
  add(name: string, check: ReadinessCheck): void;
  /** Every check's answer, run side by side, in the order they were added. */
  run(): Promise<Record<string, CheckStatus>>;
}

export function createReadiness(): Readiness {
  const checks = new Map<string, ReadinessCheck>();
  return {
    add(name, check) {
      checks.set(name, check);
    },
    async run() {
      const answers = await Promise.all(
        [...checks].map(async ([name, check]) => [name, toStatus(await check().catch((error: unknown) => `check failed: ${String(error)}`))] as const),
      );
      return Object.fromEntries(answers);
    },
  };
}

export function toStatus(problem: string | null): CheckStatus {
  return problem === null ? { status: 'ready' } : { status: 'not_ready', reason: problem };
}

/** How often at most a check that calls a neighbour (SMTP, Zendesk, Slack) asks it, whatever the rate of probes. */
export const NEIGHBOUR_PROBE_INTERVAL_MS = 30_000;

/** How long a probe of a neighbour waits: it must answer before the load balancer gives up on `/readyz`. */
export const NEIGHBOUR_PROBE_TIMEOUT_MS = 5_000;

/**
 * A check that asks its neighbour at most once per `ttlMs`, whatever the rate of probes (a load balancer may
 * probe every second; Slack rate-limits auth.test), and never twice at once.
 */
export function cachedCheck(check: ReadinessCheck, ttlMs: number, now: () => number = Date.now): ReadinessCheck {
  let last: { at: number; answer: Promise<string | null> } | undefined;
  return () => {
    if (last === undefined || now() - last.at >= ttlMs) last = { at: now(), answer: check() };
    return last.answer;
  };
}
