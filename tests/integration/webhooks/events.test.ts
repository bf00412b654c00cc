// Webhook events are an outbox: written in the transaction of the change they report, only for
// brands with an endpoint that wants them, one delivery and one job per such endpoint. And every
// transition the integration reports writes its event.
import { describe, expect, it } from "vitest";
import { POST as inventoryApi } from "@/app/api/v1/inventory/route";
import { PUT as upsertProductApi } from "@/app/api/v1/products/[productCode]/route";
import { prisma } from "@/lib/db/client";
import { placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { disconnectBuyerAction, reconnectBuyerAction } from "@/lib/buyers/actions";
import { cancelOrderAsBuyerAction, confirmOcAction, createDeliveryNoteAction, rejectOrderAction } from "@/lib/orders/actions";
import { adjustStockAction } from "@/lib/products/actions";
import { cancelOrdersAction, prepareForReleaseAction } from "@/lib/shipping/actions";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { orderEvent } from "@/lib/webhooks/payloads";
import { createBrand } from "../../support/fixtures";
import { callApi, createTestKey } from "../../support/api-client";
import { actAs } from "../../support/next-request";
import { createEndpoint } from "../../support/webhooks";
import { checkoutInput, createLink, createLinkWorld } from "../link-access/link-fixtures";
import { createOrder } from "../orders/order-fixture";

const URL = "https://hooks.example.com/in";

async function written(brandId: string) {
  const [events, deliveries, jobs] = await Promise.all([
    prisma.webhookEvent.findMany({ where: { brandId }, orderBy: { createdAt: "asc" } }),
    prisma.webhookDelivery.findMany({ where: { brandId } }),
    prisma.job.findMany({ where: { brandId } }),
  ]);
  return { events, deliveries, jobs };
}

async function eventsOf(brandId: string, type: string) {
  return prisma.webhookEvent.findMany({ where: { brandId, type }, orderBy: { createdAt: "asc" } });
}

describe("webhook events are written with their change", { timeout: 120_000 }, () => {
  it("a change that rolls back leaves no event, delivery or job", async () => {
    const f = await createBrand();
    await createEndpoint(f.brand.id, URL);
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.order.update({ where: { id: order.id }, data: { status: "OC_CONFIRMED" } });
        expect(await emitWebhookEvent(tx, f.brand.id, "order.oc_confirmed", orderEvent(tx, order.id))).toBe(1);
        throw new Error("the change fails after the event was written");
      }),
    ).rejects.toThrow("the change fails");
    expect(await written(f.brand.id)).toEqual({ events: [], deliveries: [], jobs: [] });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("OC_APPROVED");
  });

  it("a refused transition writes no event", async () => {
    const f = await createBrand();
    await createEndpoint(f.brand.id, URL);
    const order = await createOrder(f, { status: "PLEASE_CREATE_OC" });
    await actAs(f.admin);
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: false, tagIds: [] })).toMatchObject({ ok: false });
    expect((await written(f.brand.id)).events).toEqual([]);
  });

  it("nothing is written when no enabled endpoint subscribes to the type", async () => {
    const f = await createBrand();
    await createEndpoint(f.brand.id, URL, { events: ["order.rejected"] });
    await createEndpoint(f.brand.id, URL, { events: ["order.oc_confirmed"], enabled: false });
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await actAs(f.admin);
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: false, tagIds: [] })).toMatchObject({ ok: true });
    expect(await written(f.brand.id)).toEqual({ events: [], deliveries: [], jobs: [] });
  });

  it("one event, and one delivery and one job per subscribed endpoint; another brand's endpoints get nothing", async () => {
    const [f, other] = [await createBrand(), await createBrand()];
    const a = await createEndpoint(f.brand.id, URL, { events: ["order.oc_confirmed"] });
    const b = await createEndpoint(f.brand.id, `${URL}/b`);
    await createEndpoint(f.brand.id, `${URL}/c`, { events: ["order.placed"] });
    await createEndpoint(other.brand.id, URL);
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await actAs(f.admin);
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: false, tagIds: [] })).toMatchObject({ ok: true });
    const { events, deliveries, jobs } = await written(f.brand.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "order.oc_confirmed", data: { order: { id: order.id, status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" } } });
    expect(deliveries.map((d) => d.endpointId).sort()).toEqual([a.id, b.id].sort());
    expect(deliveries.every((d) => d.status === "PENDING" && d.eventId === events[0].id)).toBe(true);
    expect(jobs.map((j) => (j.payload as { deliveryId: string }).deliveryId).sort()).toEqual(deliveries.map((d) => d.id).sort());
    expect(jobs.every((j) => j.kind === "webhook.deliver" && j.status === "PENDING")).toBe(true);
    expect((await written(other.brand.id)).events).toEqual([]);
  });
});

describe("each transition writes its event", { timeout: 180_000 }, () => {
  it("order.placed: an order placed through a link, with its lines", async () => {
    const world = await createLinkWorld();
    await createEndpoint(world.brand.id, URL, { events: ["order.placed"] });
    const link = await createLink(world, { type: "INSTANT" });
    await actAs(null);
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 2 }] })).toMatchObject({ ok: true });
    const placed = await placeLinkOrderAction(link.token, checkoutInput());
    expect(placed).toMatchObject({ ok: true });
    const [event] = await eventsOf(world.brand.id, "order.placed");
    const order = await prisma.order.findFirstOrThrow({ where: { brandId: world.brand.id } });
    expect(event.data).toMatchObject({ order: { id: order.id, number: placed.ok ? placed.data.orderNumber : "", status: "PLEASE_CREATE_OC", lines: [{ skuId: world.skus[0].id, quantity: 2 }] } });
  });

  it("order.rejected and order.cancelled (by the buyer and by the brand)", async () => {
    const f = await createBrand();
    await createEndpoint(f.brand.id, URL);
    const [toReject, buyerCancels, brandCancels] = [
      await createOrder(f, { status: "OC_CREATED" }),
      await createOrder(f, { status: "PLEASE_CREATE_OC" }),
      await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" }),
    ];
    await actAs(f.admin);
    expect(await rejectOrderAction({ orderId: toReject.id, reason: "Sold out" })).toMatchObject({ ok: true });
    expect(await cancelOrdersAction({ orderIds: [brandCancels.id], reason: "Discontinued" })).toMatchObject({ ok: true });
    await actAs(f.buyerUser);
    expect(await cancelOrderAsBuyerAction({ orderId: buyerCancels.id, reason: "Ordered twice" })).toMatchObject({ ok: true });
    expect((await eventsOf(f.brand.id, "order.rejected")).map((e) => e.data)).toEqual([expect.objectContaining({ order: expect.objectContaining({ id: toReject.id, status: "ORDER_REJECTED", rejectedReason: "Sold out" }) })]);
    const cancelled = (await eventsOf(f.brand.id, "order.cancelled")).map((e) => e.data as { order: { id: string; status: string; cancelledReason: string } });
    expect(cancelled.map((d) => [d.order.id, d.order.status, d.order.cancelledReason])).toEqual([
      [brandCancels.id, "CANCELLED", "Discontinued"],
      [buyerCancels.id, "CANCELLED", "Ordered twice"],
    ]);
  });

  it("order.released for each order of a bulk release, inventory.low for a SKU it takes below the threshold, then delivery_note.created", async () => {
    const f = await createBrand();
    await createEndpoint(f.brand.id, URL);
    const [one, two] = [await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" }), await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" })];
    // one's first SKU falls from 6 to 3 (threshold 5); its second and two's SKUs stay high.
    await prisma.sku.update({ where: { id: one.lines[0].skuId }, data: { stockQuantity: 6 } });
    await actAs(f.ops);
    expect(await prepareForReleaseAction({ orderIds: [two.id, one.id] })).toMatchObject({ ok: true });
    const released = await eventsOf(f.brand.id, "order.released");
    expect(released.map((e) => (e.data as { order: { id: string; releaseStatus: string } }).order).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [one, two].map((o) => expect.objectContaining({ id: o.id, releaseStatus: "PREPARING_PRODUCT" })).sort(),
    );
    const low = await eventsOf(f.brand.id, "inventory.low");
    expect(low.map((e) => e.data)).toEqual([expect.objectContaining({ threshold: 5, sku: expect.objectContaining({ id: one.lines[0].skuId, stockQuantity: 3 }) })]);

    expect(await createDeliveryNoteAction({ orderId: one.id, lines: one.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })) })).toMatchObject({ ok: true });
    const [note] = await eventsOf(f.brand.id, "delivery_note.created");
    expect(note.data).toMatchObject({ deliveryNote: { sequence: 1, lines: expect.arrayContaining([expect.objectContaining({ orderLineId: one.lines[0].id, quantity: 3 })]) }, order: { id: one.id, releaseStatus: "SHIPPED" } });
  });

  it("inventory.low fires when an adjustment crosses the threshold, not again while stock stays low", async () => {
    const f = await createBrand();
    await createEndpoint(f.brand.id, URL, { events: ["inventory.low"] });
    await prisma.brand.update({ where: { id: f.brand.id }, data: { lowStockThreshold: 10 } });
    const order = await createOrder(f);
    const skuId = order.lines[0].skuId;
    await prisma.sku.update({ where: { id: skuId }, data: { stockQuantity: 12 } });
    await actAs(f.staff);
    const adjust = (delta: number) => adjustStockAction({ skuId, delta, reason: "Count" });
    expect(await adjust(-2)).toMatchObject({ ok: true }); // 10: not below
    expect(await eventsOf(f.brand.id, "inventory.low")).toHaveLength(0);
    expect(await adjust(-1)).toMatchObject({ ok: true }); // 9: crossed
    expect(await adjust(-4)).toMatchObject({ ok: true }); // 5: still low
    expect(await adjust(20)).toMatchObject({ ok: true }); // 25
    expect(await adjust(-20)).toMatchObject({ ok: true }); // 5: crossed again
    expect((await eventsOf(f.brand.id, "inventory.low")).map((e) => (e.data as { sku: { stockQuantity: number } }).sku.stockQuantity)).toEqual([9, 5]);
  });

  it("inventory.low from the integration API: a stock set on /inventory and a product upsert's stock", async () => {
    const f = await createBrand();
    await createEndpoint(f.brand.id, URL, { events: ["inventory.low"] });
    const key = await createTestKey(f, ["inventory:write", "products:write"], "WMS");
    const order = await createOrder(f);
    const [a, b] = [order.lines[0], order.lines[1]];
    expect((await callApi(inventoryApi, "/inventory", { key, headers: { "idempotency-key": "low-1" }, body: { items: [{ sku: a.skuCode, quantity: 2 }] } })).status).toBe(200);
    const sku = { code: b.skuCode, color: b.color, size: b.size, stock: 1, prices: [{ currency: "JPY", wholesalePrice: 1000 }] };
    const upserted = await callApi(upsertProductApi, `/products/${b.productCode}`, { key, method: "PUT", params: { productCode: b.productCode }, body: { name: b.productName, skus: [sku] } });
    expect(upserted.status).toBe(200);
    expect((await eventsOf(f.brand.id, "inventory.low")).map((e) => (e.data as { sku: { code: string; stockQuantity: number } }).sku)).toEqual([
      expect.objectContaining({ code: a.skuCode, stockQuantity: 2 }),
      expect.objectContaining({ code: b.skuCode, stockQuantity: 1 }),
    ]);
  });

  it("connection.closed and connection.reconnected", async () => {
    const f = await createBrand();
    await createEndpoint(f.brand.id, URL, { events: ["connection.closed", "connection.reconnected"] });
    await actAs(f.staff);
    expect(await disconnectBuyerAction({ buyerId: f.buyer.id })).toMatchObject({ ok: true });
    expect(await reconnectBuyerAction({ buyerId: f.buyer.id })).toMatchObject({ ok: true });
    const events = await prisma.webhookEvent.findMany({ where: { brandId: f.brand.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ["connection.closed", { connection: expect.objectContaining({ buyer: { id: f.buyer.id, name: f.buyer.name }, status: "CLOSED" }) }],
      ["connection.reconnected", { connection: expect.objectContaining({ buyer: { id: f.buyer.id, name: f.buyer.name }, status: "CONNECTED" }) }],
    ]);
  });
});
