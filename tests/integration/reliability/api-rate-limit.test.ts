// The integration API's per-key rate limit lives in PostgreSQL: two app instances (two connection
// pools, as two servers behind a load balancer) spend one bucket, so a key gets its burst once,
// not once per instance. Through the route handler, the refusal is a 429 with Retry-After and
// the RateLimit-* headers.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { GET as listOrders } from "@/app/api/v1/orders/route";
import { takeApiToken } from "@/lib/api/rate-limit";
import { getPrisma } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { callApi, createTestKey } from "../../support/api-client";
import { createBrand } from "../../support/fixtures";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("API rate limit across two app instances", () => {
  const instanceA = getPrisma();
  const instanceB = url ? new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) : undefined;
  afterAll(async () => {
    await instanceB?.$disconnect();
  });

  it("a burst of 10 spent from both instances at once lets exactly 10 through", async () => {
    const f = await createBrand();
    const key = await createTestKey(f);
    // A slow refill (one token a thousand seconds), so the test's own duration adds nothing.
    const rule = { perSecond: 0.001, burst: 10 };
    const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => takeApiToken(key.id, rule, i % 2 ? instanceA : instanceB!)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    const refused = decisions.filter((d) => !d.allowed);
    expect(refused).toHaveLength(20);
    for (const d of refused) expect(d.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refills with time, up to the burst", async () => {
    const f = await createBrand();
    const key = await createTestKey(f);
    const rule = { perSecond: 20, burst: 3 };
    const first = await Promise.all(Array.from({ length: 3 }, () => takeApiToken(key.id, rule, instanceB)));
    expect(first.every((d) => d.allowed)).toBe(true);
    expect((await takeApiToken(key.id, rule, instanceA)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await takeApiToken(key.id, rule, instanceA);
    expect(after.allowed).toBe(true);
    expect(after.remaining).toBeLessThanOrEqual(2);
  });

  it("answers 429 with Retry-After and RateLimit-* once the key's burst is spent", async () => {
    const f = await createBrand();
    const key = await createTestKey(f, ["orders:read"]);
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 80 }, () => callApi(listOrders, "/orders", { key })));
    const seconds = (Date.now() - started) / 1000;
    const limited = answers.filter((a) => a.status === 429);
    // The burst (20), plus what refills while the requests run (10 a second), and no more.
    const allowed = answers.filter((a) => a.status === 200).length;
    expect(allowed).toBeGreaterThanOrEqual(20);
    expect(allowed).toBeLessThanOrEqual(20 + Math.ceil(seconds * 10));
    expect(limited).toHaveLength(80 - allowed);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    const refused = limited[0];
    expect(refused.json.error.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get("ratelimit-limit")).toBe("20");
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
  });
});
