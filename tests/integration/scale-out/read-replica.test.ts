// Scale-out on PostgreSQL's own machinery, against a private primary with a streaming replica
// (tests/support/replica-pair) and PgBouncer in front of the primary (tests/support/pgbouncer).
// Read replicas: the named read paths (lists, searches, the CSV export, an anonymous link's
// catalog page) read the replica, shown by pausing the replica's replay: they miss a row the
// primary already has. Everything else reads and writes the primary: a buyer who just ordered
// finds the order at once, a session that just wrote reads the primary, and every transition and
// checkout succeeds with the replica paused or stopped (its reads then fall back to the primary).
// PgBouncer in transaction mode: the app works through it with the README's settings, and the
// README's notes about startup options and migrations hold.
import { PrismaPg } from "@prisma/adapter-pg";
import { cookies } from "next/headers";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient, getPrisma, prisma, setPrisma, type PrismaClient } from "@/lib/db/client";
import { FRESH_READS_COOKIE, markSessionWrote, sessionWroteRecently } from "@/lib/db/fresh-reads";
import { readPrisma, REPLICA_RETRY_MS, REPLICA_TIMEOUTS, setReplicas, type ReadPrisma } from "@/lib/db/replica";
import { applyMigrations } from "@/lib/db/schema-engine";
import { listBuyerOrders } from "@/lib/buyer-app/queries";
import { searchConnections } from "@/lib/buyers/queries";
import { loginWithUserAccountAction, placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { linkCatalogPage } from "@/lib/link-access/queries";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { countLinksByType, listLinks } from "@/lib/links/queries";
import { createTagAction, rejectOrderAction } from "@/lib/orders/actions";
import { getBuyerOrderDetail, getLinkOrderDetail, iterateOrders, listOrders } from "@/lib/orders/queries";
import { orderFiltersSchema } from "@/lib/orders/schemas";
import { listProducts } from "@/lib/products/queries";
import { prepareForReleaseAction } from "@/lib/shipping/actions";
import { listQueueOrders, listReleasedOrders, queueCounts } from "@/lib/shipping/queries";
import { queueFilterSchema, releasedFilterSchema } from "@/lib/shipping/schemas";
import { buyerSearchSchema } from "@/lib/buyers/schemas";
import { linkListFilterSchema } from "@/lib/links/schemas";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { actAs, cookieValue } from "../../support/next-request";
import { pgbouncerAvailable, startPgbouncer, type Pgbouncer } from "../../support/pgbouncer";
import { replicaPairAvailable, sql, startReplicaPair, type ReplicaPair } from "../../support/replica-pair";
import { createProductWithSkus, createToShipOrders } from "../../support/shipping-orders";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

const PAGE = { page: 1, pageSize: 50, skip: 0, take: 50 };

/** Which server a client's statements reach: true on a replica (a server in recovery). */
async function onReplica(db: Pick<ReadPrisma, "$queryRaw">): Promise<boolean> {
  const [row] = await db.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
  return row.standby;
}

/** A buyer of the world signs in on a Customer Order Link, fills the cart and orders (the real checkout). */
async function orderAsBuyer(world: LinkWorld, token: string): Promise<string> {
  await actAs(null);
  expect(await loginWithUserAccountAction(token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true });
  expect(await saveLinkCartAction(token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] })).toMatchObject({ ok: true });
  const placed = await placeLinkOrderAction(token, checkoutInput({ email: world.buyerUser.email }));
  if (!placed.ok) throw new Error(`checkout failed: ${placed.message}`);
  return placed.data.redirectTo.split("/").pop()!;
}

describe.skipIf(!replicaPairAvailable())("a primary with a streaming replica, and PgBouncer", { timeout: 120_000 }, () => {
  let pair: ReplicaPair;
  let url: string;
  let primary: PrismaClient;
  let replica: PrismaClient;
  let original: PrismaClient;

  beforeAll(async () => {
    original = getPrisma();
    pair = await startReplicaPair();
    url = await pair.primary.createDatabase("wholesale");
    const pool = new PrismaPg({ connectionString: url });
    await applyMigrations(pool);
    // The app's own clients, as production builds them from DATABASE_URL and DATABASE_REPLICA_URL.
    primary = createClient({ kind: "postgres", url });
    replica = createClient({ kind: "postgres", url: pair.replicaUrl("wholesale") }, REPLICA_TIMEOUTS);
    setPrisma(primary);
    setReplicas([replica]);
    await pair.caughtUp();
  }, 120_000);

  afterEach(async () => {
    await pair.startReplica().catch(() => {});
    await pair.resumeReplay().catch(() => {});
    vi.restoreAllMocks();
  });

  afterAll(async () => {
    setReplicas([]);
    setPrisma(original);
    await Promise.all([primary?.$disconnect(), replica?.$disconnect()]);
    await pair?.destroy();
  });

  it("the app's client is on the primary, a read path's on the replica", async () => {
    expect(await onReplica(prisma)).toBe(false);
    expect(await onReplica(await readPrisma())).toBe(true);
    // Nothing can write through it: the replica refuses (and the type has no writes).
    const db = (await readPrisma()) as unknown as PrismaClient;
    await expect(db.tag.create({ data: { brandId: "none", name: "x" } })).rejects.toThrow(/read-only transaction/);
  });

  it("lists, searches, the export and an anonymous link's catalog page read the replica: paused, it misses what the primary has", async () => {
    const world = await createLinkWorld();
    const instant = await createLink(world, { type: "INSTANT" });
    const customer = await createLink(world);
    const brand = { id: world.brand.id, homeCountry: "JP", orderPrefix: world.brand.orderPrefix };
    await pair.caughtUp();
    await pair.pauseReplay();

    // Written on the primary while the replica stands still.
    const product = await createProductWithSkus(primary, brand.id, { stock: [5], name: "Fresh Product" });
    await primary.catalogProduct.create({ data: { catalogId: world.catalog.id, productId: product.skus[0].productId, position: 9 } });
    await primary.skuPrice.create({ data: { skuId: product.skus[0].id, currency: "JPY", wholesalePrice: 5000 } });
    const [toShip] = await createToShipOrders(primary, brand, world.buyer.id, [{ lines: [{ sku: product.skus[0], quantity: 1 }] }]);
    const [released] = await createToShipOrders(primary, brand, world.buyer.id, [{ lines: [{ sku: product.skus[0], quantity: 1 }], releaseStatus: "PREPARING_PRODUCT" }]);
    const link = await createLink(world, { type: "DYNAMIC_BRAND" });
    const newBuyer = await primary.buyer.create({ data: { name: "Fresh Shop", country: "JP", ownership: "OFFLINE", ownerBrandId: brand.id, email: "fresh@test.example" } });
    await primary.connection.create({ data: { brandId: brand.id, buyerId: newBuyer.id, currency: "JPY", language: "EN" } });

    // What each read path shows, as ids (or a count) to look for the new rows in.
    const orderFilters = orderFiltersSchema.parse({});
    const catalogIds = async (token: string) => (await linkCatalogPage((await resolveLink(token))!, world.catalog.id, 1))!.products.map((p) => p.id);
    const exported = async () => {
      const ids: string[] = [];
      for await (const rows of iterateOrders(brand, orderFilters)) ids.push(...rows.map((r) => r.id));
      return ids;
    };
    const paths: [string, () => Promise<unknown[]>, unknown][] = [
      ["Order Management list", async () => (await listOrders(brand, orderFilters, PAGE)).orders.map((o) => o.id), toShip.id],
      ["Order Management export", exported, toShip.id],
      ["To Ship queue", async () => (await listQueueOrders(brand, queueFilterSchema.parse({}), PAGE)).rows.map((o) => o.id), toShip.id],
      ["To Ship counts", async () => [`${(await queueCounts(brand, queueFilterSchema.parse({}))).notYetReleased} waiting`], "1 waiting"],
      ["Shipping view", async () => (await listReleasedOrders(brand, releasedFilterSchema.parse({}), PAGE)).rows.map((o) => o.id), released.id],
      ["product list", async () => (await listProducts(brand.id, { status: "active" }, PAGE)).rows.map((p) => p.id), product.skus[0].productId],
      ["buyer list", async () => (await searchConnections(brand.id, buyerSearchSchema.parse({}), PAGE)).rows.map((c) => c.buyer.id), newBuyer.id],
      ["link list", async () => (await listLinks(brand.id, "DYNAMIC_BRAND", linkListFilterSchema.parse({}), PAGE)).rows.map((l) => l.id), link.id],
      ["link counts", async () => [`${(await countLinksByType(brand.id)).DYNAMIC_BRAND} dynamic`], "1 dynamic"],
      ["Instant Order Link catalog page", () => catalogIds(instant.token), product.skus[0].productId],
    ];

    // A staff member who has not written: every path answers from the replica, without the new rows.
    await actAs(world.staff, { brandId: brand.id });
    for (const [name, read, fresh] of paths) expect(await read(), name).not.toContain(fresh);
    // The primary has them all along; a Customer Order Link's page (a signed-in buyer's) reads it,
    // also for a session with no fresh write (the mark of the login is removed here).
    expect(await primary.order.count({ where: { id: { in: [toShip.id, released.id] } } })).toBe(2);
    expect(await loginWithUserAccountAction(customer.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true });
    (await cookies()).delete(FRESH_READS_COOKIE);
    expect(await onReplica(await readPrisma())).toBe(true);
    expect(await catalogIds(customer.token)).toContain(product.skus[0].productId);
    await actAs(world.staff, { brandId: brand.id });

    await pair.resumeReplay();
    await pair.caughtUp();
    for (const [name, read, fresh] of paths) expect(await read(), name).toContain(fresh);
  });

  it("a buyer who just ordered finds the order at once, on its page and in My orders, with the replica paused", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    await pair.caughtUp();
    await pair.pauseReplay();

    const orderId = await orderAsBuyer(world, link.token);
    expect(await replica.order.count({ where: { id: orderId } })).toBe(0); // not on the replica yet
    // The order confirmation page of the link, the Buyer App's order page and My orders.
    expect(await getLinkOrderDetail(link.id, orderId)).toMatchObject({ id: orderId, status: "PLEASE_CREATE_OC" });
    expect(await getBuyerOrderDetail(world.buyerUser.id, orderId)).toMatchObject({ id: orderId });
    expect((await listBuyerOrders(world.buyer.id, PAGE)).rows.map((o) => o.id)).toContain(orderId);
    // The checkout marked this session: its read paths read the primary for the next seconds.
    expect(cookieValue(FRESH_READS_COOKIE)).toMatch(/^\d+$/);
    expect(await onReplica(await readPrisma())).toBe(false);

    // Staff who have not written yet read the replica: the new order is not in their list...
    const brand = { id: world.brand.id, orderPrefix: world.brand.orderPrefix };
    const listed = async () => (await listOrders(brand, orderFiltersSchema.parse({}), PAGE)).orders.map((o) => o.id);
    await actAs(world.staff, { brandId: brand.id });
    expect(await listed()).not.toContain(orderId);
    // ...until they write something: from then on their own reads are on the primary.
    expect(await createTagAction({ name: "Fresh" })).toMatchObject({ ok: true });
    expect(await listed()).toContain(orderId);

    // The mark lasts DATABASE_REPLICA_STICKY_SECONDS (10 s).
    expect(await sessionWroteRecently(Date.now() + 11_000)).toBe(false);
    // A write while the mark has more than half its window left keeps the mark as it is (no
    // cookie written: Next.js would render the page again into the action's answer); one in the
    // mark's second half renews it.
    const mark = cookieValue(FRESH_READS_COOKIE)!;
    expect(await createTagAction({ name: "Fresher" })).toMatchObject({ ok: true });
    expect(cookieValue(FRESH_READS_COOKIE)).toBe(mark);
    await markSessionWrote(Number(mark) - 6_000); // 6 s of the 10 left
    expect(cookieValue(FRESH_READS_COOKIE)).toBe(mark);
    await markSessionWrote(Number(mark) - 4_000); // 4 s left
    expect(cookieValue(FRESH_READS_COOKIE)).toBe(String(Number(mark) + 6_000));
    // A forged, longer mark counts for nothing.
    await actAs(world.staff, { brandId: brand.id });
    (await cookies()).set(FRESH_READS_COOKIE, String(Date.now() + 86_400_000));
    expect(await onReplica(await readPrisma())).toBe(true);
  });

  it("every transition and checkout runs on the primary, with the replica paused and with it stopped", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world);
    const brand = { id: world.brand.id, homeCountry: "JP", orderPrefix: world.brand.orderPrefix };
    const sku = { id: world.skus[1].id, code: world.skus[1].code, productId: world.product.id, productCode: world.product.productCode, productName: world.product.name };
    const [first, second] = await createToShipOrders(primary, brand, world.buyer.id, [{ lines: [{ sku, quantity: 1 }] }, { lines: [{ sku, quantity: 1 }] }]);
    const placed = await orderAsBuyer(world, link.token);
    await pair.caughtUp();

    await pair.pauseReplay();
    await actAs(world.ops, { brandId: brand.id });
    expect(await rejectOrderAction({ orderId: placed, reason: "Paused replica" })).toMatchObject({ ok: true });
    expect(await prepareForReleaseAction({ orderIds: [first.id] })).toMatchObject({ ok: true, data: { released: 1 } });
    expect(await primary.order.findUniqueOrThrow({ where: { id: first.id }, select: { releaseStatus: true } })).toEqual({ releaseStatus: "PREPARING_PRODUCT" });
    await pair.resumeReplay();

    await pair.stopReplica();
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const again = await orderAsBuyer(world, link.token);
    await actAs(world.ops, { brandId: brand.id });
    expect(await rejectOrderAction({ orderId: again, reason: "Stopped replica" })).toMatchObject({ ok: true });
    expect(await prepareForReleaseAction({ orderIds: [second.id] })).toMatchObject({ ok: true, data: { released: 1 } });
    // A read path of a session that has not written still answers: from the primary.
    await actAs(world.staff, { brandId: brand.id });
    expect((await listOrders(brand, orderFiltersSchema.parse({}), PAGE)).orders.map((o) => o.id)).toContain(again);
    expect(warned).toHaveBeenCalledTimes(1);
    expect(await onReplica(await readPrisma())).toBe(false);

    // Back up: once REPLICA_RETRY_MS is over, read paths return to the replica.
    await pair.startReplica();
    await pair.caughtUp();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + REPLICA_RETRY_MS + 1);
      expect(await onReplica(await readPrisma())).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  describe.skipIf(!pgbouncerAvailable())("PgBouncer in transaction mode in front of the primary", () => {
    const behind = (options: { ignoreStartupParameters?: string | null } = {}) =>
      startPgbouncer({ server: { host: "127.0.0.1", port: pair.primary.port, database: "wholesale" }, poolMode: "transaction", ...options });
    const bouncers: Pgbouncer[] = [];
    afterEach(async () => {
      setPrisma(primary);
      await Promise.all(bouncers.splice(0).map((b) => b.stop()));
    });

    it("README: it refuses the app's startup option unless told to ignore it, and then JIT is turned off on the database", async () => {
      const strict = await behind({ ignoreStartupParameters: null });
      bouncers.push(strict);
      const refused = createClient({ kind: "postgres", url: strict.url });
      await expect(refused.$queryRaw`SELECT 1`).rejects.toThrow(/unsupported startup parameter: options/);
      await refused.$disconnect();

      // ignore_startup_parameters = options: let in, and the app's "-c jit=off" is dropped.
      const before = await behind();
      bouncers.push(before);
      const dropped = createClient({ kind: "postgres", url: before.url });
      expect(await dropped.$queryRaw`SHOW jit`).toEqual([{ jit: "on" }]);
      await dropped.$disconnect();

      // As the README says: the database turns JIT off for every session PgBouncer opens.
      await sql(url, "ALTER DATABASE wholesale SET jit = off");
      const after = await behind();
      bouncers.push(after);
      const app = createClient({ kind: "postgres", url: after.url });
      expect(await app.$queryRaw`SHOW jit`).toEqual([{ jit: "off" }]);
      await app.$disconnect();
    });

    it("the app works through it: checkout, transitions, a report query and locking transactions", async () => {
      const bouncer = await behind();
      bouncers.push(bouncer);
      const app = createClient({ kind: "postgres", url: bouncer.url });
      setPrisma(app);
      try {
        const world = await createLinkWorld();
        const link = await createLink(world);
        const orderId = await orderAsBuyer(world, link.token);
        await actAs(world.ops, { brandId: world.brand.id });
        expect(await rejectOrderAction({ orderId, reason: "Through the pooler" })).toMatchObject({ ok: true });
        expect(await primary.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).toEqual({ status: "ORDER_REJECTED" });

        // A report-like raw query.
        const { total } = await primary.order.findUniqueOrThrow({ where: { id: orderId }, select: { total: true } });
        const report = await app.$queryRaw<{ status: string; orders: number; value: number }[]>`
          SELECT status::text, count(*)::int AS orders, sum(total)::int AS value FROM "Order" WHERE "brandId" = ${world.brand.id} GROUP BY status`;
        expect(report).toEqual([{ status: "ORDER_REJECTED", orders: 1, value: Number(total) }]);

        // Interactive transactions keep their server connection to the end: ten read-modify-write
        // increments under SELECT ... FOR UPDATE, at once, lose none.
        const skuId = world.skus[2].id;
        const { stockQuantity: start } = await app.sku.findUniqueOrThrow({ where: { id: skuId }, select: { stockQuantity: true } });
        await Promise.all(
          Array.from({ length: 10 }, () =>
            app.$transaction(async (tx) => {
              const [row] = await tx.$queryRaw<{ stockQuantity: number }[]>`SELECT "stockQuantity" FROM "Sku" WHERE id = ${skuId} FOR UPDATE`;
              await new Promise((resolve) => setTimeout(resolve, 10));
              await tx.sku.update({ where: { id: skuId }, data: { stockQuantity: row.stockQuantity + 1 } });
            }),
          ),
        );
        expect(await primary.sku.findUniqueOrThrow({ where: { id: skuId }, select: { stockQuantity: true } })).toEqual({ stockQuantity: start + 10 });
      } finally {
        await app.$disconnect();
      }
    });

    it("README: migrations go to the server directly, as their session lock outlives them behind the pooler", async () => {
      const bouncer = await behind();
      bouncers.push(bouncer);
      const lockHolders = () => sql<{ pid: number }>(url, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 72707369 AND granted");
      expect(await lockHolders()).toEqual([]); // after the direct run before these tests
      expect(await applyMigrations(new PrismaPg({ connectionString: bouncer.url }))).toEqual([]);
      // The migration lock is still held, by a server connection PgBouncer keeps for other clients.
      expect(await lockHolders()).toHaveLength(1);
    });
  });
});
