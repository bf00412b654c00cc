// Two app instances share one database: what one counts, the other sees. Each instance is its
// own connection pool, as two servers behind a load balancer would be.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { getPrisma, setPrisma } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { retryAfterMs, SIGN_IN_RULE, takeAttempt } from "@/lib/rate-limit/rate-limit";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("two app instances on one database", () => {
  const instanceA = getPrisma();
  const instanceB = url ? new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) : undefined;
  afterAll(async () => {
    setPrisma(instanceA);
    await instanceB?.$disconnect();
  });

  async function onInstance<T>(client: PrismaClient, work: () => Promise<T>): Promise<T> {
    setPrisma(client);
    return work();
  }

  it("sign-in attempts counted on both instances add up to one lock-out", async () => {
    const key = "signin:shared@test.example";
    // 5 attempts on each instance, all at once: the limit (10) lets each of them go ahead.
    const waits = await Promise.all([
      ...Array.from({ length: 5 }, () => onInstance(instanceA, () => takeAttempt(key, SIGN_IN_RULE))),
      ...Array.from({ length: 5 }, () => onInstance(instanceB!, () => takeAttempt(key, SIGN_IN_RULE))),
    ]);
    expect(waits).toEqual(Array(10).fill(0));
    const bucket = await instanceB!.rateLimitBucket.findUniqueOrThrow({ where: { key } });
    expect(bucket.count).toBe(10);
    expect(await onInstance(instanceA, () => retryAfterMs(key, SIGN_IN_RULE))).toBeGreaterThan(0);
  });
});
