import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { cancelOrdersAction, prepareForReleaseAction } from "@/lib/shipping/actions";
import { actAs, setRequestHeaders } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createProductWithSkus, createToShipOrders } from "../../support/shipping-orders";

async function setup(stock = [10]) {
  const f = await createBrand();
  const { skus } = await createProductWithSkus(prisma, f.brand.id, { stock });
  return { f, skus };
}

describe("cancelling sold-out orders", () => {
  it("cancels the selected orders with the reason, takes them off the queue and e-mails each buyer", async () => {
    const { f, skus } = await setup();
    const orders = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: skus[0], quantity: 1 }], contactEmail: "one@buyer.example" },
      { lines: [{ sku: skus[0], quantity: 1 }], contactEmail: "two@buyer.example", releaseStatus: "FAILED_TO_RELEASE" },
    ]);
    await actAs(f.ops);
    const result = await cancelOrdersAction({ orderIds: orders.map((o) => o.id), reason: "Sold out for the season." });
    expect(result).toMatchObject({ ok: true, data: { cancelled: 2, failed: 0 } });
    const rows = await prisma.order.findMany({ where: { id: { in: orders.map((o) => o.id) } } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "CANCELLED", cancelledReason: "Sold out for the season.", releaseStatus: null });
      expect(row.cancelledAt).toBeInstanceOf(Date);
    }
    const mail = await prisma.outboxEmail.findMany({ where: { brandId: f.brand.id }, orderBy: { to: "asc" } });
    expect(mail.map((m) => m.to)).toEqual(["one@buyer.example", "two@buyer.example"]);
    expect(mail[0].text).toContain("Sold out for the season.");
    expect(await prisma.auditEvent.count({ where: { brandId: f.brand.id, action: "order.cancel", toStatus: "CANCELLED" } })).toBe(2);
  });

  it("gives back the stock of an order already in Preparing product", async () => {
    const { f, skus } = await setup([10]);
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 4 }] }]);
    await actAs(f.ops);
    await prepareForReleaseAction({ orderIds: [o.id] });
    expect((await prisma.sku.findUniqueOrThrow({ where: { id: skus[0].id } })).stockQuantity).toBe(6);
    expect(await cancelOrdersAction({ orderIds: [o.id], reason: "Customer request" })).toMatchObject({ ok: true, data: { cancelled: 1 } });
    expect((await prisma.sku.findUniqueOrThrow({ where: { id: skus[0].id } })).stockQuantity).toBe(10);
    const moves = await prisma.stockMovement.findMany({ where: { orderId: o.id }, orderBy: { delta: "asc" } });
    expect(moves.map((m) => [m.delta, m.reason])).toEqual([[-4, "release.allocate"], [4, "release.cancel"]]);
  });

  it("refuses orders that have shipped", async () => {
    const { f, skus } = await setup();
    const [shipped, partial] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: skus[0], quantity: 1 }], releaseStatus: "SHIPPED" },
      { lines: [{ sku: skus[0], quantity: 1 }], releaseStatus: "PARTIALLY_SHIPPED" },
    ]);
    await actAs(f.ops);
    const result = await cancelOrdersAction({ orderIds: [shipped.id, partial.id], reason: "Sold out" });
    expect(result).toMatchObject({ ok: true, data: { cancelled: 0, outcomes: [{ ok: false, code: "ALREADY_SHIPPED" }, { ok: false, code: "ALREADY_SHIPPED" }] } });
    expect(await prisma.order.count({ where: { brandId: f.brand.id, status: "CANCELLED" } })).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("needs a reason, and writes nothing without one", async () => {
    const { f, skus } = await setup();
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 1 }] }]);
    await actAs(f.ops);
    expect(await cancelOrdersAction({ orderIds: [o.id], reason: "   " })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: "Enter the reason for cancelling." } });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: o.id } })).status).toBe("OC_CONFIRMED");
  });

  it("cancels once when five people click at the same time", async () => {
    const { f, skus } = await setup();
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 1 }] }]);
    await actAs(f.ops);
    const results = await Promise.all(Array.from({ length: 5 }, () => cancelOrdersAction({ orderIds: [o.id], reason: "Sold out" })));
    const wins = results.filter((r) => r.ok && r.data.cancelled === 1);
    expect(wins).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { entityId: o.id, action: "order.cancel" } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(1);
  });

  it("makes a later release attempt report the order as already cancelled", async () => {
    const { f, skus } = await setup();
    const [o] = await createToShipOrders(prisma, f.brand, f.buyer.id, [{ lines: [{ sku: skus[0], quantity: 1 }] }]);
    await actAs(f.ops);
    await cancelOrdersAction({ orderIds: [o.id], reason: "Sold out" });
    expect(await prepareForReleaseAction({ orderIds: [o.id] })).toMatchObject({ ok: true, data: { outcomes: [{ ok: false, reason: "ALREADY_CANCELLED" }] } });
    expect((await prisma.sku.findUniqueOrThrow({ where: { id: skus[0].id } })).stockQuantity).toBe(10);
  });

  it("answers a Japanese staff member in Japanese: refusals, a missing reason and another brand's order", async () => {
    const { f, skus } = await setup();
    const other = await setup();
    const [shipped, cancelled, open] = await createToShipOrders(prisma, f.brand, f.buyer.id, [
      { lines: [{ sku: skus[0], quantity: 1 }], releaseStatus: "SHIPPED" },
      { lines: [{ sku: skus[0], quantity: 1 }], status: "CANCELLED" },
      { lines: [{ sku: skus[0], quantity: 1 }] },
    ]);
    const [theirs] = await createToShipOrders(prisma, other.f.brand, other.f.buyer.id, [{ lines: [{ sku: other.skus[0], quantity: 1 }] }]);
    await prisma.user.update({ where: { id: f.ops.id }, data: { language: "JA" } });
    await actAs(f.ops);
    setRequestHeaders({ "x-app-path": "/admin/shipping" });

    const result = await cancelOrdersAction({ orderIds: [shipped.id, cancelled.id, open.id], reason: "完売のため" });
    expect(result).toMatchObject({
      ok: true,
      data: {
        cancelled: 1,
        outcomes: [
          { ok: false, code: "ALREADY_SHIPPED", message: "この注文はすでに出荷済みのため、キャンセルできません。" },
          { ok: false, code: "ALREADY_CANCELLED", message: "この注文はすでにキャンセルされています。" },
          { ok: true },
        ],
      },
    });
    expect(await cancelOrdersAction({ orderIds: [open.id], reason: " " })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: "キャンセル理由を入力してください。" } });
    expect(await cancelOrdersAction({ orderIds: [theirs.id], reason: "完売のため" })).toMatchObject({ ok: false, code: "NOT_FOUND", message: "選択した注文の一部が見つかりません。" });
  });

  it("answers another brand's order with not found and cancels nothing", async () => {
    const a = await setup();
    const b = await setup();
    const [theirs] = await createToShipOrders(prisma, b.f.brand, b.f.buyer.id, [{ lines: [{ sku: b.skus[0], quantity: 1 }] }]);
    await actAs(a.f.owner);
    expect(await cancelOrdersAction({ orderIds: [theirs.id], reason: "Sold out" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("OC_CONFIRMED");
  });
});
