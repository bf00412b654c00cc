import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { getPrisma, setPrisma } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";

describe("health check", () => {
  // Open the connection pool first: the check measures an answering database, not pool start-up.
  beforeAll(async () => {
    await getPrisma().$queryRaw`SELECT 1`;
  });

  it("answers 200 while the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
  });

  it("answers 503 when the database is unreachable", async () => {
    const working = getPrisma();
    // Nothing listens on port 1: the connection is refused.
    setPrisma(new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 1000 }) }));
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "unavailable", database: { ok: false } });
    } finally {
      setPrisma(working);
    }
  });
});
