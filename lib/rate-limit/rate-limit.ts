import "server-only";
// Failure counters in the database, so limits hold across app instances: a key may fail `limit`
// times within `windowMs`; after that it is refused until the window ends. Callers take an attempt
// (counted before the secret is checked, in one statement) and clear the count on success, so a
// burst of parallel guesses gets `limit` tries, not one per request.
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

/** Adds one to the key's count (a new window when the last one ended), not once it is full. Counted rows. */
function bump(key: string, rule: RateLimitRule, now: Date): Promise<number> {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  return prisma.$executeRaw`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    WHERE "RateLimitBucket"."windowStart" <= ${windowFloor} OR "RateLimitBucket"."count" < ${rule.limit}`;
}

/**
 * Takes one attempt for the key before the secret is checked: 0 when it may go ahead (it is now
 * counted; clear the key on success), else the milliseconds until it may try again. One statement
 * with a row lock, so of any number of parallel attempts exactly `limit` go ahead.
 */
export async function takeAttempt(key: string, rule: RateLimitRule, now = new Date()): Promise<number> {
  if ((await bump(key, rule, now)) === 1) return 0;
  return Math.max(1, await retryAfterMs(key, rule, now));
}

/** An attempt taken but never checked (another limit refused it first): it does not count. */
export async function giveBackAttempt(key: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "RateLimitBucket" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0`;
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}

/** A wait in whole minutes (at least one), for messages such as "Please wait {minutes} and try again". */
export function waitMinutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
