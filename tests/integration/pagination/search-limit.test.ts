// A 10 kB value in a list's query string (pasted into a search box before the box had a limit,
// or typed into the address): every list reads its first 200 characters, searches with them on
// the real database and says it cut them; nothing throws. Search actions refuse longer text with
// a field message instead.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { searchConnections } from "@/lib/buyers/queries";
import { parseBuyerSearch } from "@/lib/buyers/schemas";
import { searchBuyerOptionsAction } from "@/lib/catalogs/actions";
import { listCatalogs } from "@/lib/catalogs/queries";
import { parseCatalogListFilters } from "@/lib/catalogs/schemas";
import { prisma } from "@/lib/db/client";
import { listLinks } from "@/lib/links/queries";
import { linkListFilters } from "@/lib/links/schemas";
import { listOrders } from "@/lib/orders/queries";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery, SEARCH_TEXT_MAX } from "@/lib/pagination/search-text";
import { searchProductOptionsAction } from "@/lib/products/actions";
import { listProducts } from "@/lib/products/queries";
import { parseProductListFilters } from "@/lib/products/schemas";
import { listQueueOrders, listReleasedOrders } from "@/lib/shipping/queries";
import { parseQueueFilter, parseReleasedFilter } from "@/lib/shipping/schemas";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { createProductWithSkus, createToShipOrders } from "../../support/shipping-orders";

const page = pageParams({});

/** Text exactly as long as a search box holds, and 10 kB that starts with it. */
function pastedText() {
  const head = `limit-${randomBytes(4).toString("hex")}-`.padEnd(SEARCH_TEXT_MAX, "k");
  return { head, tenKb: head + " and the rest of a pasted document".repeat(300) };
}

describe("a 10 kB search value in a list's address", () => {
  it("is cut to its first 200 characters, searched with them on every list, and reported", async () => {
    const f = await createBrand();
    const { head, tenKb } = pastedText();
    // Rows whose searched text holds exactly those 200 characters (written directly: the forms
    // keep names shorter), so a hit proves the cut text reached the database query.
    const link = await prisma.orderLink.create({ data: { brandId: f.brand.id, type: "CUSTOMER", token: `tok-${randomBytes(8).toString("hex")}`, name: head } });
    await prisma.catalog.create({ data: { brandId: f.brand.id, name: head, status: "OPEN" } });
    await prisma.buyer.update({ where: { id: f.buyer.id }, data: { name: head } });
    const product = await createProductWithSkus(prisma, f.brand.id, { stock: [5], name: head });
    const [queued, released] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: product.skus[0], quantity: 1 }], contactEmail: head },
      { lines: [{ sku: product.skus[0], quantity: 1 }], contactEmail: head, releaseStatus: "PREPARING_PRODUCT" },
    ]);
    await prisma.order.updateMany({ where: { brandId: f.brand.id }, data: { sourceLinkName: head, source: "ORDER_LINK" } });

    const query = readListQuery({ q: tenKb, name: tenKb, email: tenKb, buyer: tenKb, link: tenKb, tab: "customer" });
    expect(query.cut.sort()).toEqual(["buyer", "email", "link", "name", "q"]);
    const search = query.values;

    expect((await listLinks(f.brand.id, "CUSTOMER", linkListFilters({ q: search.q }), page)).rows.map((r) => r.id)).toEqual([link.id]);
    expect((await listCatalogs(f.brand.id, parseCatalogListFilters({ q: search.q }), page)).rows.map((r) => r.name)).toEqual([head]);
    expect((await listProducts(f.brand.id, parseProductListFilters({ q: search.q }), page)).rows.map((r) => r.productCode)).toEqual([product.productCode]);
    expect((await searchConnections(f.brand.id, parseBuyerSearch({ name: search.name }), page)).rows.map((r) => r.buyer.id)).toEqual([f.buyer.id]);
    expect((await listOrders(f.brand, parseOrderFilters({ buyer: search.buyer, link: search.link }), page)).orders).toHaveLength(2);
    expect((await listQueueOrders(f.brand, parseQueueFilter({ email: search.email }), page)).rows.map((r) => r.id)).toEqual([queued.id]);
    expect((await listReleasedOrders(f.brand, parseReleasedFilter({ email: search.email }), page)).rows.map((r) => r.id)).toEqual([released.id]);
    // The page's own parse of the raw 10 kB value gives the same (a parser is safe without the page too).
    expect(linkListFilters({ q: tenKb }).q).toBe(head);
    expect(parseQueueFilter({ q: tenKb, field: "orderNo" }).q).toBe(head);
    expect((await listQueueOrders(f.brand, parseQueueFilter({ q: tenKb, field: "orderNo" }), page)).rows).toEqual([]);
    expect((await listQueueOrders(f.brand, parseQueueFilter({ q: tenKb, field: "sku" }), page)).rows).toEqual([]);
    expect((await listOrders(f.brand, parseOrderFilters({ number: tenKb }), page)).orders).toEqual([]);
  });

  it("is refused by the search actions with the limit's message beside the field, without throwing", async () => {
    const f = await createBrand();
    await actAs(f.staff);
    const { head, tenKb } = pastedText();
    for (const action of [searchBuyerOptionsAction, searchProductOptionsAction]) {
      const refused = await action({ q: tenKb });
      expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { q: "Search text is limited to 200 characters." } });
      expect(await action({ q: head })).toMatchObject({ ok: true, data: [] });
    }
  });
});
