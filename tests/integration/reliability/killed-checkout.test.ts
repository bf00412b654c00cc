// A process killed in the middle of a checkout leaves no half order. The real checkout
// (lib/checkout/place-order) runs in a child process against this file's database; the test holds
// the row locks of the cart's lines, so the child's transaction writes the order and its lines,
// then waits where it would empty the cart. The child is killed there (SIGKILL: no cleanup of
// any kind). Nothing it wrote may survive, the cart and stock stay as they were, and the same
// checkout then succeeds. Needs a PostgreSQL server (another process cannot open this file's PGlite).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { actAs } from "../../support/next-request";
import { checkoutInput, createLink, createLinkWorld } from "../link-access/link-fixtures";

const url = process.env.TEST_DATABASE_URL;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!url)("a checkout process killed mid-transaction", { timeout: 120_000 }, () => {
  let observer: pg.Client;
  beforeAll(async () => {
    observer = new pg.Client({ connectionString: url });
    await observer.connect();
  });
  afterAll(async () => {
    await observer?.end();
  });

  it("leaves no order or lines, keeps the cart and stock, and the same checkout then succeeds", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", addressField: "SHOW" });
    await actAs(null);
    const quantities = [{ skuId: world.skus[0].id, quantity: 2 }, { skuId: world.skus[1].id, quantity: 1 }];
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities })).toMatchObject({ ok: true });
    const ctx = (await resolveLink(link.token))!.purchase!;
    const cart = await prisma.cart.findFirstOrThrow({ where: { ownerKey: ctx.cartOwnerKey, brandId: world.brand.id }, include: { lines: true } });
    const input = checkoutInput({ email: `killed-${randomBytes(3).toString("hex")}@test.example` });

    // Hold the cart lines: the child's transaction will wait on them after inserting the order.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(`SELECT 1 FROM "CartLine" WHERE "cartId" = $1 FOR UPDATE`, [cart.id]);

    const appName = `killed-checkout-${randomBytes(4).toString("hex")}`;
    const childUrl = new URL(url!);
    childUrl.searchParams.set("application_name", appName);
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/place-order-child.ts"], {
      env: { ...process.env, DATABASE_URL: childUrl.toString(), PLACE_ORDER_JOB: JSON.stringify({ ctx, input }) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = once(child, "exit");

    try {
      // The child's backend is blocked on our lock, holding the locks of rows it wrote to Order and OrderLine.
      const pid = await waitFor("the child to block inside its transaction", async () => {
        if (child.exitCode !== null) throw new Error(`The child ended early: ${output}`);
        const { rows } = await observer.query<{ pid: number }>(
          `SELECT a.pid FROM pg_stat_activity a
           WHERE a.application_name = $1 AND a.wait_event_type = 'Lock' AND a.query LIKE '%DELETE FROM "CartLine"%'
             AND (SELECT count(DISTINCT l.relation) FROM pg_locks l WHERE l.pid = a.pid AND l.mode = 'RowExclusiveLock'
                  AND l.relation IN ('"Order"'::regclass, '"OrderLine"'::regclass)) = 2`,
          [appName],
        );
        return rows[0]?.pid;
      });
      expect(pid).toBeGreaterThan(0);
      child.kill("SIGKILL");
      const [, signal] = await exited;
      expect(signal).toBe("SIGKILL");
    } finally {
      child.kill("SIGKILL");
      // Let go of the cart lines: the orphaned backend runs on, finds its client gone and rolls back.
      await holder.query("ROLLBACK");
      await holder.end();
    }
    await waitFor("the killed checkout's session to end", async () => {
      const { rows } = await observer.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1`, [appName]);
      return rows.length === 0 ? true : undefined;
    });

    expect(await prisma.order.count({ where: { brandId: world.brand.id } })).toBe(0);
    expect(await prisma.orderLine.count({ where: { skuId: { in: world.skus.map((s) => s.id) } } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { brandId: world.brand.id, action: "order.place" } })).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { brandId: world.brand.id } })).toBe(0);
    // The guest buyer it created and the order number it took rolled back with it.
    expect(await prisma.buyer.count({ where: { email: input.email } })).toBe(0);
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: world.brand.id } })).lastOrderNumber).toBe(0);
    const lines = await prisma.cartLine.findMany({ where: { cartId: cart.id }, orderBy: { skuId: "asc" } });
    expect(lines.map((l) => [l.skuId, l.quantity]).sort()).toEqual(cart.lines.map((l) => [l.skuId, l.quantity]).sort());
    expect((await prisma.sku.findMany({ where: { brandId: world.brand.id } })).map((s) => s.stockQuantity)).toEqual([10, 10, 10, 10]);

    // The buyer submits again (same form, same idempotency key): one order, number 1, cart emptied.
    const again = await placeLinkOrderAction(link.token, input);
    expect(again).toMatchObject({ ok: true, data: { orderNumber: `${world.brand.orderPrefix}-000001` } });
    const order = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id }, include: { lines: true } });
    expect(order.lines.map((l) => [l.skuId, l.quantity]).sort()).toEqual(quantities.map((q) => [q.skuId, q.quantity]).sort());
    expect(await prisma.cartLine.count({ where: { cartId: cart.id } })).toBe(0);
  });
});
