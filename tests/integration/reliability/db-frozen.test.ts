// The database stops answering without going away (every server process frozen: connections stay
// open, nothing replies). Calls must fail within the app's database timeouts instead of hanging,
// nothing crashes, and once the server answers again the same client serves without a restart.
// The timeouts are shortened here (the mechanism, not the production values, is under test).
import { describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { getPrisma } from "@/lib/db/client";
import { adjustStockAction } from "@/lib/products/actions";
import { actAs } from "../../support/next-request";
import { privateAppForSuite } from "../../support/private-app";
import { privatePostgresAvailable } from "../../support/private-postgres";

const TIMEOUTS = { connectMs: 2_000, queryMs: 2_000 };
/** A transactional action may spend one statement timeout on its statement and one on the rollback. */
const ACTION_BOUND_MS = 3 * TIMEOUTS.queryMs + 2_000;
const RECOVERY_BOUND_MS = 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!privatePostgresAvailable())("the database frozen under load", { timeout: 120_000 }, () => {
  const world = privateAppForSuite(TIMEOUTS, ({ server }) => server.thaw());

  it("answers every call within the timeouts while frozen, then recovers with the same client", async () => {
    const { server, app, f, skuId } = world();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await actAs(f.staff, { brandId: f.brand.id });
    expect(await adjustStockAction({ skuId, delta: 1, reason: "before the freeze" })).toMatchObject({ ok: true });

    await server.freeze();
    try {
      // Four calls at once, as concurrent requests would: each must come back, refused, in time.
      const started = Date.now();
      const calls = await Promise.all([
        adjustStockAction({ skuId, delta: 1, reason: "while frozen" }).then((r) => ({ ok: r.ok, ms: Date.now() - started })),
        adjustStockAction({ skuId, delta: 1, reason: "while frozen" }).then((r) => ({ ok: r.ok, ms: Date.now() - started })),
        health().then((r) => ({ ok: r.status === 200, ms: Date.now() - started })),
        app.sku.count().then(() => ({ ok: true, ms: Date.now() - started }), () => ({ ok: false, ms: Date.now() - started })),
      ]);
      expect(calls.map((c) => c.ok)).toEqual([false, false, false, false]);
      for (const c of calls) expect(c.ms).toBeLessThan(ACTION_BOUND_MS);
    } finally {
      await server.thaw();
    }

    // Answers again by itself, on the same client.
    const deadline = Date.now() + RECOVERY_BOUND_MS;
    let result = await adjustStockAction({ skuId, delta: 1, reason: "after the thaw" });
    while (!result.ok) {
      expect(Date.now()).toBeLessThan(deadline);
      await sleep(500);
      result = await adjustStockAction({ skuId, delta: 1, reason: "after the thaw" });
    }
    expect((await health()).status).toBe(200);
    expect(getPrisma()).toBe(app);
    logged.mockRestore();

    // Nothing half-applied: stock equals the committed movements, each with its audit event.
    const sku = await app.sku.findUniqueOrThrow({ where: { id: skuId } });
    const movements = await app.stockMovement.count({ where: { skuId } });
    expect(await app.auditEvent.count({ where: { entityId: skuId, action: "stock.adjust" } })).toBe(movements);
    expect(sku.stockQuantity).toBe(movements);
  });
});
