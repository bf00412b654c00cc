// The database server restarts while the app is under load (in process: the app's own Prisma
// client, the health route and a transactional server action, against a private PostgreSQL
// cluster this file starts and stops). While the server is down every call fails cleanly and
// quickly (503 from /api/health, a typed error from the action, no crash, no hang); once it is
// back the same client serves again, without a restart. No transaction is left half-applied.
// The same fault against the production server: db-restart.server.test.ts.
import { describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { getPrisma } from "@/lib/db/client";
import { adjustStockAction } from "@/lib/products/actions";
import { actAs } from "../../support/next-request";
import { privateAppForSuite } from "../../support/private-app";
import { privatePostgresAvailable } from "../../support/private-postgres";

/** No call may take longer than this, up or down (the health check's own timeout is 5 s). */
const CALL_BOUND_MS = 6_000;
/** After the server is back, the app must answer again within this. */
const RECOVERY_BOUND_MS = 15_000;

type Call = { phase: "up" | "down" | "back"; kind: "health" | "action"; ok: boolean; startedAt: number; ms: number; detail: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!privatePostgresAvailable())("the database restarted under load", { timeout: 120_000 }, () => {
  const world = privateAppForSuite();

  it("fails cleanly while the server is down and recovers with the same client", async () => {
    const { server, app, f, skuId } = world();
    const crashes: unknown[] = [];
    const onCrash = (error: unknown) => crashes.push(error);
    process.on("uncaughtException", onCrash);
    process.on("unhandledRejection", onCrash);
    // The action layer logs each unexpected error; expected here, so kept out of the output.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});

    await actAs(f.staff, { brandId: f.brand.id });
    let phase: Call["phase"] = "up";
    let running = true;
    const calls: Call[] = [];

    async function timed(kind: Call["kind"], work: () => Promise<{ ok: boolean; detail: string }>) {
      const at = phase;
      const started = Date.now();
      const { ok, detail } = await work();
      calls.push({ phase: at, kind, ok, startedAt: started, ms: Date.now() - started, detail });
    }
    const checkHealth = () =>
      timed("health", async () => {
        const response = await health();
        const body = (await response.json()) as { status: string };
        return { ok: response.status === 200, detail: `${response.status} ${body.status}` };
      });
    // One unit in, in one transaction: stock, stock movement and audit event, or nothing.
    const adjust = () =>
      timed("action", async () => {
        const result = await adjustStockAction({ skuId, delta: 1, reason: "restart test" });
        return { ok: result.ok, detail: result.ok ? "ok" : result.code };
      });

    // Load: four callers in a loop until the end of the test.
    const load = Array.from({ length: 4 }, (_, i) =>
      (async () => {
        while (running) {
          await (i % 2 ? checkHealth() : adjust());
          await sleep(50);
        }
      })(),
    );

    await sleep(1_500);
    const stopping = Date.now();
    phase = "down";
    await server.stop();
    await sleep(2_000);
    phase = "back";
    await server.start();

    // Recovers by itself: the health check and the action answer again, on the same client.
    const deadline = Date.now() + RECOVERY_BOUND_MS;
    while ((await health()).status !== 200) {
      expect(Date.now()).toBeLessThan(deadline);
      await sleep(200);
    }
    const recovered = Date.now();
    await sleep(1_500);
    running = false;
    await Promise.all(load);
    process.off("uncaughtException", onCrash);
    process.off("unhandledRejection", onCrash);
    const messages = logged.mock.calls.map((args) => args[0]);
    logged.mockRestore();

    expect(crashes).toEqual([]);
    expect(messages).toContain("Unexpected error in server action");
    expect(getPrisma()).toBe(app);
    const summary = (list: Call[]) => list.map((c) => `${c.phase} ${c.kind} ${c.detail} ${c.ms}ms`);
    // Before the restart everything worked.
    const up = calls.filter((c) => c.startedAt + c.ms < stopping);
    expect(up.length).toBeGreaterThan(4);
    expect(summary(up.filter((c) => !c.ok))).toEqual([]);
    // While down: failures, each answered quickly and cleanly (503 / a typed action error).
    const down = calls.filter((c) => c.phase === "down");
    expect(down.some((c) => c.kind === "health" && !c.ok)).toBe(true);
    expect(down.some((c) => c.kind === "action" && !c.ok)).toBe(true);
    for (const c of calls.filter((c) => !c.ok)) expect(c.detail).toMatch(/^(503 unavailable|UNEXPECTED)$/);
    expect(summary(calls.filter((c) => c.ms > CALL_BOUND_MS))).toEqual([]);
    // Once the health check answered again, every call succeeds.
    const after = calls.filter((c) => c.startedAt >= recovered);
    expect(after.length).toBeGreaterThan(4);
    expect(await adjustStockAction({ skuId, delta: 1, reason: "restart test" })).toMatchObject({ ok: true });
    expect((await health()).status).toBe(200);
    expect(summary(after.filter((c) => !c.ok))).toEqual([]);

    // Nothing half-applied: every committed adjustment has its movement and audit event.
    const sku = await app.sku.findUniqueOrThrow({ where: { id: skuId } });
    const movements = await app.stockMovement.count({ where: { skuId } });
    const audits = await app.auditEvent.count({ where: { entityId: skuId, action: "stock.adjust" } });
    expect(sku.stockQuantity).toBe(movements);
    expect(audits).toBe(movements);
    const succeeded = calls.filter((c) => c.kind === "action" && c.ok).length + 1;
    expect(movements).toBeGreaterThanOrEqual(succeeded);
    expect(movements).toBeLessThanOrEqual(calls.filter((c) => c.kind === "action").length + 1);
  });
});
