// The profile page's password: the current one first, the one rule for the new one, and a new
// session version, so every other session of the user ends at its next request while the
// browser that changed it stays signed in (asked through the real session check with the old
// cookies). "End other sessions" does the same without a new password.
import { describe, expect, it } from "vitest";
import { getBrandContext, getSessionUser } from "@/lib/auth/context";
import { verifySecret } from "@/lib/auth/password";
import { signInAction } from "@/lib/auth/actions";
import { prisma } from "@/lib/db/client";
import { changePasswordAction, saveProfileNameAction, signOutOtherSessionsAction } from "@/lib/profile/actions";
import { createBrand, createUser, FIXTURE_PASSWORD } from "../../support/fixtures";
import { actAs, requestFrom } from "../../support/next-request";
import { renderedMail } from "../../support/outbox";
import { currentSessionCookie, restoreSessionCookie } from "../../support/sessions";

const NEW_PASSWORD = "Maple-leaves-2027";
const change = (currentPassword: string, password = NEW_PASSWORD, confirmPassword = password) => changePasswordAction({ currentPassword, password, confirmPassword });

describe("changing the password", () => {
  it("ends every other session; this one stays signed in with the new version", async () => {
    const f = await createBrand();
    await actAs(f.staff, { brandId: f.brand.id });
    const laptop = currentSessionCookie();
    await actAs(f.staff, { brandId: f.brand.id });
    const phone = currentSessionCookie();
    requestFrom("192.0.2.44", { "user-agent": "Phone browser" });

    expect(await change(FIXTURE_PASSWORD)).toEqual({ ok: true, data: { changed: true } });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: f.staff.id } });
    expect(await verifySecret(NEW_PASSWORD, row.passwordHash)).toBe(true);
    expect(row.sessionVersion).toBe(1);
    // The phone, which changed it, got a cookie of the new version.
    const renewed = currentSessionCookie();
    expect(renewed).not.toBe(phone);
    expect(await getSessionUser()).toMatchObject({ id: f.staff.id });
    expect(await getBrandContext()).toMatchObject({ brand: { id: f.brand.id } });

    // The laptop's session, and the phone's old cookie, are over.
    for (const old of [laptop, phone]) {
      await restoreSessionCookie(old);
      expect(await getSessionUser()).toBeNull();
      expect(await getBrandContext()).toBeNull();
      expect(await saveProfileNameAction({ name: "Hijacked" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    await restoreSessionCookie(renewed);
    expect(await getSessionUser()).toMatchObject({ id: f.staff.id });

    // Signing in again with the new password works everywhere.
    await actAs(null);
    expect(await signInAction({ email: f.staff.email, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await getSessionUser()).toMatchObject({ id: f.staff.id });

    const events = await prisma.securityEvent.findMany({ where: { userId: f.staff.id, type: "PASSWORD_CHANGED" } });
    expect(events).toEqual([expect.objectContaining({ clientAddress: "192.0.2.44", userAgent: "Phone browser" })]);
    const notice = await renderedMail({ to: f.staff.email, template: "passwordChanged" });
    expect(notice.text).toContain(`The password of the Wholesale account ${f.staff.email} was changed`);
    expect(notice.text).not.toContain(NEW_PASSWORD);
  });

  it("needs the current password and the rule; a refusal changes nothing", async () => {
    const user = await createUser("careful");
    await actAs(user);
    expect(await change("not-my-password")).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { currentPassword: "The current password is incorrect." } });
    expect(await change("")).toMatchObject({ ok: false, fieldErrors: { currentPassword: "Enter your current password." } });
    expect(await change(FIXTURE_PASSWORD, "1234567890")).toMatchObject({ ok: false, fieldErrors: { password: "This password is too common. Choose one that is harder to guess." } });
    expect(await change(FIXTURE_PASSWORD, "tiny")).toMatchObject({ ok: false, fieldErrors: { password: "Use at least 10 characters." } });
    expect(await change(FIXTURE_PASSWORD, NEW_PASSWORD, "Maple-leaves-2028")).toMatchObject({ ok: false, fieldErrors: { confirmPassword: "The passwords do not match." } });
    expect(await change(FIXTURE_PASSWORD, FIXTURE_PASSWORD)).toMatchObject({ ok: false, fieldErrors: { password: "Choose a password different from the current one." } });
    let row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([await verifySecret(FIXTURE_PASSWORD, row.passwordHash), row.sessionVersion]).toEqual([true, 0]);
    expect(await change(FIXTURE_PASSWORD)).toMatchObject({ ok: true });
    row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(1);
    expect(await prisma.securityEvent.count({ where: { userId: user.id, type: "PASSWORD_CHANGED" } })).toBe(1);
  });

  it("two changes at once give one change; the other is told it already changed", async () => {
    const user = await createUser("twice");
    await actAs(user);
    const results = await Promise.all([change(FIXTURE_PASSWORD, "First-choice-2027"), change(FIXTURE_PASSWORD, "Second-choice-2027")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "PASSWORD_ALREADY_CHANGED" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});

describe("signing out other sessions and the profile name", () => {
  it("ends the other sessions without a new password, and is logged", async () => {
    const user = await createUser("traveller");
    await actAs(user);
    const elsewhere = currentSessionCookie();
    await actAs(user);
    expect(await signOutOtherSessionsAction({})).toEqual({ ok: true, data: { signedOut: true } });
    expect(await getSessionUser()).toMatchObject({ id: user.id });
    await restoreSessionCookie(elsewhere);
    expect(await getSessionUser()).toBeNull();
    expect(await verifySecret(FIXTURE_PASSWORD, (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    expect((await prisma.securityEvent.findMany({ where: { userId: user.id } })).map((e) => e.type)).toEqual(["SESSIONS_REVOKED"]);
  });

  it("renames only the signed-in user, with a field error for an empty name", async () => {
    const user = await createUser("renamed");
    await actAs(user);
    expect(await saveProfileNameAction({ name: "  Aoi Kato " })).toEqual({ ok: true, data: { name: "Aoi Kato" } });
    expect(await saveProfileNameAction({ name: " " })).toMatchObject({ ok: false, fieldErrors: { name: "Enter your name." } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Aoi Kato");
  });
});
