import { describe, expect, it } from "vitest";
import { addBuyerAddressAction, inviteCoworkerAction, removeBuyerAddressAction, setDefaultBuyerAddressAction } from "@/lib/buyer-app/actions";
import { prisma } from "@/lib/db/client";
import { actAs } from "../../support/next-request";
import { createBrand, createUser } from "../../support/fixtures";
import { renderedMail } from "../../support/outbox";

const address = { label: "Warehouse", recipientName: "Aiko", line1: "1-2-3 Jinnan", line2: "", city: "Tokyo", region: "", postalCode: "150-0041", country: "jp", phone: "", isDefault: false };

describe("organization management", () => {
  it("an owner invites a new co-worker: an invitation and its e-mail, no account and no password until they create it", async () => {
    const a = await createBrand();
    await actAs(a.buyerUser);
    const result = await inviteCoworkerAction({ email: "Colleague@Shop.example", name: "Colleague" });
    expect(result).toMatchObject({ ok: true, data: { created: true } });
    expect(await prisma.user.count({ where: { email: "colleague@shop.example" } })).toBe(0);
    expect(await prisma.coworkerInvitation.findMany({ where: { buyerId: a.buyer.id }, select: { email: true, name: true, acceptedAt: true } })).toEqual([
      { email: "colleague@shop.example", name: "Colleague", acceptedAt: null },
    ]);
    const mail = await renderedMail({ to: "colleague@shop.example" });
    expect(mail.text).toMatch(/\/account\/create\/[A-Za-z0-9_-]{43}/);
    expect(mail.text).not.toMatch(/password:/i);
    expect(await inviteCoworkerAction({ email: "colleague@shop.example", name: "Again" })).toMatchObject({ ok: false, code: "ALREADY_INVITED", fieldErrors: { email: "This address was already invited and has not answered yet." } });
    expect(await prisma.coworkerInvitation.count({ where: { buyerId: a.buyer.id } })).toBe(1);
  });

  it("an existing account joins at once; members who are not owners cannot invite", async () => {
    const a = await createBrand();
    const existing = await createUser("existing");
    await actAs(a.buyerUser);
    expect(await inviteCoworkerAction({ email: existing.email, name: "Existing" })).toMatchObject({ ok: true, data: { created: false } });
    await actAs(existing);
    expect(await inviteCoworkerAction({ email: "x@y.example", name: "X" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("addresses: add (first is default), switch the default, remove; another organization's address is not found", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.buyerUser);
    const first = await addBuyerAddressAction(address);
    const second = await addBuyerAddressAction({ ...address, label: "Shop" });
    const ids = [first, second].map((r) => (r.ok ? r.data.id : ""));
    const defaults = async () => (await prisma.buyerAddress.findMany({ where: { buyerId: a.buyer.id, isDefault: true } })).map((x) => x.id);
    expect(await defaults()).toEqual([ids[0]]);
    expect(await setDefaultBuyerAddressAction({ addressId: ids[1] })).toMatchObject({ ok: true });
    expect(await defaults()).toEqual([ids[1]]);
    expect(await addBuyerAddressAction({ ...address, line1: "", country: "Japan" })).toMatchObject({
      ok: false, fieldErrors: { line1: "Enter the street address.", country: "Enter a two-letter country code (e.g. JP, US)." },
    });

    await actAs(b.buyerUser);
    expect(await removeBuyerAddressAction({ addressId: ids[0] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await setDefaultBuyerAddressAction({ addressId: ids[0] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.buyerAddress.count({ where: { buyerId: a.buyer.id } })).toBe(2);

    await actAs(a.buyerUser);
    expect(await removeBuyerAddressAction({ addressId: ids[0] })).toMatchObject({ ok: true });
    expect(await prisma.buyerAddress.count({ where: { buyerId: a.buyer.id } })).toBe(1);
  });

  it("brand staff without an organization cannot manage one", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    expect(await addBuyerAddressAction(address)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
