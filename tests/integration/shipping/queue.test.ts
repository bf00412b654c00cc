import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { matchingOrderIdsAction, releasePreviewAction } from "@/lib/shipping/actions";
import { getShippingOrder, listQueueOrders, listReleasedOrders, queueCounts, shippingOptions } from "@/lib/shipping/queries";
import { parseQueueFilter, parseReleasedFilter } from "@/lib/shipping/schemas";
import { shippingOptionLabel, shippingOptionWords } from "@/lib/shipping/shipping-option";
import { translatorFor } from "@/lib/i18n/translator";
import { pageParams } from "@/lib/pagination/page-params";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createProductWithSkus, createToShipOrders } from "../../support/shipping-orders";

async function setup() {
  const f = await createBrand({ homeCountry: "JP" });
  const p1 = await createProductWithSkus(prisma, f.brand.id, { stock: [5, 8] });
  const p2 = await createProductWithSkus(prisma, f.brand.id, { stock: [3] });
  const express = await prisma.shippingRateGroup.create({ data: { brandId: f.brand.id, name: "Express (Japan)", currency: "JPY", country: "JP" } });
  const orders = await createToShipOrders(prisma, f.brand, f.buyer.id, [
    { lines: [{ sku: p1.skus[0], quantity: 2 }], contactEmail: "Alice@Shop.example", createdAt: new Date("2026-03-01T10:00:00Z") },
    { lines: [{ sku: p1.skus[1], quantity: 1 }, { sku: p2.skus[0], quantity: 4 }], createdAt: new Date("2026-03-05T10:00:00Z"), shippingOptionName: "Express", shippingRateGroupId: express.id },
    { lines: [{ sku: p2.skus[0], quantity: 1 }], shipCountry: "US", address: { shipPostalCode: "11211" } },
    { lines: [{ sku: p1.skus[0], quantity: 1 }], releaseStatus: "FAILED_TO_RELEASE" },
    { lines: [{ sku: p1.skus[0], quantity: 1 }], releaseStatus: "PREPARING_PRODUCT" },
  ]);
  return { f, p1, p2, orders, express };
}

function list(f: Awaited<ReturnType<typeof setup>>["f"], search: Record<string, string>) {
  return listQueueOrders(f.brand, parseQueueFilter(search), pageParams({}));
}

describe("New (To Ship) Orders", () => {
  it("splits Domestic and International by ship country and counts each view", async () => {
    const { f, orders } = await setup();
    expect((await list(f, {})).rows.map((r) => r.id).sort()).toEqual([orders[0].id, orders[1].id].sort());
    expect((await list(f, { scope: "international" })).rows.map((r) => r.id)).toEqual([orders[2].id]);
    expect((await list(f, { view: "failed-to-release" })).rows.map((r) => r.id)).toEqual([orders[3].id]);
    expect(await queueCounts(f.brand, parseQueueFilter({}))).toEqual({ notYetReleased: 2, failedToRelease: 1, domestic: 2, international: 1 });
  });

  it("searches by SKU, Product ID, Order No., customer email, creation date and shipping option", async () => {
    const { f, p1, p2, orders, express } = await setup();
    const ids = async (search: Record<string, string>) => (await list(f, search)).rows.map((r) => r.id).sort();
    expect(await ids({ field: "sku", q: p2.skus[0].code.toLowerCase() })).toEqual([orders[1].id]);
    expect(await ids({ field: "productId", q: p1.productCode })).toEqual([orders[0].id, orders[1].id].sort());
    expect(await ids({ field: "orderNo", q: `${f.brand.orderPrefix}-${String(orders[1].number).padStart(6, "0")}` })).toEqual([orders[1].id]);
    expect(await ids({ field: "orderNo", q: "no number" })).toEqual([]);
    expect(await ids({ email: "alice@shop.example" })).toEqual([orders[0].id]);
    expect(await ids({ from: "2026-03-02", to: "2026-03-05" })).toEqual([orders[1].id]);
    expect(await ids({ ship: `group:${express.id}` })).toEqual([orders[1].id]);
    expect(await ids({ ship: "none" })).toEqual([orders[0].id]);
    // Links bookmarked before the filter spoke of rate groups filter nothing rather than fail.
    expect(await ids({ ship: "option:Express" })).toEqual([orders[0].id, orders[1].id].sort());
  });

  it("the Shipping option drop-down lists exactly the orders whose column shows the chosen option", async () => {
    const f = await createBrand({ homeCountry: "JP" });
    const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock: [100] });
    const group = (name: string, currency: string, country: string | null) => prisma.shippingRateGroup.create({ data: { brandId: f.brand.id, name, currency, country } });
    // Two groups share a name (told apart by currency), and the same rate name sits in different
    // groups: the rate name cannot be what the column and the filter speak of.
    const jpy = await group("Domestic (Japan)", "JPY", "JP");
    const usd = await group("Domestic (Japan)", "USD", "JP");
    const ems = await group("International", "JPY", null);
    const line = [{ sku: skus[0], quantity: 1 }];
    const specs = [
      { lines: line, shippingRateGroupId: jpy.id, shippingOptionName: "Standard" },
      { lines: line, shippingRateGroupId: jpy.id, shippingOptionName: "Free over ¥30,000" },
      { lines: line, shippingRateGroupId: usd.id, shippingOptionName: "Standard" },
      { lines: line, shippingRateGroupId: ems.id, shippingOptionName: "EMS", shipCountry: "US", address: { shipPostalCode: "11211" } },
      { lines: line, shippingRateGroupId: null, shippingOptionName: "Standard" },
    ];
    await createToShipOrders(prisma, f.brand, f.buyer.id, [...specs, ...specs.map((s) => ({ ...s, releaseStatus: "PREPARING_PRODUCT" as const }))]);

    const words = shippingOptionWords(translatorFor("en"));
    const options = await shippingOptions(f.brand.id, words);
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
    expect(options.map((o) => o.label)).toEqual(["Domestic (Japan) · JPY · JP", "Domestic (Japan) · USD · JP", "International · JPY · All Countries", "No shipping option"]);

    const lists = [
      { name: "New (To Ship) Orders", list: (search: Record<string, string>) => listQueueOrders(f.brand, parseQueueFilter(search), pageParams({})) },
      { name: "Shipping", list: (search: Record<string, string>) => listReleasedOrders(f.brand, parseReleasedFilter(search), pageParams({})) },
    ];
    for (const { name, list } of lists) {
      for (const scope of ["domestic", "international"]) {
        // The column: what the pages render for each row.
        const column = (await list({ scope })).rows.map((r) => ({ id: r.id, shows: shippingOptionLabel(r.shippingRateGroup, words) }));
        for (const option of options) {
          const listed = (await list({ scope, ship: option.value })).rows.map((r) => r.id).sort();
          expect(listed, `${name}, ${scope}, ${option.label}`).toEqual(column.filter((c) => c.shows === option.label).map((c) => c.id).sort());
        }
        // Every value the column shows can be chosen.
        for (const c of column) expect(options.map((o) => o.label)).toContain(c.shows);
      }
    }
    expect((await lists[0].list({ ship: `group:${jpy.id}` })).rows).toHaveLength(2);
    expect((await lists[0].list({ ship: "none" })).rows).toHaveLength(1);

    // The same choices in Japanese: group names as the brand wrote them, the rest translated.
    expect((await shippingOptions(f.brand.id, shippingOptionWords(translatorFor("ja")))).map((o) => o.label)).toEqual([
      "Domestic (Japan) · JPY · JP",
      "Domestic (Japan) · USD · JP",
      "International · JPY · すべての国",
      "配送方法なし",
    ]);
  });

  it("never lists another brand's orders", async () => {
    const a = await setup();
    const b = await setup();
    const rows = (await list(a.f, {})).rows;
    expect(rows.every((r) => a.orders.some((o) => o.id === r.id))).toBe(true);
    expect(rows.some((r) => b.orders.some((o) => o.id === r.id))).toBe(false);
    // Another brand's rate group in the Shipping option filter finds none of its orders.
    expect((await list(a.f, { ship: `group:${b.express.id}` })).rows).toEqual([]);
  });

  it("shows the pop-up's total quantity and stock for each SKU option", async () => {
    const { f, p1, p2, orders } = await setup();
    await actAs(f.ops);
    const result = await releasePreviewAction({ orderIds: [orders[0].id, orders[1].id] });
    expect(result).toMatchObject({ ok: true, data: { orderCount: 2, totalQuantity: 7 } });
    if (!result.ok) return;
    const bySku = Object.fromEntries(result.data.skus.map((s) => [s.skuCode, [s.totalQuantity, s.stockQuantity]]));
    expect(bySku).toEqual({ [p1.skus[0].code]: [2, 5], [p1.skus[1].code]: [1, 8], [p2.skus[0].code]: [4, 3] });
  });

  it("selects every order matching the search, and nothing of another brand", async () => {
    const a = await setup();
    const b = await setup();
    await actAs(a.f.ops);
    const result = await matchingOrderIdsAction({ scope: "domestic", view: "not-yet-released", field: "orderNo", q: "", email: "", ship: "" });
    expect(result).toEqual({ ok: true, data: [a.orders[0].id, a.orders[1].id] });
    await actAs(a.f.ops);
    expect(await releasePreviewAction({ orderIds: [b.orders[0].id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await releasePreviewAction({ orderIds: [a.orders[0].id, b.orders[0].id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("opens an order's shipping details only for its own brand", async () => {
    const a = await setup();
    const b = await setup();
    expect(await getShippingOrder(a.f.brand.id, a.orders[1].id)).toMatchObject({ id: a.orders[1].id, lines: [{ quantity: 1 }, { quantity: 4 }] });
    expect(await getShippingOrder(a.f.brand.id, b.orders[1].id)).toBeNull();
  });

  it("lists released orders in the Shipping view with a count per delivery status", async () => {
    const { f, orders } = await setup();
    await prisma.deliveryNote.createMany({ data: [{ orderId: orders[4].id, sequence: 1 }, { orderId: orders[4].id, sequence: 2 }] });
    const result = await listReleasedOrders(f.brand, { scope: "domestic", view: "all", field: "orderNo", q: "", email: "", ship: "" }, pageParams({}));
    expect(result.rows.map((r) => [r.id, r.deliveryNoteCount])).toEqual([[orders[4].id, 2]]);
    expect(result.counts).toEqual({ all: 1, "preparing-product": 1, "partially-shipped": 0, shipped: 0 });
  });
});
