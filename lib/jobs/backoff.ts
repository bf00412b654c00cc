// When a failed job runs again: exponential backoff with jitter, capped, over at least a day in
// all (so a receiver that is down overnight still gets its events), then the job is DEAD.

export type RetryPolicy = {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The wait after the first failure; each further failure doubles it... */
  baseMs: number;
  /** ...up to this. */
  capMs: number;
};

/** 14 attempts: waits of 30 s, 1, 2, 4 ... 256 min, then 6 h three times: about 26.5 h before jitter. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 14, baseMs: 30_000, capMs: 6 * 3_600_000 };

/**
 * The wait after failed attempt number `attempt` (1-based). Jitter only adds (up to a fifth), so
 * workers that failed together spread out and the schedule never gets shorter than its sum.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const nominal = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(nominal * (1 + random() / 5));
}

/** The time from the first attempt to the last without jitter (the schedule's guaranteed span). */
export function retrySpanMs(policy: RetryPolicy): number {
  let total = 0;
  for (let attempt = 1; attempt < policy.maxAttempts; attempt++) total += retryDelayMs(attempt, policy, () => 0);
  return total;
}
