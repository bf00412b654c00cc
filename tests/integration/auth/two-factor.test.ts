// Two-factor authentication on the real database: set-up and codes on a fixed clock, recovery
// codes, the sign-in step through the real sign-in action, rate limits and remembered devices.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { signInAction } from "@/lib/auth/actions";
import { beginTwoFactorSetupAction, confirmTwoFactorSetupAction, disableTwoFactorAction, renewRecoveryCodesAction } from "@/lib/auth/two-factor/actions";
import { openSecret } from "@/lib/auth/two-factor/keys";
import { verifySecondFactor } from "@/lib/auth/two-factor/second-factor";
import { beginTwoFactorSetup, confirmTwoFactorSetup } from "@/lib/auth/two-factor/setup";
import { twoFactorStatus } from "@/lib/auth/two-factor/status";
import { TRUSTED_DEVICE_COOKIE } from "@/lib/auth/two-factor/trusted-device";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { createUser, FIXTURE_PASSWORD } from "../../support/fixtures";
import { actAs, cookieValue, SESSION_COOKIE } from "../../support/next-request";
import { hostileString } from "../../support/hostile";
import { enableTwoFactor, totpCode } from "../../support/two-factor";
import { changedTables, checksum } from "../reliability/db-checksum";

/** A fixed clock, in the past so that sign-ins on the real clock come later. */
const T0 = new Date("2026-06-01T08:00:05Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const step = (at: Date) => Math.floor(at.getTime() / 30_000);

const events = async (userId: string) =>
  (await prisma.securityEvent.findMany({ where: { userId, type: { notIn: ["SIGN_IN", "SIGN_IN_FAILED"] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((e) => e.type);

describe("setting up two-factor authentication", () => {
  it("keeps the pending secret sealed and turns 2FA on only with a current code (fixed clock)", async () => {
    const user = await createUser();
    const setup = await beginTwoFactorSetup(user, "Wholesale");
    const secret = setup.key.replace(/ /g, "");
    expect(setup.qr).toMatch(/^data:image\/png;base64,/);
    expect(setup.uri).toContain(`secret=${secret}`);
    const row = await prisma.twoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secret).not.toContain(secret);
    expect(openSecret(row.secret)).toBe(secret);
    expect(row.enabledAt).toBeNull();

    // A code from two periods ago is refused, and nothing is turned on.
    await expect(confirmTwoFactorSetup(user, await totpCode(secret, T0, -2), T0)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: "auth.twoFactor.errors.wrongCode" } });
    expect(await twoFactorStatus(user.id)).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });

    const { recoveryCodes } = await confirmTwoFactorSetup(user, await totpCode(secret, T0), T0);
    expect(recoveryCodes).toHaveLength(10);
    expect(await prisma.twoFactor.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ enabledAt: T0, lastUsedStep: step(T0) });
    expect(await twoFactorStatus(user.id)).toEqual({ enabled: true, enabledAt: T0, recoveryCodesLeft: 10 });
    expect(await events(user.id)).toEqual(["TWO_FACTOR_ENABLED"]);
  });

  it("through the actions: the signed-in user's own account, field errors for bad codes, no second set-up once on", async () => {
    const user = await createUser();
    await actAs(user);
    const begun = await beginTwoFactorSetupAction({});
    if (!begun.ok) throw new Error(begun.message);
    const secret = begun.data.key.replace(/ /g, "");
    expect(await confirmTwoFactorSetupAction({ code: "12345" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { code: "Enter the 6-digit code from your app." } });
    expect(await confirmTwoFactorSetupAction({ code: await totpCode(newSecretOtherThan(secret)) })).toMatchObject({ ok: false, fieldErrors: { code: "That code is not valid. Check your authenticator app and try again." } });
    const on = await confirmTwoFactorSetupAction({ code: await totpCode(secret) });
    expect(on).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    // Once on, set-up cannot start over (that would replace the secret behind the user's back).
    expect(await beginTwoFactorSetupAction({})).toMatchObject({ ok: false, code: "TWO_FACTOR_ALREADY_ON" });
    expect(openSecret((await prisma.twoFactor.findUniqueOrThrow({ where: { userId: user.id } })).secret)).toBe(secret);
    await actAs(null);
    expect(await beginTwoFactorSetupAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("turns on once when the same code is confirmed twice at once", async () => {
    const user = await createUser();
    const secret = (await beginTwoFactorSetup(user, "Wholesale")).key.replace(/ /g, "");
    const code = await totpCode(secret, T0);
    const results = await Promise.allSettled([confirmTwoFactorSetup(user, code, T0), confirmTwoFactorSetup(user, code, T0)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(10);
  });
});

describe("codes", () => {
  it("refuses a code already used within its window, and accepts the next one once (fixed clock)", async () => {
    const user = await enableTwoFactor(await createUser(), T0);
    // The set-up code itself cannot sign in.
    expect(await verifySecondFactor(user, await totpCode(user.secret, T0), T0)).toEqual({ ok: false, reason: "invalid" });
    const next = await totpCode(user.secret, later(30));
    expect(await verifySecondFactor(user, next, later(30))).toEqual({ ok: true });
    expect(await verifySecondFactor(user, next, later(35))).toEqual({ ok: false, reason: "invalid" });
    // An older step stays refused even though it is within ±1 step.
    expect(await verifySecondFactor(user, await totpCode(user.secret, T0), later(35))).toEqual({ ok: false, reason: "invalid" });
    expect((await prisma.twoFactor.findUniqueOrThrow({ where: { userId: user.id } })).lastUsedStep).toBe(step(later(30)));
  });

  it("lets the same code through once when it is sent twice at once", async () => {
    const user = await enableTwoFactor(await createUser(), T0);
    const code = await totpCode(user.secret, later(60));
    const results = await Promise.all([verifySecondFactor(user, code, later(60)), verifySecondFactor(user, code, later(60))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("stores recovery codes only as salted hashes; each works once in place of a code", async () => {
    const user = await enableTwoFactor(await createUser(), T0);
    const rows = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    const plain = user.recoveryCodes.map((c) => c.replace("-", ""));
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.salt)).size).toBe(10);
    for (const row of rows) {
      expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(plain.some((p) => row.codeHash.includes(p) || JSON.stringify(row).includes(p))).toBe(false);
    }
    const [first, second] = user.recoveryCodes;
    expect(await verifySecondFactor(user, first.toUpperCase(), later(5))).toEqual({ ok: true });
    expect(await verifySecondFactor(user, first, later(6))).toEqual({ ok: false, reason: "invalid" });
    const both = await Promise.all([verifySecondFactor(user, second, later(7)), verifySecondFactor(user, second, later(7))]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect((await twoFactorStatus(user.id)).recoveryCodesLeft).toBe(8);
    expect(await events(user.id)).toEqual(expect.arrayContaining(["RECOVERY_CODE_USED", "TWO_FACTOR_FAILED"]));
  });

  it("counts wrong codes per account: after five, even the right code waits", async () => {
    const user = await enableTwoFactor(await createUser(), T0);
    const other = await enableTwoFactor(await createUser(), T0);
    await Promise.all(Array.from({ length: 5 }, () => verifySecondFactor(user, "000000", later(40))));
    expect(await verifySecondFactor(user, await totpCode(user.secret, later(40)), later(40))).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await verifySecondFactor(user, user.recoveryCodes[0], later(40))).toMatchObject({ ok: false, reason: "rate_limited" });
    // Another account is not held up.
    expect(await verifySecondFactor(other, await totpCode(other.secret, later(40)), later(40))).toEqual({ ok: true });
  });

  it("a secret sealed under an earlier auth secret refuses codes instead of failing", async () => {
    const user = await enableTwoFactor(await createUser(), T0);
    vi.stubEnv("AUTH_SECRET", "a-rotated-auth-secret");
    try {
      expect(await verifySecondFactor(user, await totpCode(user.secret, later(30)), later(30))).toEqual({ ok: false, reason: "invalid" });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(await verifySecondFactor(user, await totpCode(user.secret, later(60)), later(60))).toEqual({ ok: true });
  });

  it("renews recovery codes after the password or a code; the old ones stop working", async () => {
    const user = await enableTwoFactor(await createUser());
    await actAs(user);
    expect(await renewRecoveryCodesAction({ confirmation: "not-my-password" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { confirmation: "The password or code is not correct." } });
    expect(await renewRecoveryCodesAction({ confirmation: "" })).toMatchObject({ ok: false, fieldErrors: { confirmation: "Enter your password or a code from your app." } });
    const renewed = await renewRecoveryCodesAction({ confirmation: FIXTURE_PASSWORD });
    if (!renewed.ok) throw new Error(renewed.message);
    expect(renewed.data.recoveryCodes).toHaveLength(10);
    expect(await verifySecondFactor(user, user.recoveryCodes[0])).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(user, renewed.data.recoveryCodes[0])).toEqual({ ok: true });
    expect(await events(user.id)).toContain("RECOVERY_CODES_RENEWED");
  });
});

describe("signing in with two-factor authentication", () => {
  it("asks for the code after the right password, before any session exists", async () => {
    const user = await enableTwoFactor(await createUser());
    await actAs(null);
    const asked = await signInAction({ email: user.email, password: FIXTURE_PASSWORD });
    expect(asked).toMatchObject({ ok: false, code: "TWO_FACTOR_REQUIRED" });
    expect(cookieValue(SESSION_COOKIE)).toBeUndefined();
    // A wrong password is still just a wrong password: the code step is not revealed.
    expect(await signInAction({ email: user.email, password: "wrong-password", code: "123456" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });

    const wrong = await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: "000000" });
    expect(wrong).toMatchObject({ ok: false, code: "TWO_FACTOR_INVALID", fieldErrors: { code: "That code is not valid. Check your authenticator app and try again." } });
    expect(cookieValue(SESSION_COOKIE)).toBeUndefined();

    const signedIn = await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: await totpCode(user.secret, new Date(), 1) });
    expect(signedIn).toEqual({ ok: true, data: { redirectTo: "/" } });
    expect(cookieValue(SESSION_COOKIE)).toBeDefined();
    // Remember this device is off unless asked for.
    expect(cookieValue(TRUSTED_DEVICE_COOKIE)).toBeUndefined();
    expect(await prisma.trustedDevice.count({ where: { userId: user.id } })).toBe(0);
  });

  it("signs in with a recovery code in place of the code, once", async () => {
    const user = await enableTwoFactor(await createUser());
    await actAs(null);
    expect(await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: user.recoveryCodes[3] })).toMatchObject({ ok: true });
    await actAs(null);
    expect(await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: user.recoveryCodes[3] })).toMatchObject({ ok: false, code: "TWO_FACTOR_INVALID" });
  });

  it("answers too many wrong codes with a wait, even for the right one", async () => {
    const user = await enableTwoFactor(await createUser());
    await actAs(null);
    for (let i = 0; i < 5; i++) await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: "000000" });
    const limited = await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: await totpCode(user.secret, new Date(), 1) });
    expect(limited).toMatchObject({ ok: false, code: "RATE_LIMITED", message: "Too many failed attempts. Please wait 15 minutes and try again." });
    expect(cookieValue(SESSION_COOKIE)).toBeUndefined();
  });

  it("a user without 2FA signs in with the password alone", async () => {
    const user = await createUser();
    await actAs(null);
    expect(await signInAction({ email: user.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true });
  });

  it("remembers a device when asked: only the token's hash is stored; turning 2FA off revokes it", async () => {
    const user = await enableTwoFactor(await createUser());
    await actAs(null);
    expect(await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: user.recoveryCodes[0], rememberDevice: true })).toMatchObject({ ok: true });
    const token = cookieValue(TRUSTED_DEVICE_COOKIE)!;
    expect(token).toMatch(/^[\w-]{43}$/);
    const device = await prisma.trustedDevice.findFirstOrThrow({ where: { userId: user.id } });
    expect(device.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(device)).not.toContain(token);
    expect(device.expiresAt.getTime() - device.createdAt.getTime()).toBeGreaterThan(29 * 24 * 3600_000);

    // The same browser signs in with the password alone.
    expect(await signInAction({ email: user.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true });

    // Turned off (with a current code), the device is forgotten; turned on again, the code is asked once more.
    expect(await disableTwoFactorAction({ confirmation: "000000" })).toMatchObject({ ok: false, fieldErrors: { confirmation: "The password or code is not correct." } });
    expect(await disableTwoFactorAction({ confirmation: await totpCode(user.secret, new Date(), 1) })).toEqual({ ok: true, data: { enabled: false } });
    expect(await prisma.trustedDevice.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await events(user.id)).toContain("TWO_FACTOR_DISABLED");
    const again = await enableTwoFactor(user);
    expect(cookieValue(TRUSTED_DEVICE_COOKIE)).toBe(token);
    expect(await signInAction({ email: again.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: false, code: "TWO_FACTOR_REQUIRED" });
  });

  it("a changed password revokes remembered devices", async () => {
    const user = await enableTwoFactor(await createUser());
    await actAs(null);
    await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: await totpCode(user.secret, new Date(), 1), rememberDevice: true });
    expect(await prisma.trustedDevice.count({ where: { userId: user.id } })).toBe(1);
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashSecret("a-new-password-42") } });
    expect(await signInAction({ email: user.email, password: "a-new-password-42" })).toMatchObject({ ok: false, code: "TWO_FACTOR_REQUIRED" });
    expect(await prisma.trustedDevice.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a remembered device of one user does not skip another user's code", async () => {
    const ann = await enableTwoFactor(await createUser());
    const bob = await enableTwoFactor(await createUser());
    await actAs(null);
    await signInAction({ email: ann.email, password: FIXTURE_PASSWORD, code: await totpCode(ann.secret, new Date(), 1), rememberDevice: true });
    expect(await signInAction({ email: bob.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: false, code: "TWO_FACTOR_REQUIRED" });
  });

  it("turning off needs the password or a current code, and is refused when 2FA is not on", async () => {
    const at = new Date();
    const user = await enableTwoFactor(await createUser(), at);
    await actAs(user);
    expect(await disableTwoFactorAction({ confirmation: "wrong-password" })).toMatchObject({ ok: false, code: "VALIDATION" });
    // The code that turned 2FA on is spent: it cannot turn it off.
    expect(await disableTwoFactorAction({ confirmation: await totpCode(user.secret, at) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await twoFactorStatus(user.id)).enabled).toBe(true);
    expect(await disableTwoFactorAction({ confirmation: FIXTURE_PASSWORD })).toMatchObject({ ok: true });
    expect(await disableTwoFactorAction({ confirmation: FIXTURE_PASSWORD })).toMatchObject({ ok: false, code: "TWO_FACTOR_NOT_ON" });
  });
});

describe("hostile input", () => {
  it("a set-up code of any shape gets a field message and writes nothing", async () => {
    const user = await createUser();
    await actAs(user);
    await beginTwoFactorSetupAction({});
    await fc.assert(
      fc.asyncProperty(hostileString, async (code) => {
        const before = await checksum();
        const result = await confirmTwoFactorSetupAction({ code });
        expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { code: expect.any(String) } });
        expect(changedTables(before, await checksum())).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it("a sign-in code or confirmation of any shape is refused without a session or an unexpected error", async () => {
    const user = await enableTwoFactor(await createUser());
    await fc.assert(
      fc.asyncProperty(hostileString, async (text) => {
        await actAs(null);
        const signIn = await signInAction({ email: user.email, password: FIXTURE_PASSWORD, code: text });
        // Empty means "no code yet"; too long is a field error; else a wrong code, until the limit.
        expect(["TWO_FACTOR_REQUIRED", "TWO_FACTOR_INVALID", "VALIDATION", "RATE_LIMITED"]).toContain(signIn.ok ? "OK" : signIn.code);
        expect(cookieValue(SESSION_COOKIE)).toBeUndefined();
        await actAs(user);
        const off = await disableTwoFactorAction({ confirmation: text });
        expect(["VALIDATION", "RATE_LIMITED"]).toContain(off.ok ? "OK" : off.code);
      }),
      { numRuns: 25 },
    );
    expect((await twoFactorStatus(user.id)).enabled).toBe(true);
  });
});

function newSecretOtherThan(secret: string): string {
  return secret.startsWith("A") ? `B${secret.slice(1)}` : `A${secret.slice(1)}`;
}
