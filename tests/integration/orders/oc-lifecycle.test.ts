import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import {
  approveOcAsBuyerAction, approveOcByTokenAction, createOcAction, findSkuForOrderAction, forceApproveOcAction, makeOcEditableAction, rejectOrderAction, sendOcForApprovalAction,
} from "@/lib/orders/actions";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createOrder, createProductWithSkus } from "./order-fixture";
import { renderedMail } from "../../support/outbox";

describe("creating and approving the OC", { timeout: 120_000 }, () => {
  it("creates the OC with adjusted quantities and prices, a removed line and an added SKU", async () => {
    const f = await createBrand();
    const order = await createOrder(f);
    const extra = await createProductWithSkus(f, 1);
    await actAs(f.staff);
    const found = await findSkuForOrderAction({ orderId: order.id, code: extra.skus[0].code.toLowerCase() });
    expect(found).toMatchObject({ ok: true, data: { skuId: extra.skus[0].id, unitPrice: 1000 } });
    const result = await createOcAction({
      orderId: order.id,
      from: "PLEASE_CREATE_OC", revision: 0,
      lines: [
        { lineId: order.lines[0].id, quantity: 5, unitPrice: 900 },
        { skuId: extra.skus[0].id, quantity: 1, unitPrice: 1000 },
      ],
    });
    expect(result).toMatchObject({ ok: true, data: { status: "OC_CREATED" } });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: { orderBy: { position: "asc" } } } });
    expect(after.lines.map((l) => [l.skuCode, l.quantity, l.unitPrice, l.lineTotal])).toEqual([
      [order.lines[0].skuCode, 5, 900, 4500],
      [extra.skus[0].code, 1, 1000, 1000],
    ]);
    expect(after).toMatchObject({ status: "OC_CREATED", subtotal: 5500, total: 6500 });
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "oc.create" } })).toBe(1);
  });

  it("rejects bad lines field by field and writes nothing", async () => {
    const f = await createBrand();
    const order = await createOrder(f);
    await actAs(f.staff);
    const result = await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ lineId: order.lines[0].id, quantity: 0, unitPrice: -1 }] });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "lines.0.quantity": "At least 1.", "lines.0.unitPrice": "The price cannot be negative." } });
    expect(await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, lines: [] })).toMatchObject({ ok: false, fieldErrors: { lines: "An OC needs at least one line." } });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PLEASE_CREATE_OC");
  });

  it("cannot add another brand's SKU or edit a confirmed order", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const order = await createOrder(a);
    const theirs = await createProductWithSkus(b, 1);
    const confirmed = await createOrder(a, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await actAs(a.staff);
    expect(await findSkuForOrderAction({ orderId: order.id, code: theirs.skus[0].code })).toMatchObject({ ok: false, fieldErrors: { code: "No SKU with this code." } });
    expect(await createOcAction({ orderId: order.id, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ skuId: theirs.skus[0].id, quantity: 1, unitPrice: 1 }] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await createOcAction({ orderId: confirmed.id, from: "OC_CREATED", revision: 0, lines: [{ lineId: confirmed.lines[0].id, quantity: 1, unitPrice: 1 }] })).toMatchObject({ ok: false, code: "ORDER_STATUS_CHANGED" });
    const otherOrder = await createOrder(b);
    expect(await createOcAction({ orderId: otherOrder.id, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ lineId: otherOrder.lines[0].id, quantity: 1, unitPrice: 1 }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("sends the OC for approval by e-mail; the buyer approves once from the link", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CREATED" });
    await actAs(f.staff);
    expect(await sendOcForApprovalAction({ orderId: order.id, sentAt: null })).toMatchObject({ ok: true });
    const sent = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(sent.ocSentAt).toBeInstanceOf(Date);
    const mail = await renderedMail({ brandId: f.brand.id });
    expect(mail.text).toContain(`http://localhost:3000/oc/${sent.approvalToken}`);
    await actAs(null);
    const results = await Promise.all([1, 2, 3].map(() => approveOcByTokenAction({ token: sent.approvalToken! })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe("OC_APPROVED");
    expect(after.ocApprovedAt).toBeInstanceOf(Date);
    expect(await approveOcByTokenAction({ token: sent.approvalToken! })).toMatchObject({ ok: false, code: "ORDER_ALREADY_APPROVED" });
    expect(await approveOcByTokenAction({ token: "not-a-real-token-123" })).toMatchObject({ ok: false, code: "APPROVAL_LINK_USED" });
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "oc.approve" } })).toBe(1);
  });

  it("the buyer approves in the Buyer App only after the OC was sent, and only their own orders", async () => {
    const f = await createBrand();
    const other = await createBrand();
    const order = await createOrder(f, { status: "OC_CREATED" });
    await actAs(f.buyerUser);
    expect(await approveOcAsBuyerAction({ orderId: order.id })).toMatchObject({ ok: false, code: "OC_NOT_SENT" });
    await actAs(f.staff);
    await sendOcForApprovalAction({ orderId: order.id, sentAt: null });
    await actAs(other.buyerUser);
    expect(await approveOcAsBuyerAction({ orderId: order.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(f.buyerUser);
    expect(await approveOcAsBuyerAction({ orderId: order.id })).toMatchObject({ ok: true, data: { status: "OC_APPROVED" } });
    expect(await approveOcAsBuyerAction({ orderId: order.id })).toMatchObject({ ok: false, code: "ORDER_ALREADY_APPROVED" });
  });

  it("two staff editing one draft: the save over a newer save is refused, the newer one stays", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CREATED" });
    await actAs(f.staff);
    // Both opened the draft at revision 0; the first save wins and moves it to revision 1.
    expect(await createOcAction({ orderId: order.id, from: "OC_CREATED", revision: 0, lines: [{ lineId: order.lines[0].id, quantity: 7, unitPrice: 10 }] })).toMatchObject({ ok: true });
    expect(await createOcAction({ orderId: order.id, from: "OC_CREATED", revision: 0, lines: [{ lineId: order.lines[0].id, quantity: 2, unitPrice: 10 }] }))
      .toMatchObject({ ok: false, code: "OC_CHANGED" });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(after.ocRevision).toBe(1);
    expect(after.lines.find((l) => l.id === order.lines[0].id)?.quantity).toBe(7);
    // Reloaded, the second editor saves over revision 1.
    expect(await createOcAction({ orderId: order.id, from: "OC_CREATED", revision: 1, lines: [{ lineId: order.lines[0].id, quantity: 2, unitPrice: 10 }] })).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "oc.update" } })).toBe(2);
  });

  it("editing a sent OC withdraws the approval link", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CREATED" });
    await actAs(f.staff);
    await sendOcForApprovalAction({ orderId: order.id, sentAt: null });
    const { approvalToken } = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    await createOcAction({ orderId: order.id, from: "OC_CREATED", revision: 0, lines: [{ lineId: order.lines[0].id, quantity: 1, unitPrice: 10 }] });
    expect(await approveOcByTokenAction({ token: approvalToken! })).toMatchObject({ ok: false, code: "APPROVAL_LINK_USED" });
  });

  it("the brand force-approves only an OC Created order", async () => {
    const f = await createBrand();
    const created = await createOrder(f, { status: "OC_CREATED" });
    const fresh = await createOrder(f);
    await actAs(f.ops);
    expect(await forceApproveOcAction({ orderId: created.id })).toMatchObject({ ok: true });
    expect(await forceApproveOcAction({ orderId: created.id })).toMatchObject({ ok: false, code: "ORDER_ALREADY_APPROVED" });
    expect(await forceApproveOcAction({ orderId: fresh.id })).toMatchObject({ ok: false, code: "ORDER_STATUS_CHANGED" });
    expect(await sendOcForApprovalAction({ orderId: fresh.id, sentAt: null })).toMatchObject({ ok: false, code: "ORDER_STATUS_CHANGED" });
  });
});

describe("Make The Order Confirmation Editable", { timeout: 120_000 }, () => {
  it("returns an unreleased OC Confirmed order to OC Created and out of To Ship", async () => {
    const f = await createBrand();
    for (const releaseStatus of ["NOT_YET_RELEASED", "FAILED_TO_RELEASE", null] as const) {
      const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus });
      await actAs(f.staff);
      expect(await makeOcEditableAction({ orderId: order.id })).toMatchObject({ ok: true, data: { status: "OC_CREATED" } });
      expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "OC_CREATED", releaseStatus: null, ocConfirmedAt: null });
    }
  });

  it("refuses once released, with a delivery note or undelivered SKUs, or from another status", async () => {
    const f = await createBrand();
    await actAs(f.staff);
    const released = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
    expect(await makeOcEditableAction({ orderId: released.id })).toMatchObject({ ok: false, code: "ORDER_NOT_EDITABLE", message: expect.stringContaining("released") });
    const undelivered = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await prisma.undeliveredSku.create({ data: { orderId: undelivered.id, orderLineId: undelivered.lines[0].id, quantity: 1 } });
    expect(await makeOcEditableAction({ orderId: undelivered.id })).toMatchObject({ ok: false, message: expect.stringContaining("Undelivered SKUs") });
    const noted = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await prisma.deliveryNote.create({ data: { orderId: noted.id, sequence: 1 } });
    expect(await makeOcEditableAction({ orderId: noted.id })).toMatchObject({ ok: false, message: expect.stringContaining("delivery note") });
    const approved = await createOrder(f, { status: "OC_APPROVED" });
    expect(await makeOcEditableAction({ orderId: approved.id })).toMatchObject({ ok: false, code: "ORDER_NOT_EDITABLE" });
    const b = await createBrand();
    const theirs = await createOrder(b, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    expect(await makeOcEditableAction({ orderId: theirs.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("OC_CONFIRMED");
  });
});

describe("Order Rejected", { timeout: 120_000 }, () => {
  it("rejects an order before confirmation and e-mails the reason; final afterwards", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CREATED" });
    await actAs(f.staff);
    expect(await rejectOrderAction({ orderId: order.id, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: "Enter the reason for the buyer." } });
    const results = await Promise.all([1, 2].map(() => rejectOrderAction({ orderId: order.id, reason: "Minimum quantity not met." })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "ORDER_ALREADY_REJECTED" });
    const mail = await renderedMail({ brandId: f.brand.id });
    expect(mail.text).toContain("Minimum quantity not met.");
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(1);
    const confirmed = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    expect(await rejectOrderAction({ orderId: confirmed.id, reason: "x" })).toMatchObject({ ok: false, code: "ORDER_STATUS_CHANGED" });
  });
});
