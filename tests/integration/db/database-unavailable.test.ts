// isDatabaseUnavailable on errors the database stack really throws: a server that cannot be
// reached is an outage, through a model query, a raw statement and a transaction; a refused
// write, a bad statement or an error of our own is not (those must never read as an outage).
// The stopped and frozen server cases run in tests/integration/reliability/sign-in-outage.test.ts.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createClient, prisma } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { freePort } from "../../support/private-postgres";

const thrown = (work: () => Promise<unknown>) => work().then(() => { throw new Error("expected a failure"); }, (error: unknown) => error);

describe("telling a database outage from other failures", () => {
  it("a server nobody listens on is an outage, however the app asks it", async () => {
    const closed = createClient({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${await freePort()}/none` }, { connectMs: 1_000, queryMs: 1_000 });
    try {
      const errors = {
        model: await thrown(() => closed.user.findUnique({ where: { email: "someone@test.example" } })),
        raw: await thrown(() => closed.$executeRaw`SELECT 1`),
        transaction: await thrown(() => closed.$transaction(async (tx) => tx.user.count())),
      };
      for (const [how, error] of Object.entries(errors)) expect(isDatabaseUnavailable(error), how).toBe(true);
      // Wrapped the way Auth.js wraps an error thrown while signing in.
      expect(isDatabaseUnavailable(new Error("callback failed", { cause: { err: errors.model } }))).toBe(true);
    } finally {
      await closed.$disconnect();
    }
  });

  it("a refused write, a bad statement and the app's own errors are not", async () => {
    const email = `twice-${randomBytes(4).toString("hex")}@test.example`;
    await prisma.user.create({ data: { email, name: "Twice", passwordHash: "x" } });
    const errors = {
      duplicate: await thrown(() => prisma.user.create({ data: { email, name: "Twice", passwordHash: "x" } })),
      badStatement: await thrown(() => prisma.$executeRawUnsafe("SELECT * FROM no_such_table")),
      missingRow: await thrown(() => prisma.user.findUniqueOrThrow({ where: { email: `nobody-${email}` } })),
      ours: new Error("Something else broke"),
    };
    for (const [what, error] of Object.entries(errors)) expect(isDatabaseUnavailable(error), what).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("connection refused")).toBe(false);
  });
});
