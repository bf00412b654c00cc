// Order No. search speaks of this brand's numbers only: another brand's prefix finds nothing, even
// where this brand has an order with the same digits.
import { describe, expect, it } from "vitest";
import { GET as exportOrders } from "@/app/admin/orders/export/route";
import { prisma } from "@/lib/db/client";
import { listOrders } from "@/lib/orders/queries";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { pageParams } from "@/lib/pagination/page-params";
import { listQueueOrders } from "@/lib/shipping/queries";
import { parseQueueFilter } from "@/lib/shipping/schemas";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createOrder } from "./order-fixture";

/** Two brands, "AA" and "NW", each with an order numbered 11 (AA-000011 and NW-000011). */
async function twoBrandsWithOrder11() {
  const aa = await createBrand();
  const nw = await createBrand();
  const prefixes = { aa: `A${aa.brand.orderPrefix}`, nw: `N${nw.brand.orderPrefix}` };
  aa.brand = await prisma.brand.update({ where: { id: aa.brand.id }, data: { orderPrefix: prefixes.aa, lastOrderNumber: 10 } });
  nw.brand = await prisma.brand.update({ where: { id: nw.brand.id }, data: { orderPrefix: prefixes.nw, lastOrderNumber: 10 } });
  const mine = await createOrder(aa, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
  const theirs = await createOrder(nw, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
  expect([mine.number, theirs.number]).toEqual([11, 11]);
  return { aa, nw, mine };
}

describe("Order No. search respects the brand prefix", { timeout: 120_000 }, () => {
  it("Order Management: another brand's prefixed number finds nothing; the bare number and this brand's own prefixed number find the order", async () => {
    const { aa, nw, mine } = await twoBrandsWithOrder11();
    const ids = async (number: string) => (await listOrders(aa.brand, parseOrderFilters({ number }), { skip: 0, take: 25 })).orders.map((o) => o.id);
    const own = aa.brand.orderPrefix;
    const other = nw.brand.orderPrefix;

    expect(await ids(`${other}-000011`)).toEqual([]);
    expect(await ids(`${other.toLowerCase()}-000011`)).toEqual([]);
    expect(await ids(`${other}000011`)).toEqual([]);
    expect(await ids("11")).toEqual([mine.id]);
    expect(await ids("000011")).toEqual([mine.id]);
    expect(await ids(`${own}-000011`)).toEqual([mine.id]);
    expect(await ids(` ${own.toLowerCase()}-11 `)).toEqual([mine.id]);
    expect(await ids(`${own}000011`)).toEqual([mine.id]);
    expect(await ids(`${own}-000012`)).toEqual([]);

    // The CSV export uses the same filter.
    await actAs(aa.owner);
    const csv = async (number: string) => (await (await exportOrders(new Request(`http://localhost/admin/orders/export?number=${encodeURIComponent(number)}`))).text()).trim().split("\r\n");
    expect(await csv(`${other}-000011`)).toHaveLength(1);
    const found = await csv(`${own}-000011`);
    expect(found).toHaveLength(2);
    expect(found[1]).toContain(`"${own}-000011"`);
  });

  it("Shipping queue: Order No. with another brand's prefix finds nothing, with this brand's prefix or none finds the order", async () => {
    const { aa, nw, mine } = await twoBrandsWithOrder11();
    const ids = async (q: string) => (await listQueueOrders(aa.brand, parseQueueFilter({ field: "orderNo", q }), pageParams({}))).rows.map((o) => o.id);
    expect(await ids(`${nw.brand.orderPrefix}-000011`)).toEqual([]);
    expect(await ids("11")).toEqual([mine.id]);
    expect(await ids(`${aa.brand.orderPrefix}-000011`)).toEqual([mine.id]);
  });
});
