// Who gets the last units when orders compete for them: within one release the order placed
// first (then the lower order number), whatever order the ids arrive in; across separate releases
// the one that commits first. The pop-up sends a selection oldest first, one chunk at a time.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { prepareForReleaseAction, releasePreviewAction } from "@/lib/shipping/actions";
import { prepareOrdersForRelease } from "@/lib/shipping/prepare-release";
import { RELEASE_CHUNK_SIZE } from "@/lib/shipping/schemas";
import { actAs } from "../../support/next-request";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { createProductWithSkus, createToShipOrders, type SkuRef } from "../../support/shipping-orders";

const MONDAY = new Date("2026-03-02T09:00:00Z");
const TUESDAY = new Date("2026-03-03T09:00:00Z");

/** Two orders wanting 2 units each of a SKU with 3 left: only one can have them. */
async function twoOrdersForTheLastUnits(options: { sameTime?: boolean } = {}) {
  const f = await createBrand();
  const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [3] });
  // Numbers are issued in list order: the newer order gets the lower number unless told otherwise,
  // so the test cannot pass by serving in number order alone.
  const [newer, older] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
    { lines: [{ sku: skus[0], quantity: 2 }], createdAt: options.sameTime ? MONDAY : TUESDAY },
    { lines: [{ sku: skus[0], quantity: 2 }], createdAt: MONDAY },
  ]);
  return { f, sku: skus[0], older, newer };
}

async function releaseStatusOf(id: string) {
  return (await prisma.order.findUniqueOrThrow({ where: { id } })).releaseStatus;
}

async function stockOf(sku: SkuRef) {
  return (await prisma.sku.findUniqueOrThrow({ where: { id: sku.id } })).stockQuantity;
}

async function prepare(f: BrandFixture, orderIds: string[]) {
  await actAs(f.ops);
  const result = await prepareForReleaseAction({ orderIds });
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("first come, first served", () => {
  for (const [name, pick] of [
    ["newest first", (o: { older: { id: string }; newer: { id: string } }) => [o.newer.id, o.older.id]],
    ["oldest first", (o: { older: { id: string }; newer: { id: string } }) => [o.older.id, o.newer.id]],
  ] as const) {
    it(`gives the last units to the older of two orders when the ids come ${name}`, async () => {
      const o = await twoOrdersForTheLastUnits();
      const result = await prepare(o.f, pick(o));

      expect(result).toMatchObject({ released: 1, failed: 1 });
      // Outcomes come in serving order: the older order first.
      expect(result.outcomes).toMatchObject([
        { orderId: o.older.id, ok: true },
        { orderId: o.newer.id, ok: false, reason: "STOCK_SHORT" },
      ]);
      expect(await releaseStatusOf(o.older.id)).toBe("PREPARING_PRODUCT");
      expect(await releaseStatusOf(o.newer.id)).toBe("FAILED_TO_RELEASE");
      expect(await stockOf(o.sku)).toBe(1);
    });
  }

  it("serves the lower order number first when two orders were placed at the same moment", async () => {
    const o = await twoOrdersForTheLastUnits({ sameTime: true });
    // Same placement time: "newer" holds the lower number here, so it is served first.
    await prepare(o.f, [o.older.id, o.newer.id]);
    expect(await releaseStatusOf(o.newer.id)).toBe("PREPARING_PRODUCT");
    expect(await releaseStatusOf(o.older.id)).toBe("FAILED_TO_RELEASE");
  });

  it("lets a newer order have stock an older one cannot be given in full", async () => {
    const f = await createBrand();
    const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [3] });
    const [older, newer] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: skus[0], quantity: 5 }], createdAt: MONDAY },
      { lines: [{ sku: skus[0], quantity: 2 }], createdAt: TUESDAY },
    ]);
    await prepare(f, [newer.id, older.id]);
    expect(await releaseStatusOf(older.id)).toBe("FAILED_TO_RELEASE");
    expect(await releaseStatusOf(newer.id)).toBe("PREPARING_PRODUCT");
    expect(await stockOf(skus[0])).toBe(1);
  });

  it("serves a selection larger than one chunk oldest first across its chunks", async () => {
    const f = await createBrand();
    const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [RELEASE_CHUNK_SIZE] });
    const total = RELEASE_CHUNK_SIZE + 50;
    // Created oldest first (the fixture spaces them a second apart), passed newest first.
    const orders = await createToShipOrders(prisma, f.brand, f.buyer.id, Array.from({ length: total }, () => ({ lines: [{ sku: skus[0], quantity: 1 }] })));
    const outcomes = await prepareOrdersForRelease({
      brand: { id: f.brand.id, name: f.brand.name, orderPrefix: f.brand.orderPrefix },
      actor: { userId: f.ops.id, label: "ops" },
      orderIds: orders.map((o) => o.id).reverse(),
    });
    expect(outcomes.map((o) => o.orderId)).toEqual(orders.map((o) => o.id));
    const released = new Set(outcomes.filter((o) => o.ok).map((o) => o.orderId));
    expect([...released].sort()).toEqual(orders.slice(0, RELEASE_CHUNK_SIZE).map((o) => o.id).sort());
    expect(await stockOf(skus[0])).toBe(0);
  });

  it("has the pop-up send the selection oldest first, so a newer order in a later chunk cannot take an older one's stock", async () => {
    const f = await createBrand();
    const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [2, 1000] });
    const [scarce, plenty] = skus;
    // 101 orders make two chunks. The newest wants the 2 scarce units and comes first on a
    // newest-first page; the oldest wants them too and comes last.
    const others = Array.from({ length: RELEASE_CHUNK_SIZE - 1 }, (_, i) => ({ lines: [{ sku: plenty, quantity: 1 }], createdAt: new Date(TUESDAY.getTime() + i * 1000) }));
    const orders = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: scarce, quantity: 2 }], createdAt: MONDAY },
      ...others,
      { lines: [{ sku: scarce, quantity: 2 }], createdAt: new Date(TUESDAY.getTime() + RELEASE_CHUNK_SIZE * 1000) },
    ]);
    const oldest = orders[0];
    const newest = orders.at(-1)!;
    const pageOrder = [...orders].reverse().map((o) => o.id);

    await actAs(f.ops);
    const preview = await releasePreviewAction({ orderIds: pageOrder });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.orderIds[0]).toBe(oldest.id);
    expect(preview.data.orderIds.at(-1)).toBe(newest.id);
    // What the pop-up does: chunk the preview's order, one call after another.
    for (let i = 0; i < preview.data.orderIds.length; i += RELEASE_CHUNK_SIZE) await prepare(f, preview.data.orderIds.slice(i, i + RELEASE_CHUNK_SIZE));

    expect(await releaseStatusOf(oldest.id)).toBe("PREPARING_PRODUCT");
    expect(await releaseStatusOf(newest.id)).toBe("FAILED_TO_RELEASE");
  });

  it("serves the older order when two releases of the same two orders race, ids in opposite orders", async () => {
    const o = await twoOrdersForTheLastUnits();
    await actAs(o.f.ops);
    const [x, y] = await Promise.all([prepareForReleaseAction({ orderIds: [o.newer.id, o.older.id] }), prepareForReleaseAction({ orderIds: [o.older.id, o.newer.id] })]);
    expect(x.ok && y.ok).toBe(true);
    expect(await releaseStatusOf(o.older.id)).toBe("PREPARING_PRODUCT");
    expect(await releaseStatusOf(o.newer.id)).toBe("FAILED_TO_RELEASE");
    expect(await stockOf(o.sku)).toBe(1);
  });

  it("between separate releases the first to commit keeps the stock, even for the newer order", async () => {
    // Documented behaviour (the pop-up says so): a release does not take back what an earlier
    // release gave a newer order; the older order fails stock short and can be retried later.
    const o = await twoOrdersForTheLastUnits();
    expect(await prepare(o.f, [o.newer.id])).toMatchObject({ released: 1 });
    const later = await prepare(o.f, [o.older.id]);
    expect(later.outcomes).toMatchObject([{ orderId: o.older.id, ok: false, reason: "STOCK_SHORT" }]);
    expect(await releaseStatusOf(o.newer.id)).toBe("PREPARING_PRODUCT");
    expect(await releaseStatusOf(o.older.id)).toBe("FAILED_TO_RELEASE");
    expect(await stockOf(o.sku)).toBe(1);
  });
});
