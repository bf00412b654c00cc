// A brand's invitation to an address with no account: the link's page creates the account (the
// one password rule), its shop and the connection in one transaction, and signs the browser in.
// Two submissions at once give exactly one account, one shop and one connection. Invitations
// expire after 14 days like staff invitations; an address with an account signs in to answer.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getBuyerContext, getSessionUser } from "@/lib/auth/context";
import { verifySecret } from "@/lib/auth/password";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { inviteBuyerAction } from "@/lib/buyers/actions";
import { acceptInvitationWithAccountAction } from "@/lib/buyers/invitation-actions";
import { BUYER_INVITATION_DAYS } from "@/lib/buyers/invitation-validity";
import { listInvitations } from "@/lib/buyers/queries";
import { prisma } from "@/lib/db/client";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { mailedToken } from "../../support/mailed-links";
import { actAs } from "../../support/next-request";

const terms = { discountRate: "5", currency: "JPY", language: "EN", paymentTerms: "" } as const;

async function invite(f: BrandFixture) {
  const email = `new-shop-${randomBytes(4).toString("hex")}@test.example`;
  await actAs(f.staff);
  expect(await inviteBuyerAction({ email, ...terms })).toMatchObject({ ok: true });
  const token = await mailedToken({ brandId: f.brand.id, to: email, template: "buyerInvitation" }, "/invitations");
  await actAs(null);
  return { email, token };
}

const answer = (token: string, over: Record<string, string> = {}) =>
  acceptInvitationWithAccountAction({ token, name: "Rin Ito", password: "Cherry-blossom-26", confirmPassword: "Cherry-blossom-26", organizationName: "Ito Goods", organizationCountry: "jp", ...over });

describe("a brand's invitation to an address with no account", () => {
  it("creates the account, its shop and the connection at once, and signs the browser in", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    const result = await answer(token);
    expect(result).toMatchObject({ ok: true, data: { brandId: f.brand.id, signedIn: true, redirectTo: `/buyer/brands/${f.brand.id}` } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { buyerMemberships: { include: { buyer: { include: { connections: true } } } } } });
    expect(user.name).toBe("Rin Ito");
    expect(await verifySecret("Cherry-blossom-26", user.passwordHash)).toBe(true);
    expect(user.buyerMemberships).toMatchObject([{ role: "OWNER", buyer: { name: "Ito Goods", country: "JP", ownership: "CUSTOMER_OWNED", connections: [{ brandId: f.brand.id, status: "CONNECTED" }] } }]);
    expect(await prisma.connectionInvitation.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } })).toMatchObject({ status: "ACCEPTED" });
    expect(await getSessionUser()).toMatchObject({ email });
    expect(await getBuyerContext()).toMatchObject({ buyer: { name: "Ito Goods" } });
    expect(await answer(token)).toMatchObject({ ok: false, code: "NOT_FOUND", message: "This invitation is no longer valid." });
  });

  it("two submissions at once create exactly one account, one shop and one connection", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    const results = await Promise.all([answer(token, { organizationName: "First Shop" }), answer(token, { organizationName: "Second Shop" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await prisma.buyer.count({ where: { name: { in: ["First Shop", "Second Shop"] } } })).toBe(1);
    expect(await prisma.connection.count({ where: { brandId: f.brand.id, buyer: { name: { in: ["First Shop", "Second Shop"] } } } })).toBe(1);
  });

  it("bad input is explained beside each field and writes nothing", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    expect(await answer(token, { name: "", password: "short", confirmPassword: "short", organizationName: "", organizationCountry: "Japan" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        name: "Enter your name.",
        password: "Use at least 10 characters.",
        organizationName: "Enter your company name.",
        organizationCountry: "Enter a two-letter country code (e.g. JP, US).",
      },
    });
    expect(await answer(token, { password: "iloveyou123", confirmPassword: "iloveyou123" })).toMatchObject({ ok: false, fieldErrors: { password: "This password is too common. Choose one that is harder to guess." } });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    expect(await prisma.connectionInvitation.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } })).toMatchObject({ status: "PENDING" });
  });

  it("an address that has an account signs in to answer: no second account", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    await prisma.user.create({ data: { email, name: "Already", passwordHash: "!" } });
    expect(await answer(token)).toMatchObject({ ok: false, code: "ACCOUNT_EXISTS", message: "An account with this email address exists. Sign in to answer the invitation." });
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it(`expires after ${BUYER_INVITATION_DAYS} days: shown Expired, refused, and re-inviting the address sends a fresh one`, async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    await prisma.connectionInvitation.update({ where: { tokenHash: hashSecretToken(token) }, data: { createdAt: new Date(Date.now() - (BUYER_INVITATION_DAYS * 24 + 1) * 3_600_000) } });
    expect((await listInvitations(f.brand.id, { page: 1, pageSize: 25, skip: 0, take: 25 })).rows).toEqual([expect.objectContaining({ email, status: "PENDING", expired: true })]);
    expect(await answer(token)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.user.count({ where: { email } })).toBe(0);

    await actAs(f.staff);
    expect(await inviteBuyerAction({ email, ...terms })).toMatchObject({ ok: true });
    const fresh = await mailedToken({ brandId: f.brand.id, to: email, template: "buyerInvitation" }, "/invitations");
    expect(fresh).not.toBe(token);
    expect(await prisma.connectionInvitation.count({ where: { brandId: f.brand.id, email } })).toBe(1);
    await actAs(null);
    expect(await answer(fresh)).toMatchObject({ ok: true });
  });
});
