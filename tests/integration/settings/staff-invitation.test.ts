// The invitee's side of a staff invitation (/invite/<token>): a new account with the invited role,
// field errors that write nothing, one member under double submission, and tokens that are no
// longer valid.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getBrandContext, getSessionUser } from "@/lib/auth/context";
import { hashSecret, verifySecret } from "@/lib/auth/password";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { prisma } from "@/lib/db/client";
import { inviteStaffAction, revokeStaffInvitationAction } from "@/lib/settings/actions";
import { acceptStaffInvitationAction, joinStaffInvitationAction } from "@/lib/settings/invitation-actions";
import { getOpenStaffInvitation, listStaff } from "@/lib/settings/queries";
import { STAFF_INVITATION_DAYS } from "@/lib/settings/staff-invitation-validity";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { renderedMail } from "../../support/outbox";

const NO_LONGER_VALID = { ok: false, code: "NOT_FOUND", message: "This invitation is no longer valid." };

/** The owner invites a new address; the token is the one in the mailed link. */
async function invite(f: BrandFixture, role: "ADMIN" | "STAFF" | "OPS" = "ADMIN") {
  const email = `invitee-${randomBytes(4).toString("hex")}@test.example`;
  await actAs(f.owner);
  expect(await inviteStaffAction({ email, role })).toMatchObject({ ok: true, data: { status: "invited" } });
  const mail = await renderedMail({ brandId: f.brand.id, to: email });
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  return { email, token };
}

const byToken = (token: string) => ({ tokenHash: hashSecretToken(token) });

function accept(token: string, password = "long-enough-1", name = "Mina Sato") {
  return acceptStaffInvitationAction({ token, name, password, confirmPassword: password });
}

describe("accepting a staff invitation", () => {
  it("creates the account and the member with the invited role, records it, and signs the invitee in", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f, "ADMIN");
    expect(await getOpenStaffInvitation(token)).toMatchObject({ email, role: "ADMIN", brand: { name: f.brand.name }, hasAccount: false });

    // Same browser as the owner who sent it: the invitee's session replaces the owner's.
    expect(await accept(token, "long-enough-1", "  Mina Sato ")).toEqual({ ok: true, data: { signedIn: true, redirectTo: "/admin" } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Mina Sato");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(await verifySecret("long-enough-1", user.passwordHash)).toBe(true);
    expect(await prisma.brandMember.findMany({ where: { userId: user.id }, select: { brandId: true, role: true } })).toEqual([{ brandId: f.brand.id, role: "ADMIN" }]);
    const invitation = await prisma.staffInvitation.findUniqueOrThrow({ where: byToken(token) });
    expect(invitation.acceptedAt).toBeInstanceOf(Date);
    // Only the token's hash was ever stored.
    expect(JSON.stringify(await prisma.staffInvitation.findMany())).not.toContain(token);
    expect(await prisma.auditEvent.findMany({ where: { entityId: invitation.id, action: "staff.invite.accept" } })).toEqual([
      expect.objectContaining({ brandId: f.brand.id, actorUserId: user.id, toStatus: "ACCEPTED" }),
    ]);
    expect(await getSessionUser()).toMatchObject({ id: user.id, email });
    expect(await getBrandContext()).toMatchObject({ brand: { id: f.brand.id }, role: "ADMIN" });

    // Accepted: the page and a second submission both say it is no longer valid.
    expect(await getOpenStaffInvitation(token)).toBeNull();
    expect(await accept(token)).toMatchObject(NO_LONGER_VALID);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("explains bad input beside each field and writes nothing", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    await actAs(null);
    expect(await acceptStaffInvitationAction({ token, name: "  ", password: "short", confirmPassword: "short" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: "Enter your name.", password: "Use at least 10 characters." },
    });
    expect(await acceptStaffInvitationAction({ token, name: "Mina", password: "qwerty12345", confirmPassword: "qwerty12345" })).toMatchObject({
      ok: false,
      fieldErrors: { password: "This password is too common. Choose one that is harder to guess." },
    });
    // The address is checked by the server whatever the form sends as the e-mail.
    const local = email.split("@")[0];
    expect(await acceptStaffInvitationAction({ token, email: "someone@else.example", name: "Mina", password: `${local}-2026!`, confirmPassword: `${local}-2026!` })).toMatchObject({
      ok: false,
      fieldErrors: { password: "Do not use your email address (or its name part) in the password." },
    });
    expect(await acceptStaffInvitationAction({ token, name: "Mina", password: "long-enough-1", confirmPassword: "long-enough-2" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: "The passwords do not match." },
    });
    expect(await acceptStaffInvitationAction({ token, name: "Mina", password: "x".repeat(129), confirmPassword: "x".repeat(129) })).toMatchObject({
      ok: false,
      fieldErrors: { password: "Use at most 128 characters." },
    });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    expect(await prisma.brandMember.count({ where: { brandId: f.brand.id } })).toBe(4);
    expect((await prisma.staffInvitation.findUniqueOrThrow({ where: byToken(token) })).acceptedAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { brandId: f.brand.id, action: "staff.invite.accept" } })).toBe(0);
    expect(await getSessionUser()).toBeNull();
  });

  it("two submissions at once give one account, one member and one 'no longer valid'", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f, "STAFF");
    await actAs(null);
    const results = await Promise.all([accept(token, "first-password-1"), accept(token, "second-password-2")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject(NO_LONGER_VALID);
    const users = await prisma.user.findMany({ where: { email }, include: { brandMemberships: true } });
    expect(users).toHaveLength(1);
    expect(users[0].brandMemberships.map((m) => [m.brandId, m.role])).toEqual([[f.brand.id, "STAFF"]]);
    expect(await prisma.auditEvent.count({ where: { brandId: f.brand.id, action: "staff.invite.accept" } })).toBe(1);
  });

  it("an unknown or revoked token is no longer valid and writes nothing", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f);
    const invitation = await prisma.staffInvitation.findUniqueOrThrow({ where: byToken(token) });
    expect((await revokeStaffInvitationAction({ invitationId: invitation.id })).ok).toBe(true);
    await actAs(null);
    for (const t of [token, "unknown-token-0123456789", "x".repeat(101)]) {
      expect(await getOpenStaffInvitation(t)).toBeNull();
    }
    expect(await accept(token)).toMatchObject(NO_LONGER_VALID);
    expect(await accept("unknown-token-0123456789")).toMatchObject(NO_LONGER_VALID);
    expect(await joinStaffInvitationAction({ token })).toMatchObject(NO_LONGER_VALID);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it(`an invitation older than ${STAFF_INVITATION_DAYS} days is expired: shown so, refused, and re-inviting sends a fresh one`, async () => {
    const f = await createBrand();
    const { email, token } = await invite(f, "STAFF");
    const sentLongAgo = new Date(Date.now() - (STAFF_INVITATION_DAYS * 24 + 1) * 60 * 60 * 1000);
    await prisma.staffInvitation.update({ where: byToken(token), data: { createdAt: sentLongAgo } });

    expect((await listStaff(f.brand.id)).invitations).toEqual([expect.objectContaining({ email, expired: true })]);
    await actAs(null);
    expect(await getOpenStaffInvitation(token)).toBeNull();
    expect(await accept(token)).toMatchObject(NO_LONGER_VALID);
    expect(await joinStaffInvitationAction({ token })).toMatchObject(NO_LONGER_VALID);
    expect(await prisma.user.count({ where: { email } })).toBe(0);

    // The owner invites the address again: the expired invitation gives way to a new, open one.
    await actAs(f.owner);
    expect(await inviteStaffAction({ email, role: "OPS" })).toMatchObject({ ok: true, data: { status: "invited" } });
    const invitations = await prisma.staffInvitation.findMany({ where: { brandId: f.brand.id, email } });
    expect(invitations).toEqual([expect.objectContaining({ role: "OPS", acceptedAt: null })]);
    expect(invitations[0].tokenHash).not.toBe(hashSecretToken(token));
    expect((await listStaff(f.brand.id)).invitations).toEqual([expect.objectContaining({ email, expired: false })]);
    const fresh = /\/invite\/([A-Za-z0-9_-]+)/.exec((await renderedMail({ brandId: f.brand.id, to: email })).text)![1];
    expect(await getOpenStaffInvitation(fresh)).toMatchObject({ email, role: "OPS" });
  });

  it("an address that got an account meanwhile joins only signed in as it; a typed name and password are never applied", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f, "OPS");
    const existing = await prisma.user.create({ data: { email, name: "Already Here", passwordHash: await hashSecret("original-password") } });
    expect(await getOpenStaffInvitation(token)).toMatchObject({ hasAccount: true });

    // A page loaded before the account existed, or anyone holding the link: not without signing in.
    await actAs(null);
    const signInFirst = { ok: false, code: "UNAUTHENTICATED", message: `Sign in as ${email} to accept this invitation.` };
    expect(await accept(token, "taken-over-password", "Someone Else")).toMatchObject(signInFirst);
    expect(await joinStaffInvitationAction({ token })).toMatchObject(signInFirst);
    const other = await prisma.user.create({ data: { email: `other-${email}`, name: "Other", passwordHash: await hashSecret("original-password") } });
    await actAs(other);
    expect(await joinStaffInvitationAction({ token })).toMatchObject(signInFirst);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after.name).toBe("Already Here");
    expect(await verifySecret("original-password", after.passwordHash)).toBe(true);
    expect(await prisma.brandMember.count({ where: { userId: existing.id } })).toBe(0);
    expect((await prisma.staffInvitation.findUniqueOrThrow({ where: byToken(token) })).acceptedAt).toBeNull();

    // Signed in as the invited account: it joins, and goes straight to the admin.
    await actAs(existing);
    expect(await joinStaffInvitationAction({ token })).toEqual({ ok: true, data: { signedIn: true, redirectTo: "/admin" } });
    expect(await prisma.brandMember.findMany({ where: { userId: existing.id }, select: { brandId: true, role: true } })).toEqual([{ brandId: f.brand.id, role: "OPS" }]);
    expect(await getBrandContext()).toMatchObject({ brand: { id: f.brand.id }, role: "OPS" });
    expect(await joinStaffInvitationAction({ token })).toMatchObject(NO_LONGER_VALID);
  });

  it("joining without an account asks for a name and a password, and writes nothing", async () => {
    const f = await createBrand();
    const { email, token } = await invite(f, "STAFF");
    await actAs(null);
    expect(await joinStaffInvitationAction({ token })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "Enter your name." } });
    expect((await prisma.staffInvitation.findUniqueOrThrow({ where: byToken(token) })).acceptedAt).toBeNull();
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });
});
