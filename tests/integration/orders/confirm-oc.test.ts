import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { confirmOcAction, createTagAction } from "@/lib/orders/actions";
import { actAs, revalidatedPaths } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createOrder } from "./order-fixture";
import { renderedMails } from "../../support/outbox";

describe("Confirm The Order Confirmation", { timeout: 120_000 }, () => {
  it("confirms an OC Approved order: OC Confirmed, Not Yet Released, tags applied, buyer e-mailed", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await actAs(f.ops);
    const tag = await createTagAction({ name: "Spring rush" });
    expect(tag).toMatchObject({ ok: true });
    const result = await confirmOcAction({ orderId: order.id, notifyBuyer: true, emailBody: "Thank you! Your order is confirmed.", tagIds: [tag.ok ? tag.data.id : ""] });
    expect(result).toMatchObject({ ok: true, data: { status: "OC_CONFIRMED" } });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { tags: { include: { tag: true } } } });
    expect(after).toMatchObject({ status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    expect(after.ocConfirmedAt).toBeInstanceOf(Date);
    expect(after.tags.map((t) => t.tag.name)).toEqual(["Spring rush"]);
    const mails = await renderedMails({ brandId: f.brand.id });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: f.buyerUser.email, status: "PENDING", template: "ocConfirmed", locale: "en" });
    expect(mails[0].text).toContain("Thank you! Your order is confirmed.");
    const audit = await prisma.auditEvent.findMany({ where: { entityId: order.id, action: "oc.confirm" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ fromStatus: "OC_APPROVED", toStatus: "OC_CONFIRMED", actorUserId: f.ops.id });
    expect(revalidatedPaths()).toContain(`/admin/orders/${order.id}`);
  });

  it("confirms from OC Created (skipping the buyer approval) without an e-mail when disabled", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CREATED" });
    await actAs(f.staff);
    expect(await confirmOcAction({ orderId: order.id, notifyBuyer: false, tagIds: [] })).toMatchObject({ ok: true });
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: order.id, action: "oc.confirm" } });
    expect(audit.data).toMatchObject({ skippedBuyerApproval: true });
  });

  it.each(["PLEASE_CREATE_OC", "OC_CONFIRMED", "OC_CONFIRMED_UNDELIVERED", "ORDER_REJECTED", "CANCELLED"] as const)("refuses to confirm an order in %s", async (status) => {
    const f = await createBrand();
    const order = await createOrder(f, { status });
    await actAs(f.staff);
    const result = await confirmOcAction({ orderId: order.id, notifyBuyer: false, tagIds: [] });
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ code: status.startsWith("OC_CONFIRMED") ? "ORDER_ALREADY_CONFIRMED" : "ORDER_STATUS_CHANGED" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(status);
  });

  it("asks for the e-mail body when the notification is enabled, and writes nothing", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await actAs(f.staff);
    const result = await confirmOcAction({ orderId: order.id, notifyBuyer: true, emailBody: "  ", tagIds: [] });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { emailBody: "Enter the email body, or disable the notification." } });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("OC_APPROVED");
  });

  it("two staff confirming at once give one OC Confirmed, one e-mail, one audit event and one 'already confirmed'", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_APPROVED" });
    await actAs(f.staff);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => confirmOcAction({ orderId: order.id, notifyBuyer: true, emailBody: "Confirmed.", tagIds: [] })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const failures = results.filter((r) => !r.ok);
    expect(failures).toHaveLength(7);
    for (const failure of failures) {
      expect(failure).toMatchObject({ code: "ORDER_ALREADY_CONFIRMED", message: "This order confirmation was already confirmed by someone else." });
    }
    expect(await prisma.outboxEmail.count({ where: { brandId: f.brand.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: order.id, action: "oc.confirm" } })).toBe(1);
  });

  it("answers another brand's order or tag with not found and changes nothing", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const theirs = await createOrder(b, { status: "OC_APPROVED" });
    const mine = await createOrder(a, { status: "OC_APPROVED" });
    const theirTag = await prisma.tag.create({ data: { brandId: b.brand.id, name: "Theirs" } });
    await actAs(a.owner);
    expect(await confirmOcAction({ orderId: theirs.id, notifyBuyer: false, tagIds: [] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await confirmOcAction({ orderId: mine.id, notifyBuyer: false, tagIds: [theirTag.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("OC_APPROVED");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("OC_APPROVED");
  });

  it("Create Tag with a name the brand already has gives that tag back instead of a second one", async () => {
    const f = await createBrand();
    await actAs(f.staff);
    const first = await createTagAction({ name: "VIP" });
    expect(first).toMatchObject({ ok: true, data: { name: "VIP", created: true } });
    expect(await createTagAction({ name: "VIP" })).toMatchObject({ ok: true, data: { id: first.ok ? first.data.id : "", name: "VIP", created: false } });
    expect(await createTagAction({ name: "" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "Enter the tag name." } });
    expect(await prisma.tag.count({ where: { brandId: f.brand.id } })).toBe(1);
  });
});
