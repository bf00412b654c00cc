import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createLinkAction, updateLinkAction, updateLinkStatusAction } from "@/lib/links/actions";
import { findLinkByToken } from "@/lib/links/queries";
import { saveUpload } from "@/lib/storage/storage";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { createLinkOptions, linkInput } from "./link-fixtures";

async function setup() {
  const f = await createBrand();
  const o = await createLinkOptions(f.brand.id);
  await actAs(f.staff);
  const created = await createLinkAction(
    linkInput("CUSTOMER", [o.catalogs[0].id, o.catalogs[1].id], {
      shippingRateGroupIds: [o.rateGroups.jpyJapan.id],
      lookbookIds: [o.lookbooks[0].id],
      contacts: [{ firstName: "Yui", lastName: "Tanaka", email: "", phone: "", note: "" }],
    }),
  );
  if (!created.ok) throw new Error(created.message);
  return { f, o, link: created.data };
}

const statusEvents = (linkId: string) => prisma.auditEvent.findMany({ where: { entityId: linkId, action: { in: ["status.update", "link.delete"] } } });

describe("Status Update", () => {
  it("voids an open link and reopens it, writing who, from and to each time", async () => {
    const { f, link } = await setup();
    expect(await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "VOID", confirmDelete: false })).toEqual({ ok: true, data: { id: link.id, status: "VOID" } });
    expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("VOID");
    expect(await updateLinkStatusAction({ id: link.id, from: "VOID", to: "OPEN", confirmDelete: false })).toMatchObject({ ok: true });
    expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("OPEN");
    const events = await statusEvents(link.id);
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorUserId]).sort()).toEqual([["OPEN", "VOID", f.staff.id], ["VOID", "OPEN", f.staff.id]].sort());
  });

  it("deletes a link with its whole configuration; its token then finds nothing", async () => {
    const { f, link } = await setup();
    const file = await saveUpload(f.brand.id, { name: "bg.png", type: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
    await prisma.orderLink.update({ where: { id: link.id }, data: { backgroundType: "IMAGE", backgroundImageFileId: file.id } });
    await prisma.cart.create({ data: { brandId: f.brand.id, ownerKey: "visitor-1", linkId: link.id } });
    const result = await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true });
    expect(result).toEqual({ ok: true, data: { id: link.id, status: "DELETED" } });
    expect(await prisma.orderLink.findUnique({ where: { id: link.id } })).toBeNull();
    for (const count of [
      prisma.orderLinkCatalog.count({ where: { linkId: link.id } }),
      prisma.orderLinkShippingRateGroup.count({ where: { linkId: link.id } }),
      prisma.orderLinkLookbook.count({ where: { linkId: link.id } }),
      prisma.orderLinkContact.count({ where: { linkId: link.id } }),
      prisma.cart.count({ where: { linkId: link.id } }),
      prisma.storedFile.count({ where: { id: file.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    expect(await findLinkByToken(link.token)).toBeNull();
    // The catalogs themselves stay.
    expect(await prisma.catalog.count({ where: { brandId: f.brand.id } })).toBe(3);
    const [event] = await statusEvents(link.id);
    expect(event).toMatchObject({ action: "link.delete", fromStatus: "OPEN", toStatus: "DELETED", actorUserId: f.staff.id, brandId: f.brand.id, data: { name: link.name, type: "CUSTOMER" } });
  });

  it("keeps orders placed through a deleted link, with the link's name", async () => {
    const { f, link } = await setup();
    const order = await prisma.order.create({
      data: {
        brandId: f.brand.id, buyerId: f.buyer.id, number: 1, source: "ORDER_LINK", sourceLinkId: link.id, sourceLinkName: link.name, placedVia: "USER_ACCOUNT",
        idempotencyKey: `k-${link.id}`, currency: "JPY", subtotal: 1000, total: 1000, contactName: "A", contactEmail: "a@example.com", shipCountry: "JP",
        paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP",
      },
    });
    expect(await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true })).toMatchObject({ ok: true });
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ sourceLinkId: null, sourceLinkName: link.name });
  });

  it("requires explicit confirmation to delete", async () => {
    const { link } = await setup();
    const result = await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: false });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { confirmDelete: expect.stringMatching(/cannot be restored/) } });
    expect(await prisma.orderLink.count({ where: { id: link.id } })).toBe(1);
  });

  it("refuses a change to the status the link already has", async () => {
    const { link } = await setup();
    expect(await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "OPEN", confirmDelete: false })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await statusEvents(link.id)).toHaveLength(0);
  });

  it("tells the second of two people who saw Open that the status already changed", async () => {
    const { link } = await setup();
    await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "VOID", confirmDelete: false });
    const stale = await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "VOID", confirmDelete: false });
    expect(stale).toMatchObject({ ok: false, code: "LINK_STATUS_ALREADY_CHANGED", message: expect.stringMatching(/already changed by someone else/) });
  });

  it("gives exactly one winner and one audit event when ten staff void the same link at once", async () => {
    const { link } = await setup();
    const results = await Promise.all(Array.from({ length: 10 }, () => updateLinkStatusAction({ id: link.id, from: "OPEN", to: "VOID", confirmDelete: false })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "LINK_STATUS_ALREADY_CHANGED")).toBe(true);
    expect(await statusEvents(link.id)).toHaveLength(1);
  });

  it("gives exactly one winner when staff void, delete and delete again at once", async () => {
    const { link } = await setup();
    const results = await Promise.all([
      updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true }),
      updateLinkStatusAction({ id: link.id, from: "OPEN", to: "VOID", confirmDelete: false }),
      updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true }),
      updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ code: expect.stringMatching(/^LINK_(STATUS_ALREADY_CHANGED|ALREADY_DELETED)$/) });
    expect(await statusEvents(link.id)).toHaveLength(1);
  });

  it("never updates or reopens a deleted link, by any path", async () => {
    const { o, link } = await setup();
    await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true });
    for (const from of ["OPEN", "VOID"] as const) {
      const to = from === "OPEN" ? "VOID" : "OPEN";
      expect(await updateLinkStatusAction({ id: link.id, from, to, confirmDelete: false })).toMatchObject({ ok: false, code: "LINK_ALREADY_DELETED" });
    }
    expect(await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true })).toMatchObject({ ok: false, code: "LINK_ALREADY_DELETED" });
    expect(await updateLinkAction({ id: link.id, values: linkInput("CUSTOMER", [o.catalogs[0].id]) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // "DELETED" is not a status a row can be set to.
    expect(await updateLinkStatusAction({ id: link.id, from: "DELETED" as "OPEN", to: "OPEN", confirmDelete: false })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await prisma.orderLink.count({ where: { id: link.id } })).toBe(0);
    expect(await statusEvents(link.id)).toHaveLength(1);
  });

  it("answers another brand's link with not found and changes nothing", async () => {
    const { link } = await setup();
    const other = await createBrand();
    await actAs(other.owner);
    expect(await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "VOID", confirmDelete: false })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "DELETED", confirmDelete: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const otherOptions = await createLinkOptions(other.brand.id);
    expect(await updateLinkAction({ id: link.id, values: linkInput("CUSTOMER", [otherOptions.catalogs[0].id]) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("OPEN");
    expect(await statusEvents(link.id)).toHaveLength(0);
  });

  it("is refused to Ops staff", async () => {
    const { f, link } = await setup();
    await actAs(f.ops);
    expect(await updateLinkStatusAction({ id: link.id, from: "OPEN", to: "VOID", confirmDelete: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("Edit a link", () => {
  it("replaces the configuration, keeps the token, and keeps the passcode when left empty", async () => {
    const { f, o, link } = await setup();
    const first = await updateLinkAction({ id: link.id, values: linkInput("CUSTOMER", [o.catalogs[0].id], { passcodeEnabled: true, passcode: "first-pass" }) });
    expect(first.ok).toBe(true);
    const hash = (await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id } })).passcodeHash;
    const result = await updateLinkAction({
      id: link.id,
      values: linkInput("CUSTOMER", [o.catalogs[2].id], { name: "Renamed", passcodeEnabled: true, passcode: "", lookbookIds: [], contacts: [{ firstName: "New", lastName: "Person", email: "n@example.com", phone: "", note: "" }] }),
    });
    expect(result).toEqual({ ok: true, data: { id: link.id } });
    const after = await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id }, include: { catalogs: true, lookbooks: true, contacts: true, shippingRateGroups: true } });
    expect(after).toMatchObject({ name: "Renamed", token: link.token, passcodeHash: hash });
    expect(after.catalogs.map((c) => c.catalogId)).toEqual([o.catalogs[2].id]);
    expect(after.lookbooks).toHaveLength(0);
    expect(after.shippingRateGroups).toHaveLength(0);
    expect(after.contacts.map((c) => c.firstName)).toEqual(["New"]);
    expect(await prisma.auditEvent.count({ where: { entityId: link.id, action: "link.update", brandId: f.brand.id } })).toBe(2);
  });

  it("removes the passcode when disabled, and refuses to change the link's type", async () => {
    const { o, link } = await setup();
    await updateLinkAction({ id: link.id, values: linkInput("CUSTOMER", [o.catalogs[0].id], { passcodeEnabled: true, passcode: "abcd" }) });
    await updateLinkAction({ id: link.id, values: linkInput("CUSTOMER", [o.catalogs[0].id], { passcodeEnabled: false }) });
    expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id } })).passcodeHash).toBeNull();
    expect(await updateLinkAction({ id: link.id, values: linkInput("INSTANT", [o.catalogs[0].id]) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id } })).type).toBe("CUSTOMER");
  });

  it("refuses bad input and leaves the link as it was", async () => {
    const { o, link } = await setup();
    const result = await updateLinkAction({ id: link.id, values: linkInput("CUSTOMER", [], { name: "" }) });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "values.name": expect.any(String), "values.catalogIds": expect.any(String) } });
    const after = await prisma.orderLink.findUniqueOrThrow({ where: { id: link.id }, include: { catalogs: true } });
    expect(after.name).toBe(link.name);
    expect(after.catalogs).toHaveLength(2);
    expect(o.catalogs).toHaveLength(3);
  });
});
