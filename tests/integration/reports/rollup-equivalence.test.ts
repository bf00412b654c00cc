// The report rollups equal a GROUP BY over the raw order rows after any mix of writes: orders
// placed (around midnight in the brand's zone, in two currencies, through every channel), lines
// edited, added and removed, status changes (cancel, reject, confirm, release, ship), buyers
// matched, addresses changed, links deleted, orders deleted and the brand's time zone changed.
// fast-check generates the sequence; the triggers of the report_rollups migration must keep up.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { OrderLinkType, OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import { rebuildBrandRollups, rollupDrift, ROLLUP_TABLES } from "@/lib/reports/rollups";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { createProductWithSkus, type SkuRef } from "../../support/shipping-orders";

type World = { f: BrandFixture; skus: SkuRef[]; catalogs: string[]; links: { id: string; type: OrderLinkType; name: string }[]; buyers: string[] };

async function world(): Promise<World> {
  const f = await createBrand();
  const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [50, 50, 50, 50] });
  const catalogs = [];
  for (const season of ["SS", "AW"]) catalogs.push((await prisma.catalog.create({ data: { brandId: f.brand.id, name: `Catalog ${season}`, season } })).id);
  const links = [];
  for (const type of ["INSTANT", "CUSTOMER"] as const) {
    const link = await prisma.orderLink.create({ data: { brandId: f.brand.id, type, token: `rollup-${randomBytes(8).toString("hex")}`, name: `Link ${type}` } });
    links.push({ id: link.id, type, name: link.name });
  }
  return { f, skus, catalogs, links, buyers: [f.buyer.id, f.offlineBuyer.id] };
}

const STATUS_CHANGES: [OrderStatus, ReleaseStatus | null][] = [
  ["OC_CREATED", null], ["OC_CONFIRMED", "NOT_YET_RELEASED"], ["OC_CONFIRMED", "PREPARING_PRODUCT"], ["OC_CONFIRMED", "PARTIALLY_SHIPPED"],
  ["OC_CONFIRMED_UNDELIVERED", "SHIPPED"], ["CANCELLED", null], ["ORDER_REJECTED", null], ["OC_CONFIRMED", "FAILED_TO_RELEASE"],
];

const pick = <T,>(list: readonly T[], i: number) => list[i % list.length];

const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("place" as const), currency: fc.constantFrom("JPY", "USD"), minutes: fc.integer({ min: -600, max: 600 }), day: fc.integer({ min: 0, max: 3 }), catalog: fc.nat(3), channel: fc.nat(2), buyer: fc.nat(1), country: fc.constantFrom("JP", "US", "FR"), region: fc.constantFrom(null, "Tokyo", " Osaka ", "NY"), lines: fc.uniqueArray(fc.record({ sku: fc.nat(3), quantity: fc.integer({ min: 1, max: 6 }), price: fc.integer({ min: 100, max: 50_000 }), catalog: fc.nat(2) }), { minLength: 0, maxLength: 4, selector: (l) => l.sku }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("status" as const), order: fc.nat(), change: fc.nat(STATUS_CHANGES.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("editLine" as const), order: fc.nat(), line: fc.nat(), quantity: fc.integer({ min: 1, max: 9 }), price: fc.integer({ min: 100, max: 9_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteLine" as const), order: fc.nat(), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("addLine" as const), order: fc.nat(), sku: fc.nat(3), quantity: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("moveBuyer" as const), order: fc.nat(), buyer: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("address" as const), order: fc.nat(), country: fc.constantFrom("JP", "DE"), region: fc.constantFrom(null, "Kyoto") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteOrder" as const), order: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteLink" as const), link: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("timeZone" as const), zone: fc.constantFrom("Asia/Tokyo", "America/New_York", "UTC") }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function apply(w: World, o: Op) {
  const brandId = w.f.brand.id;
  const orders = await prisma.order.findMany({ where: { brandId }, orderBy: { number: "asc" }, select: { id: true, lines: { select: { id: true, skuId: true }, orderBy: { position: "asc" } } } });
  const order = "order" in o ? orders[o.order % Math.max(1, orders.length)] : undefined;
  switch (o.kind) {
    case "place": {
      const { lastOrderNumber } = await prisma.brand.update({ where: { id: brandId }, data: { lastOrderNumber: { increment: 1 } } });
      const links = await prisma.orderLink.findMany({ where: { id: { in: w.links.map((l) => l.id) } }, select: { id: true } });
      const link = o.channel < 2 ? w.links[o.channel] : null;
      const live = link && links.some((l) => l.id === link.id);
      const lines = o.lines.map((l, position) => {
        const sku = w.skus[l.sku];
        return { skuId: sku.id, productId: sku.productId, productCode: sku.productCode, productName: sku.productName, skuCode: sku.code, color: "Navy", size: "M", catalogId: l.catalog < 2 ? w.catalogs[l.catalog] : null, quantity: l.quantity, unitPrice: l.price, lineTotal: l.price * l.quantity, position };
      });
      const subtotal = lines.reduce((s, l) => s + l.lineTotal, 0);
      // Around 15:00 UTC: midnight in Tokyo, mid-morning in New York.
      const createdAt = new Date(Date.UTC(2026, 2, 1 + o.day, 15, 0) + o.minutes * 60_000);
      await prisma.order.create({
        data: {
          brandId, buyerId: w.buyers[o.buyer], number: lastOrderNumber, source: link ? "ORDER_LINK" : "STANDARD_ORDER", placedVia: "USER_ACCOUNT",
          sourceLinkId: live ? link.id : null, sourceLinkName: link?.name ?? null, sourceLinkType: link?.type ?? null,
          catalogId: o.catalog < 2 ? w.catalogs[o.catalog] : lines[0]?.catalogId ?? null,
          idempotencyKey: `rollup-${randomBytes(8).toString("hex")}`, currency: o.currency, subtotal, total: subtotal,
          contactName: "Buyer", contactEmail: "buyer@test.example", shipCountry: o.country, shipRegion: o.region,
          paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP", createdAt,
          lines: { createMany: { data: lines } },
        },
      });
      return;
    }
    case "status": {
      if (!order) return;
      const [status, releaseStatus] = STATUS_CHANGES[o.change];
      await prisma.order.update({ where: { id: order.id }, data: { status, releaseStatus } });
      return;
    }
    case "editLine": {
      const line = order?.lines.length ? pick(order.lines, o.line) : null;
      if (line) await prisma.orderLine.update({ where: { id: line.id }, data: { quantity: o.quantity, unitPrice: o.price, lineTotal: o.quantity * o.price } });
      return;
    }
    case "deleteLine": {
      const line = order?.lines.length ? pick(order.lines, o.line) : null;
      if (line) await prisma.orderLine.delete({ where: { id: line.id } });
      return;
    }
    case "addLine": {
      const sku = w.skus[o.sku];
      if (!order || order.lines.some((l) => l.skuId === sku.id)) return;
      await prisma.orderLine.create({
        data: { orderId: order.id, skuId: sku.id, productId: sku.productId, productCode: sku.productCode, productName: sku.productName, skuCode: sku.code, color: "Navy", size: "M", catalogId: w.catalogs[0], quantity: o.quantity, unitPrice: 1_000, lineTotal: o.quantity * 1_000, position: 9 },
      });
      return;
    }
    case "moveBuyer":
      if (order) await prisma.order.update({ where: { id: order.id }, data: { buyerId: w.buyers[o.buyer] } });
      return;
    case "address":
      if (order) await prisma.order.update({ where: { id: order.id }, data: { shipCountry: o.country, shipRegion: o.region } });
      return;
    case "deleteOrder":
      if (order) await prisma.order.delete({ where: { id: order.id } });
      return;
    case "deleteLink":
      await prisma.orderLink.deleteMany({ where: { id: w.links[o.link].id } });
      return;
    case "timeZone":
      await prisma.brand.update({ where: { id: brandId }, data: { timeZone: o.zone } });
      return;
  }
}

const noDrift = Object.fromEntries(ROLLUP_TABLES.map((t) => [t, 0]));

describe("report rollups", () => {
  it("equal the GROUP BY over the raw rows after any sequence of orders, edits, cancellations and releases", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
        const w = await world();
        for (const o of ops) await apply(w, o);
        expect(await rollupDrift(prisma, w.f.brand.id)).toEqual(noDrift);
      }),
      { numRuns: 12 },
    );
  });

  it("leave no rows behind once every order is gone", async () => {
    const w = await world();
    for (const minutes of [-30, 30]) {
      await apply(w, { kind: "place", currency: "JPY", minutes, day: 0, catalog: 0, channel: 0, buyer: 0, country: "JP", region: "Tokyo", lines: [{ sku: 0, quantity: 2, price: 1000, catalog: 0 }, { sku: 1, quantity: 1, price: 500, catalog: 1 }] });
    }
    await apply(w, { kind: "status", order: 0, change: 5 });
    await prisma.order.deleteMany({ where: { brandId: w.f.brand.id } });
    for (const table of ROLLUP_TABLES) {
      expect(await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" WHERE "brandId" = $1`, w.f.brand.id)).toEqual([{ n: 0 }]);
    }
  });

  it("are repaired by a rebuild after a write that bypassed the triggers", async () => {
    const w = await world();
    await apply(w, { kind: "place", currency: "USD", minutes: 0, day: 1, catalog: 1, channel: 2, buyer: 1, country: "US", region: "NY", lines: [{ sku: 2, quantity: 3, price: 2500, catalog: 1 }] });
    // A bulk load or a hand repair with the triggers off (as the benchmark's loader does).
    await prisma.$transaction([
      prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      prisma.$executeRaw`UPDATE "OrderLine" SET quantity = 7, "lineTotal" = 17500 WHERE "orderId" IN (SELECT id FROM "Order" WHERE "brandId" = ${w.f.brand.id})`,
    ]);
    const drift = await rollupDrift(prisma, w.f.brand.id);
    expect(Object.values(drift).every((n) => n > 0)).toBe(true);
    await rebuildBrandRollups(prisma, w.f.brand.id);
    expect(await rollupDrift(prisma, w.f.brand.id)).toEqual(noDrift);
    const [sales] = await prisma.$queryRaw<{ units: number; value: number }[]>`SELECT sum(units)::int AS units, sum(value)::int AS value FROM "ReportSalesDaily" WHERE "brandId" = ${w.f.brand.id}`;
    expect(sales).toEqual({ units: 7, value: 17500 });
  });
});
