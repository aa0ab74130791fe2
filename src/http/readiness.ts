/**
 * What `/readyz` asks besides the database: each channel adds a check of the neighbour it cannot work without
 * (Slack's Web API for the Slack channel). A check resolves to null when ready, or to the reason it is not, in
 * words safe to show anyone who can reach the port (no tokens, no addresses).
 */
export type ReadinessCheck = () => Promise<string | null>;

export interface Readiness {
  add(name: string, check: ReadinessCheck): void;
  /** Every check's answer, run side by side: name → null (ready) or the reason. */
  run(): Promise<Record<string, string | null>>;
}

export function createReadiness(): Readiness {
  const checks = new Map<string, ReadinessCheck>();
  return {
    add(name, check) {
      checks.set(name, check);
    },
    async run() {
      const answers = await Promise.all(
        [...checks].map(async ([name, check]) => [name, await check().catch((error: unknown) => `check failed: ${String(error)}`)] as const),
      );
      return Object.fromEntries(answers);
    },
  };
}

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
