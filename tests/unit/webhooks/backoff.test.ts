import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, retryDelayMs, retrySpanMs } from "@/lib/jobs/backoff";

describe("job retry backoff", () => {
  it("doubles from 30 s up to 6 h", () => {
    const delays = Array.from({ length: 13 }, (_, i) => retryDelayMs(i + 1, DEFAULT_RETRY_POLICY, () => 0) / 1000);
    expect(delays).toEqual([30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 21600, 21600, 21600]);
  });

  it("retries over at least 24 hours before a job is dead, jitter only adding up to a fifth", () => {
    expect(retrySpanMs(DEFAULT_RETRY_POLICY)).toBeGreaterThanOrEqual(24 * 3_600_000);
    for (const attempt of [1, 5, 12]) {
      const nominal = retryDelayMs(attempt, DEFAULT_RETRY_POLICY, () => 0);
      expect(retryDelayMs(attempt, DEFAULT_RETRY_POLICY, () => 0.999)).toBeLessThanOrEqual(nominal * 1.2);
      expect(retryDelayMs(attempt, DEFAULT_RETRY_POLICY, Math.random)).toBeGreaterThanOrEqual(nominal);
    }
  });
});
