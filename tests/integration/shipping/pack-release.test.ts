// Prepacks at the shipping desk: an order's SKU lines already hold its packs expanded
// (OrderLine.quantity), so Preparing to Release allocates those units with no change; the queue,
// the pop-up and the order view say how many of them came from packs, and which packs to pick.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { prepareForReleaseAction, releasePreviewAction } from "@/lib/shipping/actions";
import { getShippingOrder, listQueueOrders } from "@/lib/shipping/queries";
import { parseQueueFilter } from "@/lib/shipping/schemas";
import { pageParams } from "@/lib/pagination/page-params";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createPackProduct, createRuleOrder } from "../../support/order-rule-orders";

const SIZE_RUN = { name: "Size run A", sizes: { S: 1, M: 2, L: 2, XL: 1 } };

async function stockBySize(productId: string) {
  const skus = await prisma.sku.findMany({ where: { productId }, orderBy: { position: "asc" }, select: { size: true, stockQuantity: true } });
  return Object.fromEntries(skus.map((s) => [s.size, s.stockQuantity]));
}

describe("releasing an order with prepacks", { timeout: 120_000 }, () => {
  it("allocates the packs expanded to SKUs plus the single units, from each SKU's stock", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id, { stock: 10, rules: { saleMode: "PACKS_AND_SINGLES" }, prepacks: [SIZE_RUN] });
    // 2 packs (S 2, M 4, L 4, XL 2) and 3 single M: M holds 7 units, 4 of them from packs.
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { M: 3 }, packs: [{ prepack: product.prepacks[0], packs: 2 }] });
    expect(order.lines.map((l) => [l.size, l.quantity, l.packQuantity])).toEqual([["S", 2, 2], ["M", 7, 4], ["L", 4, 4], ["XL", 2, 2]]);
    await actAs(f.ops);

    const preview = await releasePreviewAction({ orderIds: [order.id] });
    expect(preview).toMatchObject({ ok: true, data: { totalQuantity: 15 } });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.skus.map((s) => [s.size, s.totalQuantity, s.fromPacks, s.stockQuantity])).toEqual([["L", 4, 4, 10], ["M", 7, 4, 10], ["S", 2, 2, 10], ["XL", 2, 2, 10]]);
    expect(preview.data.packs).toMatchObject([{ name: "Size run A", color: "Navy", packs: 2, orderCount: 1, sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 2 }, { size: "XL", quantity: 1 }] }]);

    expect(await prepareForReleaseAction({ orderIds: [order.id] })).toMatchObject({ ok: true, data: { released: 1, failed: 0 } });
    expect(await stockBySize(product.id)).toEqual({ S: 8, M: 3, L: 6, XL: 8 });
    const moves = await prisma.stockMovement.findMany({ where: { orderId: order.id }, include: { sku: { select: { size: true } } } });
    expect(Object.fromEntries(moves.map((m) => [m.sku.size, m.delta]))).toEqual({ S: -2, M: -7, L: -4, XL: -2 });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).releaseStatus).toBe("PREPARING_PRODUCT");
  });

  it("fails the whole order when the expanded units are short, taking nothing", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id, { stock: 5, rules: { saleMode: "PACKS_ONLY" }, prepacks: [SIZE_RUN] });
    // 3 packs need 6 of M and L: more than the 5 in stock.
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, packs: [{ prepack: product.prepacks[0], packs: 3 }] });
    await actAs(f.ops);
    expect(await prepareForReleaseAction({ orderIds: [order.id] })).toMatchObject({ ok: true, data: { released: 0, failed: 1 } });
    expect(await stockBySize(product.id)).toEqual({ S: 5, M: 5, L: 5, XL: 5 });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ releaseStatus: "FAILED_TO_RELEASE", releaseFailureReason: "STOCK_SHORT" });
  });

  it("the queue and the order view say how many units came from packs, and which packs they are", async () => {
    const f = await createBrand();
    const product = await createPackProduct(prisma, f.brand.id, { rules: { saleMode: "PACKS_AND_SINGLES" }, prepacks: [SIZE_RUN] });
    const order = await createRuleOrder(prisma, f.brand, f.buyer.id, { product, singles: { S: 1 }, packs: [{ prepack: product.prepacks[0], packs: 1 }], poNumber: "PO-SHIP-1" });
    const { rows } = await listQueueOrders(f.brand, parseQueueFilter({}), pageParams({}));
    const row = rows.find((r) => r.id === order.id)!;
    expect(row.lines.reduce((sum, l) => sum + l.quantity, 0)).toBe(7);
    expect(row.lines.reduce((sum, l) => sum + l.packQuantity, 0)).toBe(6);
    const view = await getShippingOrder(f.brand.id, order.id);
    expect(view).toMatchObject({ poNumber: "PO-SHIP-1", packLines: [{ name: "Size run A", packs: 1, color: "Navy" }] });
    // Another brand's order is not this desk's.
    const other = await createBrand();
    const theirs = await createRuleOrder(prisma, other.brand, other.buyer.id, { product: await createPackProduct(prisma, other.brand.id), singles: { S: 1 } });
    expect(await getShippingOrder(f.brand.id, theirs.id)).toBeNull();
  });
});
