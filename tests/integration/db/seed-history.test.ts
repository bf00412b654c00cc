// The demo's sales history (prisma/demo-history) read back from the seeded database: a few hundred
// orders per brand that add up, keep the products' rules and prices, tell one story per order
// (status, dates, delivery notes, audit trail), sell two seasons through every channel to buyers
// in many places, stay behind the demo's own orders, and come out the same on every seed.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { checkProductOrder } from "@/lib/order-rules/product-rules";
import { effectiveMinimum } from "@/lib/order-rules/minimum-order-value";
import { unitPrice } from "@/lib/pricing/unit-price";
import { rollupDrift } from "@/lib/reports/rollups";
import { seedDemoData } from "@/prisma/demo-data";
import { createTestDatabase } from "../../support/test-db";
import type { PrismaClient } from "@/lib/db/generated/client";

const NOW = new Date();
const DAY = 24 * 60 * 60 * 1000;
const HISTORY = "seed-history-";
const DEMO_ORDERS = 19;
/** Each brand's previous and current season (catalog names in demo-data.ts). */
const SEASONS: Record<string, { previous: string; current: string }> = {
  "aoyama-atelier": { previous: "2026 Autumn/Winter", current: "2027 Spring/Summer" },
  "northwind-supply": { previous: "Spring/Summer 2026", current: "Fall/Winter 2026" },
};

async function loadBrand(db: PrismaClient, slug: string) {
  const brand = await db.brand.findUniqueOrThrow({ where: { slug } });
  const [orders, catalogs, links, products, connections] = await Promise.all([
    db.order.findMany({
      where: { brandId: brand.id },
      orderBy: { number: "asc" },
      include: {
        buyer: { select: { name: true } },
        lines: { orderBy: { position: "asc" } },
        packLines: true,
        deliveryNotes: { include: { lines: true }, orderBy: { sequence: "asc" } },
        undeliveredSkus: true,
      },
    }),
    db.catalog.findMany({ where: { brandId: brand.id }, include: { products: true } }),
    db.orderLink.findMany({ where: { brandId: brand.id }, include: { catalogs: true } }),
    db.product.findMany({
      where: { brandId: brand.id },
      include: { skus: { include: { prices: true } }, prepacks: { include: { sizes: { orderBy: { position: "asc" } } }, orderBy: { position: "asc" } } },
    }),
    db.connection.findMany({ where: { brandId: brand.id } }),
  ]);
  const history = orders.filter((o) => o.idempotencyKey.startsWith(HISTORY));
  return { brand, orders, history, catalogs, links, products, connections };
}

type Brand = Awaited<ReturnType<typeof loadBrand>>;
type Order = Brand["orders"][number];

const brands: Record<string, Brand> = {};
const each = () => Object.values(brands);
const catalogNamed = (b: Brand, name: string) => b.catalogs.find((c) => c.name === name)!;
const month = (d: Date) => d.toISOString().slice(0, 7);

beforeAll(async () => {
  await seedDemoData(prisma, NOW);
  for (const slug of Object.keys(SEASONS)) brands[slug] = await loadBrand(prisma, slug);
}, 300_000);

describe("demo sales history", () => {
  it("gives each brand a few hundred orders over nine months, numbered as placed, before the demo's own orders", () => {
    for (const b of each()) {
      expect(b.history.length).toBeGreaterThanOrEqual(200);
      expect(b.history.length).toBeLessThanOrEqual(300);
      expect(b.orders).toHaveLength(b.history.length + DEMO_ORDERS);
      // Numbers 1..N in order of placement; the demo's own orders keep the newest dates and the highest numbers.
      expect(b.history.map((o) => o.number)).toEqual(b.history.map((_, i) => i + 1));
      for (let i = 1; i < b.history.length; i++) expect(b.history[i].createdAt.getTime()).toBeGreaterThanOrEqual(b.history[i - 1].createdAt.getTime());
      const demo = b.orders.filter((o) => !o.idempotencyKey.startsWith(HISTORY));
      expect(Math.min(...demo.map((o) => o.number))).toBe(b.history.length + 1);
      expect(b.history.at(-1)!.createdAt.getTime()).toBeLessThan(Math.min(...demo.map((o) => o.createdAt.getTime())));
      // Spread over the months, the first about nine months back, the last over a month back.
      const first = b.history[0].createdAt.getTime();
      expect(NOW.getTime() - first).toBeGreaterThan(240 * DAY);
      expect(NOW.getTime() - first).toBeLessThan(280 * DAY);
      expect(new Set(b.history.map((o) => month(o.createdAt))).size).toBeGreaterThanOrEqual(8);
      expect(b.brand.lastOrderNumber).toBe(b.orders.at(-1)!.number);
    }
  });

  it("prices every line from its SKU's price in the order currency and adds lines up to the totals", () => {
    for (const b of each()) {
      const products = new Map(b.products.map((p) => [p.id, p]));
      const connections = new Map(b.connections.map((c) => [c.buyerId, c]));
      const links = new Map(b.links.map((l) => [l.id, l]));
      for (const order of b.orders) {
        const link = order.sourceLinkId ? links.get(order.sourceLinkId)! : null;
        // Instant and Dynamic Brand Links sell on their own terms; otherwise the buyer's connection's apply.
        const guestLink = link && link.type !== "CUSTOMER";
        const terms = guestLink ? link.discountRate : connections.get(order.buyerId)!.discountRate;
        expect(order.currency).toBe(guestLink ? link.currency : connections.get(order.buyerId)!.currency);
        for (const line of order.lines) {
          const product = products.get(line.productId)!;
          const sku = product.skus.find((s) => s.id === line.skuId)!;
          expect({ code: line.skuCode, color: line.color, size: line.size, product: line.productCode }).toEqual({ code: sku.code, color: sku.color, size: sku.size, product: product.productCode });
          const catalogProduct = b.catalogs.find((c) => c.id === line.catalogId)!.products.find((p) => p.productId === product.id)!;
          const wholesale = sku.prices.find((p) => p.currency === order.currency)!.wholesalePrice;
          expect(line.unitPrice).toBe(unitPrice(wholesale, { catalogProduct: catalogProduct.discountRate, product: product.discountRate, terms }));
          expect(line.lineTotal).toBe(line.unitPrice * line.quantity);
        }
        expect(order.subtotal).toBe(order.lines.reduce((sum, l) => sum + l.lineTotal, 0));
        expect(order.total).toBe(order.subtotal + order.shippingFee);
      }
    }
  });

  it("keeps every product's order rules, and history orders reach the minimum order value", () => {
    let packed = 0;
    for (const b of each()) {
      const products = new Map(b.products.map((p) => [p.id, p]));
      const seen = new Set<string>();
      for (const order of b.orders) {
        for (const productId of new Set(order.lines.map((l) => l.productId))) {
          const p = products.get(productId)!;
          const rules = { productId, minQuantity: p.minQuantity, maxQuantity: p.maxQuantity, minQuantityPerSku: p.minQuantityPerSku, orderMultiple: p.orderMultiple, saleMode: p.saleMode, prepacks: p.prepacks };
          const lines = order.lines.filter((l) => l.productId === productId);
          const packs = order.packLines.filter((x) => x.productId === productId);
          packed += packs.length;
          const check = checkProductOrder(rules, p.skus, {
            singles: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity - l.packQuantity })),
            packs: packs.map((x) => ({ prepackId: x.prepackId!, color: x.color, packs: x.packs })),
          });
          expect(check.violations, `${order.number} ${p.productCode}`).toEqual([]);
          // The lines hold exactly the units the packs and singles come to.
          for (const l of lines) expect([l.quantity, l.packQuantity]).toEqual([check.units.get(l.skuId), check.packUnits.get(l.skuId) ?? 0]);
        }
        if (!order.idempotencyKey.startsWith(HISTORY)) continue;
        // The checkout held the cart to the minimum (the first-order one for a buyer's first order).
        const link = b.links.find((l) => l.id === order.sourceLinkId);
        const minimum = effectiveMinimum({ brand: b.brand.minimumOrder, catalogs: [], link: link?.minimumOrder }, order.currency, !seen.has(order.buyerId));
        seen.add(order.buyerId);
        expect(order.subtotal).toBeGreaterThanOrEqual(minimum?.amount ?? 0);
      }
    }
    expect(packed).toBeGreaterThan(0);
  });

  it("tells one story per order: its status, its dates, its delivery notes and its status history", async () => {
    for (const b of each()) {
      const events = await prisma.auditEvent.groupBy({ by: ["entityId"], where: { brandId: b.brand.id, entityType: "Order" }, _count: true });
      const eventCount = new Map(events.map((e) => [e.entityId, e._count]));
      for (const order of b.history) {
        expect(eventCount.get(order.id) ?? 0, `${order.number}`).toBeGreaterThanOrEqual(1);
        if (order.status === "OC_CONFIRMED" || order.status === "OC_CONFIRMED_UNDELIVERED") expect(order.ocConfirmedAt!.getTime()).toBeGreaterThan(order.createdAt.getTime());
        if (["PLEASE_CREATE_OC", "OC_CREATED", "ORDER_REJECTED"].includes(order.status)) expect(order.ocConfirmedAt).toBeNull();
        if (order.status === "CANCELLED") expect([order.cancelledReason, order.cancelledAt, order.releaseStatus]).toEqual([expect.any(String), expect.any(Date), null]);
        if (order.status === "ORDER_REJECTED") expect(order.rejectedReason).toEqual(expect.any(String));
        expect(order.updatedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
        // Delivered units: all of each line's (less what was declared undelivered) once shipped, some when partly.
        const delivered = (lineId: string) => order.deliveryNotes.flatMap((n) => n.lines).filter((l) => l.orderLineId === lineId).reduce((s, l) => s + l.quantity, 0);
        const undelivered = (lineId: string) => order.undeliveredSkus.filter((u) => u.orderLineId === lineId).reduce((s, u) => s + u.quantity, 0);
        if (order.releaseStatus === "SHIPPED") {
          for (const l of order.lines) expect(delivered(l.id) + undelivered(l.id), `${order.number}`).toBe(l.quantity);
        } else if (order.releaseStatus === "PARTIALLY_SHIPPED") {
          const total = order.lines.reduce((s, l) => s + delivered(l.id), 0);
          expect(total).toBeGreaterThan(0);
          expect(total).toBeLessThan(order.lines.reduce((s, l) => s + l.quantity, 0));
        } else {
          expect(order.deliveryNotes).toEqual([]);
        }
        expect(order.undeliveredSkus.length > 0).toBe(order.status === "OC_CONFIRMED_UNDELIVERED");
        if (order.releaseStatus && order.releaseStatus !== "NOT_YET_RELEASED") expect(order.releasedAt).not.toBeNull();
      }
      // Mostly shipped; a few rejected or cancelled; only a handful still open, so the To Ship lists
      // and the dashboard counts still show the demo's own orders.
      const count = (test: (o: Order) => boolean) => b.history.filter(test).length;
      expect(count((o) => o.releaseStatus === "SHIPPED")).toBeGreaterThan(b.history.length * 0.7);
      expect(count((o) => o.status === "CANCELLED")).toBeGreaterThan(0);
      expect(count((o) => o.status === "ORDER_REJECTED")).toBeGreaterThan(0);
      expect(count((o) => o.status === "PLEASE_CREATE_OC")).toBeLessThanOrEqual(3);
      expect(count((o) => o.status === "OC_CREATED")).toBeLessThanOrEqual(3);
      expect(count((o) => o.status === "OC_APPROVED")).toBe(0);
      expect(count((o) => o.releaseStatus === "NOT_YET_RELEASED" || o.releaseStatus === "FAILED_TO_RELEASE")).toBeLessThanOrEqual(3);
    }
  });

  it("sells a previous and a current season, each line from a catalog that was open for orders that day", () => {
    for (const b of each()) {
      const { previous, current } = SEASONS[b.brand.slug];
      // The previous season is over: its deadline passed (or its catalog is closed).
      const prev = catalogNamed(b, previous);
      expect(prev.status === "CLOSED" || prev.orderDeadline!.getTime() < NOW.getTime()).toBe(true);
      for (const name of [previous, current]) expect(b.history.filter((o) => o.catalogId === catalogNamed(b, name).id).length, name).toBeGreaterThanOrEqual(50);
      for (const order of b.history) {
        for (const line of order.lines) {
          const catalog = b.catalogs.find((c) => c.id === line.catalogId)!;
          expect(catalog.products.some((p) => p.productId === line.productId)).toBe(true);
          expect(catalog.publicationDate!.getTime()).toBeLessThan(order.createdAt.getTime());
          expect(catalog.orderDeadline!.getTime()).toBeGreaterThan(order.createdAt.getTime());
        }
      }
    }
  });

  it("gives the newest season on sale, which the Reports dashboard shows, orders of its own", () => {
    for (const b of each()) {
      // lib/reports/dashboard-report.ts: the open or limited catalog published last (and already).
      const onSale = b.catalogs.filter((c) => c.status !== "CLOSED" && c.publicationDate!.getTime() <= NOW.getTime());
      const newest = onSale.sort((x, y) => y.publicationDate!.getTime() - x.publicationDate!.getTime())[0];
      expect(b.history.filter((o) => o.catalogId === newest.id).length, newest.name).toBeGreaterThanOrEqual(5);
    }
  });

  it("comes through every channel, each link order with its link's name, type and catalogs", () => {
    for (const b of each()) {
      const channels = new Set(b.history.map((o) => o.sourceLinkType ?? o.source));
      expect([...channels].sort()).toEqual(["CUSTOMER", "DYNAMIC_BRAND", "INSTANT", "STANDARD_ORDER"]);
      for (const order of b.history) {
        if (order.source === "STANDARD_ORDER") {
          expect([order.sourceLinkId, order.sourceLinkType, order.placedVia]).toEqual([null, null, "USER_ACCOUNT"]);
          continue;
        }
        const link = b.links.find((l) => l.id === order.sourceLinkId)!;
        expect([order.sourceLinkName, order.sourceLinkType]).toEqual([link.name, link.type]);
        expect(order.placedVia === "GUEST").toBe(link.type !== "CUSTOMER");
        expect(link.createdAt.getTime()).toBeLessThan(order.createdAt.getTime());
        if (link.expiresAt) expect(link.expiresAt.getTime()).toBeGreaterThan(order.createdAt.getTime());
        for (const line of order.lines) expect(link.catalogs.map((c) => c.catalogId)).toContain(line.catalogId);
      }
    }
  });

  it("gives every demo order, the demo's own too, the catalog and link type Reports group by", () => {
    for (const b of each()) {
      for (const order of b.orders) {
        expect(order.catalogId).toBe(order.lines[0].catalogId);
        for (const line of order.lines) expect(line.catalogId).not.toBeNull();
        expect(order.sourceLinkType).toBe(order.sourceLinkId ? b.links.find((l) => l.id === order.sourceLinkId)!.type : null);
      }
    }
  });

  it("sells to connected buyers in many regions and countries, some last season only, some new this season", () => {
    for (const b of each()) {
      const connected = new Set(b.connections.map((c) => c.buyerId));
      for (const order of b.orders) expect(connected.has(order.buyerId)).toBe(true);
      const home = b.history.filter((o) => o.shipCountry === b.brand.homeCountry);
      expect(new Set(home.map((o) => o.shipRegion)).size).toBeGreaterThanOrEqual(8);
      expect(new Set(b.history.map((o) => o.shipCountry)).size).toBeGreaterThanOrEqual(4);
      expect(b.history.filter((o) => o.shipRegion).length).toBeGreaterThan(b.history.length * 0.9);
      const { previous, current } = SEASONS[b.brand.slug];
      const buyersOf = (name: string) => new Set(b.history.filter((o) => o.catalogId === catalogNamed(b, name).id).map((o) => o.buyerId));
      const [last, now] = [buyersOf(previous), buyersOf(current)];
      expect([...last].filter((id) => !now.has(id)).length, "last season only").toBeGreaterThanOrEqual(3);
      expect([...now].filter((id) => !last.has(id)).length, "new this season").toBeGreaterThanOrEqual(3);
    }
  });

  it("leaves the report rollups equal to a GROUP BY over the seeded orders", async () => {
    for (const b of each()) {
      expect(await rollupDrift(prisma, b.brand.id)).toEqual({ ReportSalesDaily: 0, ReportBuyerDaily: 0, ReportSkuDaily: 0, ReportSkuTotal: 0 });
      const [sales] = await prisma.$queryRaw<{ orders: number }[]>`SELECT sum(orders)::int AS orders FROM "ReportSalesDaily" WHERE "brandId" = ${b.brand.id}`;
      expect(sales.orders).toBe(b.orders.length);
    }
  });

  it("writes the same history on every seed", async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other.prisma, NOW);
      for (const slug of Object.keys(SEASONS)) {
        expect(fingerprint(await loadBrand(other.prisma, slug))).toEqual(fingerprint(brands[slug]));
      }
    } finally {
      await other.drop();
    }
  }, 300_000);
});

/** An order as the reports and staff see it, without the ids a seed makes anew. */
function fingerprint(b: Brand) {
  const catalog = (id: string | null) => b.catalogs.find((c) => c.id === id)?.name ?? null;
  return b.history.map((o) => ({
    number: o.number, buyer: o.buyer.name, at: o.createdAt.toISOString(), status: o.status, release: o.releaseStatus, link: o.sourceLinkName, via: o.placedVia,
    currency: o.currency, total: o.total, ship: [o.shipCountry, o.shipRegion], catalog: catalog(o.catalogId),
    lines: o.lines.map((l) => [l.skuCode, l.quantity, l.unitPrice, catalog(l.catalogId)]),
    notes: o.deliveryNotes.map((n) => [n.sequence, n.createdAt.toISOString(), n.lines.reduce((s, l) => s + l.quantity, 0)]),
  }));
}
