// Orders through the integration API: the list with its filters and a stable cursor, one order
// with everything an ERP needs, the transitions through the admin's own functions (audit under
// the key's name), and another brand's ids answered 404 like ids that exist nowhere.
import { describe, expect, it } from "vitest";
import { GET as getOrder } from "@/app/api/v1/orders/[id]/route";
import { POST as confirmOc } from "@/app/api/v1/orders/[id]/confirm-oc/route";
import { POST as createDeliveryNote } from "@/app/api/v1/orders/[id]/delivery-notes/route";
import { POST as reject } from "@/app/api/v1/orders/[id]/reject/route";
import { POST as addTags } from "@/app/api/v1/orders/[id]/tags/route";
import { POST as createUndelivered } from "@/app/api/v1/orders/[id]/undelivered-skus/route";
import { GET as listOrders } from "@/app/api/v1/orders/route";
import { prisma } from "@/lib/db/client";
import { callApi, createTestKey } from "../../support/api-client";
import { createBrand } from "../../support/fixtures";
import { createOrder } from "../orders/order-fixture";

describe("orders API", () => {
  it("lists the brand's orders newest first, page by page with a cursor, and filters them", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const key = await createTestKey(f);
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await createOrder(f, { status: i % 2 ? "OC_CREATED" : "PLEASE_CREATE_OC" }));
    await createOrder(other);
    const tag = await prisma.tag.create({ data: { brandId: f.brand.id, name: "VIP" } });
    await prisma.orderTag.create({ data: { orderId: orders[1].id, tagId: tag.id } });

    const first = await callApi(listOrders, "/orders?limit=2", { key });
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-limit")).toBe("20");
    expect(first.json.data).toHaveLength(2);
    const seen: string[] = first.json.data.map((o: { id: string }) => o.id);
    let cursor = first.json.nextCursor;
    while (cursor) {
      const page = await callApi(listOrders, `/orders?limit=2&cursor=${cursor}`, { key });
      seen.push(...page.json.data.map((o: { id: string }) => o.id));
      cursor = page.json.nextCursor;
    }
    expect(seen).toEqual([...orders].reverse().map((o) => o.id));

    const created = await callApi(listOrders, "/orders?status=OC_CREATED", { key });
    expect(created.json.data.map((o: { id: string }) => o.id).sort()).toEqual([orders[1].id, orders[3].id].sort());
    const tagged = await callApi(listOrders, "/orders?tag=vip", { key });
    expect(tagged.json.data.map((o: { id: string; tags: string[] }) => [o.id, o.tags])).toEqual([[orders[1].id, ["VIP"]]]);
    const byBuyer = await callApi(listOrders, `/orders?buyer=${other.buyer.id}`, { key });
    expect(byBuyer.json.data).toEqual([]);
    const later = await callApi(listOrders, `/orders?updatedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, { key });
    expect(later.json.data).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const placed = await callApi(listOrders, `/orders?placedFrom=${today}&placedTo=${today}`, { key });
    expect(placed.json.data).toHaveLength(5);
  });

  it("answers a bad filter or cursor with 400 and the field", async () => {
    const f = await createBrand();
    const key = await createTestKey(f);
    const bad = await callApi(listOrders, "/orders?limit=500&status=SHIPPED", { key });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("INVALID_QUERY");
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["limit", "status"]);
    const cursor = await callApi(listOrders, "/orders?cursor=not-a-cursor", { key });
    expect(cursor.status).toBe(400);
    expect(cursor.json.error.code).toBe("INVALID_CURSOR");
  });

  it("gets one order with lines, buyer, address, PO number, requested delivery, note and payment", async () => {
    const f = await createBrand();
    const key = await createTestKey(f);
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
    await prisma.order.update({
      where: { id: order.id },
      data: { poNumber: "PO-778", requestedDeliveryFrom: new Date("2027-03-01"), requestedDeliveryTo: new Date("2027-03-15"), buyerNote: "Deliver before noon" },
    });
    const answer = await callApi(getOrder, `/orders/${order.id}`, { key, params: { id: order.id } });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      id: order.id, status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT", poNumber: "PO-778", buyerNote: "Deliver before noon",
      requestedDelivery: { from: "2027-03-01", to: "2027-03-15" }, buyer: { id: f.buyer.id, name: f.buyer.name },
      shippingAddress: { recipient: "Aiko Buyer", city: "Tokyo", postalCode: "150-0041" }, paymentStatus: "OUTSIDE_APP", currency: "JPY", total: order.total,
    });
    expect(answer.json.number).toMatch(new RegExp(`^${f.brand.orderPrefix}-\\d{6}$`));
    expect(answer.json.lines.map((l: { skuCode: string; quantity: number; delivered: number }) => [l.skuCode, l.quantity, l.delivered])).toEqual(order.lines.map((l) => [l.skuCode, l.quantity, 0]));
  });

  it("answers another brand's order 404, exactly like an order that does not exist", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const key = await createTestKey(f);
    const foreign = await createOrder(other);
    const theirs = await callApi(getOrder, `/orders/${foreign.id}`, { key, params: { id: foreign.id } });
    const nowhere = await callApi(getOrder, "/orders/cnowhere000000000000000000", { key, params: { id: "cnowhere000000000000000000" } });
    expect(theirs.status).toBe(404);
    expect(theirs.json).toEqual(nowhere.json);
    const rejected = await callApi(reject, `/orders/${foreign.id}/reject`, { key, params: { id: foreign.id }, body: { reason: "No" } });
    expect(rejected.status).toBe(404);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ status: "PLEASE_CREATE_OC" });
  });

  it("confirms an OC with the admin's transition and records the key's name as the actor", async () => {
    const f = await createBrand();
    const key = await createTestKey(f, ["orders:write"], "ERP sync");
    const order = await createOrder(f, { status: "OC_APPROVED" });
    const answer = await callApi(confirmOc, `/orders/${order.id}/confirm-oc`, { key, params: { id: order.id }, body: { notifyBuyer: false } });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ id: order.id, status: "OC_CONFIRMED" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: order.id, action: "oc.confirm" } });
    expect(event.actorUserId).toBeNull();
    expect(event.actorLabel).toContain("ERP sync");
    const again = await callApi(confirmOc, `/orders/${order.id}/confirm-oc`, { key, params: { id: order.id }, body: { notifyBuyer: false } });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("ORDER_ALREADY_CONFIRMED");
  });

  it("gives the same field messages as the admin's forms, in Japanese on request", async () => {
    const f = await createBrand();
    const key = await createTestKey(f);
    const order = await createOrder(f, { status: "OC_APPROVED" });
    const english = await callApi(confirmOc, `/orders/${order.id}/confirm-oc`, { key, params: { id: order.id }, body: { notifyBuyer: true } });
    expect(english.status).toBe(422);
    expect(english.json.error).toMatchObject({ code: "VALIDATION", fields: { emailBody: expect.stringMatching(/\w/) } });
    const japanese = await callApi(reject, `/orders/${order.id}/reject`, { key, params: { id: order.id }, body: { reason: " " }, headers: { "accept-language": "ja" } });
    expect(japanese.status).toBe(422);
    expect(japanese.json.error.fields.reason).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "OC_APPROVED" });
  });

  it("rejects, tags, delivers with a carrier and tracking number, and declares undelivered SKUs", async () => {
    const f = await createBrand();
    const key = await createTestKey(f);
    const toReject = await createOrder(f);
    const rejected = await callApi(reject, `/orders/${toReject.id}/reject`, { key, params: { id: toReject.id }, body: { reason: "Sold out" } });
    expect(rejected.json).toEqual({ id: toReject.id, status: "ORDER_REJECTED" });

    const tagged = await callApi(addTags, `/orders/${toReject.id}/tags`, { key, params: { id: toReject.id }, body: { tags: ["ERP", "erp", "Rush"] } });
    expect(tagged.status).toBe(200);
    expect(tagged.json).toEqual({ id: toReject.id, added: ["ERP", "Rush"], tags: ["ERP", "Rush"] });

    const released = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
    const note = await callApi(createDeliveryNote, `/orders/${released.id}/delivery-notes`, {
      key, params: { id: released.id }, body: { carrier: "Yamato", trackingNumber: "1234-5678", lines: released.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })) },
    });
    expect(note.status).toBe(201);
    expect(note.json).toMatchObject({ sequence: 1, releaseStatus: "SHIPPED", carrier: "Yamato", trackingNumber: "1234-5678" });
    const detail = await callApi(getOrder, `/orders/${released.id}`, { key, params: { id: released.id } });
    expect(detail.json.deliveryNotes[0]).toMatchObject({ carrier: "Yamato", trackingNumber: "1234-5678" });

    const confirmed = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    const undelivered = await callApi(createUndelivered, `/orders/${confirmed.id}/undelivered-skus`, {
      key, params: { id: confirmed.id }, body: { lines: [{ orderLineId: confirmed.lines[0].id, quantity: 1 }] },
    });
    expect(undelivered.status).toBe(201);
    expect(undelivered.json).toEqual({ id: confirmed.id, status: "OC_CONFIRMED_UNDELIVERED" });
  });
});
