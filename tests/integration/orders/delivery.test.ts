import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createDeliveryNoteAction, createUndeliveredSkusAction } from "@/lib/orders/actions";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createOrder } from "./order-fixture";

describe("Create Delivery Notes", { timeout: 120_000 }, () => {
  it("ships part, then the rest: Partially Shipped, then Shipped, notes numbered 1 and 2", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT", quantities: [3, 2] });
    await actAs(f.ops);
    const [a, b] = order.lines;
    expect(await createDeliveryNoteAction({ orderId: order.id, lines: [{ orderLineId: a.id, quantity: 2 }, { orderLineId: b.id, quantity: 0 }] })).toMatchObject({
      ok: true, data: { sequence: 1, releaseStatus: "PARTIALLY_SHIPPED" },
    });
    expect(await createDeliveryNoteAction({ orderId: order.id, lines: [{ orderLineId: a.id, quantity: 2 }] })).toMatchObject({ ok: false, fieldErrors: { "lines.0.quantity": "At most 1 left to deliver." } });
    expect(await createDeliveryNoteAction({ orderId: order.id, lines: [{ orderLineId: a.id, quantity: 1 }, { orderLineId: b.id, quantity: 2 }] })).toMatchObject({
      ok: true, data: { sequence: 2, releaseStatus: "SHIPPED" },
    });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).releaseStatus).toBe("SHIPPED");
    expect(await createDeliveryNoteAction({ orderId: order.id, lines: [{ orderLineId: a.id, quantity: 1 }] })).toMatchObject({ ok: false, code: "ORDER_ALREADY_SHIPPED" });
  });

  it("is refused until the order is released for shipping", async () => {
    const f = await createBrand();
    await actAs(f.staff);
    for (const [status, releaseStatus] of [["OC_CONFIRMED", "NOT_YET_RELEASED"], ["OC_CONFIRMED", "FAILED_TO_RELEASE"], ["OC_APPROVED", null]] as const) {
      const order = await createOrder(f, { status, releaseStatus });
      const result = await createDeliveryNoteAction({ orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] });
      expect(result).toMatchObject({ ok: false, code: "DELIVERY_NOT_ALLOWED" });
      if (status === "OC_CONFIRMED") expect(result).toMatchObject({ message: "Prepare the order for release first." });
    }
    expect(await prisma.deliveryNote.count({ where: { order: { brandId: f.brand.id } } })).toBe(0);
  });

  it("concurrent notes never deliver a unit twice", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT", quantities: [3, 2] });
    await actAs(f.staff);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createDeliveryNoteAction({ orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 2 }] })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const delivered = await prisma.deliveryNoteLine.aggregate({ where: { orderLineId: order.lines[0].id }, _sum: { quantity: true } });
    expect(delivered._sum.quantity).toBe(2);
  });

  it("cross-brand: not found, nothing written", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const theirs = await createOrder(b, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
    await actAs(a.owner);
    expect(await createDeliveryNoteAction({ orderId: theirs.id, lines: [{ orderLineId: theirs.lines[0].id, quantity: 1 }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await createUndeliveredSkusAction({ orderId: theirs.id, lines: [{ orderLineId: theirs.lines[0].id, quantity: 1 }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.deliveryNote.count({ where: { orderId: theirs.id } })).toBe(0);
  });
});

describe("Create Undelivered SKUs", { timeout: 120_000 }, () => {
  it("locks an OC Confirmed order without delivery notes; its remaining quantities can still ship", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT", quantities: [3, 2] });
    await actAs(f.staff);
    expect(await createUndeliveredSkusAction({ orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 4 }] })).toMatchObject({ ok: false, fieldErrors: { "lines.0.quantity": "At most 3." } });
    expect(await createUndeliveredSkusAction({ orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 0 }] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await createUndeliveredSkusAction({ orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 3 }] })).toMatchObject({ ok: true, data: { status: "OC_CONFIRMED_UNDELIVERED" } });
    expect(await createUndeliveredSkusAction({ orderId: order.id, lines: [{ orderLineId: order.lines[1].id, quantity: 1 }] })).toMatchObject({ ok: false, code: "UNDELIVERED_ALREADY_CREATED" });
    // The rest (line 2) ships; line 1 is fully undelivered, so the order is then Shipped.
    expect(await createDeliveryNoteAction({ orderId: order.id, lines: [{ orderLineId: order.lines[1].id, quantity: 2 }] })).toMatchObject({ ok: true, data: { releaseStatus: "SHIPPED" } });
  });

  it("is refused once a delivery note exists or before confirmation", async () => {
    const f = await createBrand();
    await actAs(f.staff);
    const shipped = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
    await createDeliveryNoteAction({ orderId: shipped.id, lines: [{ orderLineId: shipped.lines[0].id, quantity: 1 }] });
    expect(await createUndeliveredSkusAction({ orderId: shipped.id, lines: [{ orderLineId: shipped.lines[1].id, quantity: 1 }] })).toMatchObject({ ok: false, code: "UNDELIVERED_NOT_ALLOWED", message: "A delivery note already exists for this order." });
    const approved = await createOrder(f, { status: "OC_APPROVED" });
    expect(await createUndeliveredSkusAction({ orderId: approved.id, lines: [{ orderLineId: approved.lines[0].id, quantity: 1 }] })).toMatchObject({ ok: false, code: "UNDELIVERED_NOT_ALLOWED" });
  });
});
