import { describe, expect, it } from "vitest";
import { acceptInvitationAction } from "@/lib/buyer-app/actions";
import { inviteBuyerAction, revokeInvitationAction } from "@/lib/buyers/actions";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { prisma } from "@/lib/db/client";
import { actAs } from "../../support/next-request";
import { createBrand, createUser } from "../../support/fixtures";
import { mailedToken } from "../../support/mailed-links";

const terms = { discountRate: "7.5", currency: "EUR", language: "EN", paymentTerms: "Net 60" } as const;

async function invitationOf(id: string) {
  return prisma.connectionInvitation.findUniqueOrThrow({ where: { id } });
}

/** The token of the invitation link mailed to this address (only its hash is stored). */
function mailedInvitationToken(brandId: string, email: string) {
  return mailedToken({ brandId, to: email.toLowerCase(), template: "buyerInvitation" }, "/invitations");
}

describe("inviting buyers", () => {
  it("offers a connection to the organization already using the email; accepting makes it Connected with the invited terms", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    const sent = await inviteBuyerAction({ email: b.buyerUser.email.toUpperCase(), ...terms });
    expect(sent).toMatchObject({ ok: true, data: { offeredTo: b.buyer.name } });
    const invitation = await invitationOf(sent.ok ? sent.data.invitationId : "");
    expect(invitation).toMatchObject({ brandId: a.brand.id, buyerId: b.buyer.id, status: "PENDING", currency: "EUR" });
    const token = await mailedInvitationToken(a.brand.id, b.buyerUser.email);
    expect(invitation.tokenHash).toBe(hashSecretToken(token));

    await actAs(b.buyerUser);
    expect(await acceptInvitationAction({ token, buyerId: b.buyer.id })).toMatchObject({ ok: true, data: { brandId: a.brand.id, buyerId: b.buyer.id } });
    const connection = await prisma.connection.findUniqueOrThrow({ where: { brandId_buyerId: { brandId: a.brand.id, buyerId: b.buyer.id } } });
    expect(connection).toMatchObject({ status: "CONNECTED", currency: "EUR", language: "EN", paymentTerms: "Net 60" });
    expect(Number(connection.discountRate)).toBe(7.5);
    expect((await invitationOf(invitation.id)).status).toBe("ACCEPTED");
    // Accepting twice: already answered, still one connection.
    expect(await acceptInvitationAction({ token, buyerId: b.buyer.id })).toMatchObject({ ok: false, code: "INVITATION_ALREADY_CHANGED" });
  });

  it("a new email accepted by a user with a new organization", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const user = await createUser("newbuyer");
    // The user belongs to some organization already (the Buyer App needs one), but connects a new one.
    await prisma.buyerMember.create({ data: { buyerId: b.offlineBuyer.id, userId: user.id, role: "OWNER" } });
    await actAs(a.staff);
    const sent = await inviteBuyerAction({ email: user.email, ...terms });
    expect(sent).toMatchObject({ ok: true, data: { offeredTo: null } });
    expect(sent.ok).toBe(true);
    const token = await mailedInvitationToken(a.brand.id, user.email);
    await actAs(user);
    expect(await acceptInvitationAction({ token, buyerId: "" })).toMatchObject({
      ok: false, fieldErrors: { newOrganizationName: "Enter your company name.", newOrganizationCountry: "Enter a two-letter country code (e.g. JP, US)." },
    });
    const accepted = await acceptInvitationAction({ token, newOrganizationName: "Fresh Shop", newOrganizationCountry: "de" });
    expect(accepted.ok).toBe(true);
    const buyer = await prisma.buyer.findUniqueOrThrow({ where: { id: accepted.ok ? accepted.data.buyerId : "" }, include: { members: true, connections: true } });
    expect(buyer).toMatchObject({ name: "Fresh Shop", country: "DE", ownership: "CUSTOMER_OWNED" });
    expect(buyer.members).toMatchObject([{ userId: user.id, role: "OWNER" }]);
    expect(buyer.connections).toMatchObject([{ brandId: a.brand.id, status: "CONNECTED" }]);
  });

  it("refuses an email already connected (Connected or Closed) or already invited", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    expect(await inviteBuyerAction({ email: a.buyerUser.email, ...terms })).toMatchObject({ ok: false, code: "ALREADY_CONNECTED", fieldErrors: { email: `${a.buyer.name} is already connected to your brand.` } });
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: a.brand.id, buyerId: a.buyer.id } }, data: { status: "CLOSED" } });
    const closed = await inviteBuyerAction({ email: a.buyerUser.email, ...terms });
    expect(closed).toMatchObject({ ok: false, code: "ALREADY_CONNECTED" });
    if (!closed.ok) expect(closed.message).toContain("Reconnect");
    expect((await inviteBuyerAction({ email: "someone@new.example", ...terms })).ok).toBe(true);
    expect(await inviteBuyerAction({ email: "someone@new.example", ...terms })).toMatchObject({ ok: false, code: "ALREADY_INVITED" });
    expect(await inviteBuyerAction({ email: "bad", ...terms, discountRate: "-3" })).toMatchObject({
      ok: false, fieldErrors: { email: "Enter a valid email address.", discountRate: "The discount rate cannot be negative." },
    });
    expect(await prisma.connectionInvitation.count({ where: { brandId: a.brand.id } })).toBe(1);
  });

  it("someone else's invitation is not found, and cannot be used for another organization", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const c = await createBrand();
    await actAs(a.staff);
    expect((await inviteBuyerAction({ email: b.buyerUser.email, ...terms })).ok).toBe(true);
    const token = await mailedInvitationToken(a.brand.id, b.buyerUser.email);
    await actAs(c.buyerUser);
    expect(await acceptInvitationAction({ token, buyerId: c.buyer.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(b.buyerUser);
    expect(await acceptInvitationAction({ token, buyerId: c.buyer.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.connection.count({ where: { brandId: a.brand.id, buyerId: { in: [b.buyer.id, c.buyer.id] } } })).toBe(0);
  });

  it("withdrawing: guarded, cross-brand safe, and the link stops working", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.staff);
    const sent = await inviteBuyerAction({ email: b.buyerUser.email, ...terms });
    const invitation = await invitationOf(sent.ok ? sent.data.invitationId : "");
    const token = await mailedInvitationToken(a.brand.id, b.buyerUser.email);
    await actAs(b.owner);
    expect(await revokeInvitationAction({ invitationId: invitation.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(a.staff);
    const results = await Promise.all([1, 2, 3].map(() => revokeInvitationAction({ invitationId: invitation.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "INVITATION_ALREADY_CHANGED")).toBe(true);
    expect(await prisma.auditEvent.count({ where: { entityId: invitation.id, action: "invitation.revoke" } })).toBe(1);
    await actAs(b.buyerUser);
    expect(await acceptInvitationAction({ token, buyerId: b.buyer.id })).toMatchObject({ ok: false, code: "INVITATION_ALREADY_CHANGED" });
  });
});
