import "server-only";
// Per-key rate limit shared by every app instance: a token bucket row per key in PostgreSQL,
// refilled by the database clock and taken from in one atomic statement, so two instances (or
// twenty requests at once) can never spend the same token twice.
import { prisma, type PrismaClient } from "@/lib/db/client";

export type RateRule = { perSecond: number; burst: number };

/** 10 requests a second on average, up to 20 at once. */
export const API_RATE: RateRule = { perSecond: 10, burst: 20 };

export type RateDecision = {
  allowed: boolean;
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until the next request may go (refused requests only). */
  retryAfterSeconds: number;
};

type Db = Pick<PrismaClient, "$queryRaw">;

export async function takeApiToken(apiKeyId: string, rule: RateRule = API_RATE, db: Db = prisma): Promise<RateDecision> {
  const burst = rule.burst;
  const rate = rule.perSecond;
  // The stored count plus what flowed in since, capped at the burst; a token is taken only if one is there.
  const taken = await db.$queryRaw<{ tokens: number }[]>`
    INSERT INTO "ApiRateLimit" AS b ("apiKeyId", "tokens", "refilledAt")
    VALUES (${apiKeyId}, ${burst}::double precision - 1, now() AT TIME ZONE 'UTC')
    ON CONFLICT ("apiKeyId") DO UPDATE SET
      "tokens" = LEAST(${burst}::double precision, b."tokens" + GREATEST(0, EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - b."refilledAt")) * ${rate}::double precision) - 1,
      "refilledAt" = now() AT TIME ZONE 'UTC'
    WHERE LEAST(${burst}::double precision, b."tokens" + GREATEST(0, EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - b."refilledAt")) * ${rate}::double precision) >= 1
    RETURNING "tokens"`;
  if (taken.length) {
    const tokens = Number(taken[0].tokens);
    return { allowed: true, limit: burst, remaining: Math.max(0, Math.floor(tokens)), resetSeconds: Math.ceil((burst - tokens) / rate), retryAfterSeconds: 0 };
  }
  const [now] = await db.$queryRaw<{ tokens: number }[]>`
    SELECT LEAST(${burst}::double precision, "tokens" + GREATEST(0, EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - "refilledAt")) * ${rate}::double precision) AS "tokens"
    FROM "ApiRateLimit" WHERE "apiKeyId" = ${apiKeyId}`;
  const tokens = Number(now?.tokens ?? 0);
  return {
    allowed: false,
    limit: burst,
    remaining: 0,
    resetSeconds: Math.ceil((burst - tokens) / rate),
    retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rate)),
  };
}

/** The RateLimit-* headers of an answer (and Retry-After when refused). */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.retryAfterSeconds);
  return headers;
}
