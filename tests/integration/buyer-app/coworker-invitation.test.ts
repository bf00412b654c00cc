// A co-worker invited by an address with no account: the mailed single-use link creates the
// account and the membership in one transaction (never a password in the mail); two submissions
// at once give exactly one account; an address that has an account joins only signed in as it.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getBuyerContext, getSessionUser } from "@/lib/auth/context";
import { hashSecret, verifySecret } from "@/lib/auth/password";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { inviteCoworkerAction } from "@/lib/buyer-app/actions";
import { getOpenCoworkerInvitation } from "@/lib/buyer-app/coworker-invitation";
import { acceptCoworkerInvitationAction, joinCoworkerInvitationAction } from "@/lib/buyer-app/coworker-invitation-actions";
import { COWORKER_INVITATION_DAYS } from "@/lib/buyer-app/coworker-invitation-validity";
import { prisma } from "@/lib/db/client";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { mailedToken } from "../../support/mailed-links";
import { actAs } from "../../support/next-request";

async function invite(f: BrandFixture) {
  const email = `colleague-${randomBytes(4).toString("hex")}@test.example`;
  await actAs(f.buyerUser);
  expect(await inviteCoworkerAction({ email, name: "Sora Colleague" })).toMatchObject({ ok: true, data: { created: true } });
  const token = await mailedToken({ to: email, template: "coworkerInvitation" }, "/account/create");
  await actAs(null);
  return { email, token };
}

const accept = (token: string, password = "Autumn-moon-2026", name = "Sora Aoki") => acceptCoworkerInvitationAction({ token, name, password, confirmPassword: password });
const NO_LONGER_VALID = { ok: false, code: "NOT_FOUND", message: "This invitation is no longer valid." };

describe("co-worker invitations that create accounts", () => {
  it("the link creates the account and the membership, signs the browser in, and works once", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    expect(await getOpenCoworkerInvitation(token)).toMatchObject({ email, suggestedName: "Sora Colleague", organization: { id: f.buyer.id }, inviterName: f.buyerUser.name, hasAccount: false });
    expect(await prisma.coworkerInvitation.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } })).toMatchObject({ email, acceptedAt: null });

    expect(await accept(token)).toEqual({ ok: true, data: { signedIn: true, redirectTo: "/buyer" } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { buyerMemberships: true } });
    expect(user.name).toBe("Sora Aoki");
    expect(await verifySecret("Autumn-moon-2026", user.passwordHash)).toBe(true);
    expect(user.buyerMemberships).toMatchObject([{ buyerId: f.buyer.id, role: "MEMBER" }]);
    expect(await getSessionUser()).toMatchObject({ email });
    expect(await getBuyerContext()).toMatchObject({ buyer: { id: f.buyer.id } });
    expect(await accept(token)).toMatchObject(NO_LONGER_VALID);
    expect(await getOpenCoworkerInvitation(token)).toBeNull();
  });

  it("two submissions at once create exactly one account and one membership", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    const results = await Promise.all([accept(token, "First-choice-2026", "First"), accept(token, "Second-choice-2026", "Second")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject(NO_LONGER_VALID);
    const users = await prisma.user.findMany({ where: { email }, include: { buyerMemberships: true } });
    expect(users).toHaveLength(1);
    expect(users[0].buyerMemberships).toHaveLength(1);
  });

  it("bad input writes nothing; an expired link is no longer valid", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    expect(await accept(token, "short", "")).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "Enter your name.", password: "Use at least 10 characters." } });
    expect(await accept(token, "qwertyuiop")).toMatchObject({ ok: false, fieldErrors: { password: "This password is too common. Choose one that is harder to guess." } });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    await prisma.coworkerInvitation.update({ where: { tokenHash: hashSecretToken(token) }, data: { createdAt: new Date(Date.now() - (COWORKER_INVITATION_DAYS * 24 + 1) * 3_600_000) } });
    expect(await accept(token)).toMatchObject(NO_LONGER_VALID);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("an address that got an account meanwhile joins only signed in as it", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    const existing = await prisma.user.create({ data: { email, name: "Existing", passwordHash: await hashSecret("Original-pass-26") } });
    const signInFirst = { ok: false, code: "UNAUTHENTICATED", message: `Sign in as ${email} to accept this invitation.` };
    expect(await accept(token)).toMatchObject(signInFirst);
    expect(await joinCoworkerInvitationAction({ token })).toMatchObject(signInFirst);
    expect(await prisma.buyerMember.count({ where: { userId: existing.id } })).toBe(0);
    await actAs(existing);
    expect(await joinCoworkerInvitationAction({ token })).toEqual({ ok: true, data: { signedIn: true, redirectTo: "/buyer" } });
    expect(await prisma.buyerMember.findMany({ where: { userId: existing.id }, select: { buyerId: true } })).toEqual([{ buyerId: f.buyer.id }]);
    expect(await verifySecret("Original-pass-26", (await prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).passwordHash)).toBe(true);
  });
});
