// "Forgot password?" and the page its link opens: the same answer for every address, a single-use
// link whose token is stored only as its SHA-256, one hour of validity (checked with a fixed clock),
// older links ended when one is used or the password changes, limits per address and per client,
// the password rule, every other session signed out, and the owner told by e-mail.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { forgotPasswordAction, resetPasswordAction } from "@/lib/auth/actions";
import { getSessionUser } from "@/lib/auth/context";
import { verifySecret } from "@/lib/auth/password";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { prisma } from "@/lib/db/client";
import { changePasswordAction } from "@/lib/profile/actions";
import { createUser, FIXTURE_PASSWORD } from "../../support/fixtures";
import { mailedToken } from "../../support/mailed-links";
import { actAs, requestFrom } from "../../support/next-request";
import { actAsSignedInNow, currentSessionCookie, restoreSessionCookie } from "../../support/sessions";
import { renderedMail } from "../../support/outbox";

const client = { address: "203.0.113.7", userAgent: "vitest" };
const NEW_PASSWORD = "Plum-blossom-2027";
const NO_LONGER_VALID = { ok: false, code: "NOT_FOUND", message: "This link is no longer valid." };

async function requestReset(email: string) {
  expect(await forgotPasswordAction({ email })).toMatchObject({ ok: true });
  return mailedToken({ to: email, template: "passwordReset" }, "/reset-password");
}

function reset(token: string, password = NEW_PASSWORD) {
  return resetPasswordAction({ token, password, confirmPassword: password });
}

describe("forgot password", () => {
  it("answers an unknown address exactly like a known one, and mails only the account", async () => {
    const user = await createUser("forgetful");
    requestFrom("198.51.100.1");
    const known = await forgotPasswordAction({ email: user.email.toUpperCase() });
    const unknown = await forgotPasswordAction({ email: "nobody-here@test.example" });
    expect(known).toEqual({ ok: true, data: { email: user.email, minutes: 60 } });
    expect(unknown).toEqual({ ok: true, data: { email: "nobody-here@test.example", minutes: 60 } });
    expect(await prisma.outboxEmail.count({ where: { to: user.email, template: "passwordReset" } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: "nobody-here@test.example" } })).toBe(0);
    const mail = await renderedMail({ to: user.email, template: "passwordReset" });
    expect(mail.subject).toBe("Reset your Wholesale password");
    expect(mail.text).toContain("expires in 60 minutes");
    expect(await prisma.securityEvent.findMany({ where: { userId: user.id }, select: { type: true, clientAddress: true } })).toEqual([
      { type: "PASSWORD_RESET_REQUESTED", clientAddress: "198.51.100.1" },
    ]);
  });

  it("stores only the SHA-256 of the mailed token", async () => {
    const user = await createUser("hashed");
    const token = await requestReset(user.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await prisma.passwordToken.findMany({ where: { userId: user.id } });
    expect(rows).toEqual([expect.objectContaining({ purpose: "RESET", tokenHash: createHash("sha256").update(token).digest("hex"), usedAt: null })]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("a link works once: the password changes, the browser is signed in, every other session ends", async () => {
    const user = await createUser("once");
    await actAs(user);
    const otherSession = currentSessionCookie();
    const token = await requestReset(user.email);
    await actAs(null);
    expect(await reset(token)).toEqual({ ok: true, data: { signedIn: true, redirectTo: "/" } });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifySecret(NEW_PASSWORD, after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(1);
    // This browser is signed in with the new version.
    expect(await getSessionUser()).toMatchObject({ id: user.id });
    // The session signed in before the reset is over.
    await restoreSessionCookie(otherSession);
    expect(await getSessionUser()).toBeNull();

    expect(await reset(token, "Another-password-2028")).toMatchObject(NO_LONGER_VALID);
    expect(await verifySecret(NEW_PASSWORD, (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    const types = (await prisma.securityEvent.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["PASSWORD_RESET_REQUESTED", "PASSWORD_RESET", "SIGN_IN"]);
    const notice = await renderedMail({ to: user.email, template: "passwordChanged" });
    expect(notice.text).toContain("was reset through an e-mailed link");
  });

  it("expires after one hour (fixed clock)", async () => {
    const user = await createUser("late");
    const t0 = new Date("2026-12-01T09:00:00Z");
    await requestPasswordReset({ email: user.email, client, locale: "en", now: t0 });
    const token = await mailedToken({ to: user.email, template: "passwordReset" }, "/reset-password");
    await expect(resetPassword({ token, password: NEW_PASSWORD, client, now: new Date(t0.getTime() + 60 * 60_000 + 1) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await verifySecret(FIXTURE_PASSWORD, (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    await resetPassword({ token, password: NEW_PASSWORD, client, now: new Date(t0.getTime() + 59 * 60_000) });
    expect(await verifySecret(NEW_PASSWORD, (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
  });

  it("using one link ends every older one; changing the password ends every open one", async () => {
    const user = await createUser("many");
    const first = await requestReset(user.email);
    const second = await requestReset(user.email);
    expect(await reset(second)).toMatchObject({ ok: true });
    expect(await reset(first)).toMatchObject(NO_LONGER_VALID);

    const third = await requestReset(user.email);
    await actAsSignedInNow(user);
    expect(await changePasswordAction({ currentPassword: NEW_PASSWORD, password: "Changed-by-owner-2029", confirmPassword: "Changed-by-owner-2029" })).toMatchObject({ ok: true });
    await actAs(null);
    expect(await reset(third)).toMatchObject(NO_LONGER_VALID);
    expect(await prisma.passwordToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
  });

  it("the new password follows the rule, beside the field, and nothing is written", async () => {
    const user = await createUser("rules");
    const token = await requestReset(user.email);
    const local = user.email.split("@")[0];
    expect(await reset(token, "short")).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { password: "Use at least 10 characters." } });
    expect(await reset(token, "password123")).toMatchObject({ ok: false, fieldErrors: { password: "This password is too common. Choose one that is harder to guess." } });
    expect(await reset(token, `${local}!2026`)).toMatchObject({ ok: false, fieldErrors: { password: "Do not use your email address (or its name part) in the password." } });
    expect(await resetPasswordAction({ token, password: NEW_PASSWORD, confirmPassword: "something-else-22" })).toMatchObject({ ok: false, fieldErrors: { confirmPassword: "The passwords do not match." } });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([await verifySecret(FIXTURE_PASSWORD, row.passwordHash), row.sessionVersion]).toEqual([true, 0]);
    expect(await prisma.passwordToken.count({ where: { userId: user.id, usedAt: null } })).toBe(1);
    expect(await reset("not-a-token-at-all")).toMatchObject(NO_LONGER_VALID);
  });

  it("is limited per address (3 an hour) and per client (10 an hour), known address or not", async () => {
    const user = await createUser("limited");
    requestFrom("198.51.100.20");
    for (const email of [user.email, "ghost-limited@test.example"]) {
      for (let i = 0; i < 3; i++) expect(await forgotPasswordAction({ email })).toMatchObject({ ok: true });
      expect(await forgotPasswordAction({ email })).toMatchObject({ ok: false, code: "RATE_LIMITED", message: "Too many requests. Please wait 60 minutes and try again." });
    }
    expect(await prisma.outboxEmail.count({ where: { to: user.email, template: "passwordReset" } })).toBe(3);

    // One client asking for many addresses.
    requestFrom("198.51.100.21");
    const answers = await Promise.all(Array.from({ length: 14 }, (_, i) => forgotPasswordAction({ email: `spray-${i}@test.example` })));
    expect(answers.filter((a) => a.ok)).toHaveLength(10);
    expect(answers.filter((a) => !a.ok && a.code === "RATE_LIMITED")).toHaveLength(4);
  });
});
