import "server-only";
// Failure counters in the database, so limits hold across app instances: a key may fail `limit`
// times within `windowMs`; after that it is refused until the window ends.
import { prisma } from "@/lib/db/client";

export type RateLimitRule = { limit: number; windowMs: number };

export const SIGN_IN_RULE: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };

/** Milliseconds until the key may try again, or 0 when it may try now. */
export async function retryAfterMs(key: string, rule: RateLimitRule, now = new Date()): Promise<number> {
  const bucket = await prisma.rateLimitBucket.findUnique({ where: { key } });
  if (!bucket) return 0;
  const endsAt = bucket.windowStart.getTime() + rule.windowMs;
  if (endsAt <= now.getTime() || bucket.count < rule.limit) return 0;
  return endsAt - now.getTime();
}

/** Counts one failure atomically (one statement: safe under concurrent attempts). */
export async function recordFailure(key: string, rule: RateLimitRule, now = new Date()): Promise<void> {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  await prisma.$executeRaw`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimitBucket"."windowStart" END`;
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}

export function formatWait(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
