import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { OrderLinkType, OrderStatus, ReleaseStatus, CatalogStatus } from "@/lib/db/generated/enums";
import { seedDemoData } from "@/prisma/demo-data";

async function counts() {
  const [brands, users, buyers, connections, products, skus, links, orders, lines] = await Promise.all([
    prisma.brand.count(), prisma.user.count(), prisma.buyer.count(), prisma.connection.count(), prisma.product.count(),
    prisma.sku.count(), prisma.orderLink.count(), prisma.order.count(), prisma.orderLine.count(),
  ]);
  return { brands, users, buyers, connections, products, skus, links, orders, lines };
}

describe("demo data", () => {
  let firstRun: { seeded: boolean };
  beforeAll(async () => {
    firstRun = await seedDemoData(prisma);
  }, 300_000); // hundreds of writes: slow on a busy machine

  it("seeds once and a second run changes nothing", async () => {
    expect(firstRun.seeded).toBe(true);
    const first = await counts();
    expect((await seedDemoData(prisma)).seeded).toBe(false);
    expect(await counts()).toEqual(first);
    expect(first.brands).toBe(2);
    expect(first.products).toBe(60);
  });

  it("covers every status a screen can show", async () => {
    const orderStatuses = new Set((await prisma.order.findMany({ select: { status: true } })).map((o) => o.status));
    expect([...orderStatuses].sort()).toEqual(Object.values(OrderStatus).sort());
    const releaseStatuses = new Set((await prisma.order.findMany({ select: { releaseStatus: true } })).map((o) => o.releaseStatus));
    for (const status of Object.values(ReleaseStatus)) expect(releaseStatuses).toContain(status);
    const linkKinds = await prisma.orderLink.groupBy({ by: ["type", "status"], _count: true });
    for (const type of Object.values(OrderLinkType)) {
      expect(linkKinds.filter((k) => k.type === type).map((k) => k.status).sort()).toEqual(["OPEN", "VOID"]);
    }
    const catalogStatuses = new Set((await prisma.catalog.findMany({ select: { status: true } })).map((c) => c.status));
    expect([...catalogStatuses].sort()).toEqual(Object.values(CatalogStatus).sort());
    expect(await prisma.connection.count({ where: { status: "CLOSED" } })).toBeGreaterThan(0);
    expect(await prisma.buyer.count({ where: { ownership: "OFFLINE" } })).toBeGreaterThan(0);
  });

  it("shows the order rules on Aoyama Atelier: a case pack, prepacks, a minimum order value", async () => {
    const brand = await prisma.brand.findUniqueOrThrow({ where: { slug: "aoyama-atelier" } });
    expect(brand.minimumOrder).toEqual({ JPY: { amount: 30000, firstOrder: 50000 } });
    const products = await prisma.product.findMany({
      where: { brandId: brand.id, OR: [{ orderMultiple: { not: null } }, { saleMode: { not: "SINGLES" } }] },
      orderBy: { productCode: "asc" },
      select: { productCode: true, orderMultiple: true, minQuantity: true, saleMode: true, prepacks: { orderBy: { position: "asc" }, select: { name: true, sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } } } } },
    });
    expect(products.map((p) => [p.productCode, p.saleMode, p.orderMultiple, p.minQuantity, p.prepacks.map((x) => x.name)])).toEqual([
      ["AA-1003", "PACKS_ONLY", null, null, ["Size run A", "Size run B"]],
      ["AA-1007", "PACKS_AND_SINGLES", null, 6, ["Size run"]],
      ["AA-1011", "SINGLES", 6, 12, []],
    ]);
    expect(products[0].prepacks[0].sizes).toEqual([{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 1 }]);
    // The case-pack and prepack products are on the open catalog buyers order from.
    const catalog = await prisma.catalog.findFirstOrThrow({ where: { brandId: brand.id, name: "2027 Spring/Summer" }, select: { products: { select: { product: { select: { productCode: true } } } } } });
    expect(catalog.products.map((p) => p.product.productCode)).toEqual(expect.arrayContaining(["AA-1003", "AA-1007", "AA-1011"]));
    const link = await prisma.orderLink.findFirstOrThrow({ where: { brandId: brand.id, name: "All current collections" } });
    expect(link).toMatchObject({ currency: "USD", minimumOrder: { USD: { amount: 30000, firstOrder: null } } });
  });

  it("keeps each brand's order numbers in step with its counter", async () => {
    for (const brand of await prisma.brand.findMany()) {
      const max = await prisma.order.aggregate({ where: { brandId: brand.id }, _max: { number: true } });
      expect(brand.lastOrderNumber).toBe(max._max.number);
    }
  });
});
