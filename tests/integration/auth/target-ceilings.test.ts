// Per-target ceilings that no client address can dodge: wrong tries at one account, one link's
// passcode, one offline-buyer login or one brand-specific credential count together from every
// address. Past the limit each further try waits, longer each time; the target's owner is told by
// e-mail once per streak. The per-address limits still apply as before (auth-hardening.test.ts).
import { describe, expect, it } from "vitest";
import { signInAction } from "@/lib/auth/actions";
import { prisma } from "@/lib/db/client";
import { loginWithBrandCredentialsAction, loginWithOfflineBuyerAction, loginWithUserAccountAction, submitPasscodeAction } from "@/lib/link-access/actions";
import { CEILING_KEYS, claimTripNotice, giveBackTargetTry, takeTargetTry, TARGET_CEILINGS, type CeilingRule } from "@/lib/rate-limit/target-ceiling";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { actAs, requestFrom } from "../../support/next-request";
import { renderedMail } from "../../support/outbox";
import { createLink, createLinkWorld } from "../link-access/link-fixtures";

/** Each try from a client address of its own, as a guesser spreading over many would. */
async function fromManyAddresses<T>(count: number, attempt: () => Promise<T>, block = 10): Promise<T[]> {
  const answers: T[] = [];
  for (let i = 0; i < count; i++) {
    requestFrom(`198.51.${block}.${i + 1}`);
    answers.push(await attempt());
  }
  return answers;
}

const codes = (answers: { ok: boolean; code?: string }[]) => answers.map((a) => (a.ok ? "OK" : a.code));

describe("per-target ceilings", { timeout: 120_000 }, () => {
  it("an account: 20 wrong passwords from 20 addresses, then every address waits, even with the right password; the user is told once", async () => {
    const w = await createLinkWorld();
    await actAs(null);
    const limit = TARGET_CEILINGS.account.limit;
    const wrong = await fromManyAddresses(limit, () => signInAction({ email: w.staff.email, password: "guess-123456" }));
    expect(codes(wrong)).toEqual(Array(limit).fill("INVALID_CREDENTIALS"));
    requestFrom("203.0.113.200");
    expect(await signInAction({ email: w.staff.email, password: FIXTURE_PASSWORD })).toMatchObject({
      ok: false, code: "RATE_LIMITED", message: "Too many attempts for this account. Try again in 1 minute.",
    });
    // The same account on a Customer Order Link (Login with User Account) shares the ceiling.
    const link = await createLink(w);
    expect(await loginWithUserAccountAction(link.token, { email: w.staff.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: false, code: "RATE_LIMITED" });

    const mails = await prisma.outboxEmail.findMany({ where: { to: w.staff.email, template: "signInThrottled" } });
    expect(mails).toHaveLength(1);
    const mail = await renderedMail({ id: mails[0].id });
    expect(mail.text).toContain(`The password of your Wholesale account ${w.staff.email} was entered wrongly 20 times in a row`);
    expect(await prisma.securityEvent.count({ where: { userId: w.staff.id, type: "SIGN_IN_FAILED" } })).toBe(limit);
    // Another account is not affected.
    expect(await signInAction({ email: w.admin.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true });
  });

  it("an unknown e-mail is limited the same way, with no one to tell and nothing logged", async () => {
    await actAs(null);
    const email = `nobody-${Date.now()}@test.example`;
    await fromManyAddresses(TARGET_CEILINGS.account.limit, () => signInAction({ email, password: "guess-123456" }), 11);
    requestFrom("203.0.113.201");
    expect(await signInAction({ email, password: "guess-123456" })).toMatchObject({ ok: false, code: "RATE_LIMITED", message: "Too many attempts for this account. Try again in 1 minute." });
    expect(await prisma.outboxEmail.count({ where: { to: email } })).toBe(0);
  });

  it("a link's passcode: 30 wrong passcodes from 30 addresses, then the right one waits; the link's creator is told", async () => {
    const w = await createLinkWorld();
    const link = await createLink(w, { type: "INSTANT", passcode: "spring27" });
    await prisma.orderLink.update({ where: { id: link.id }, data: { createdById: w.staff.id } });
    await actAs(null);
    const limit = TARGET_CEILINGS.linkPasscode.limit;
    const wrong = await fromManyAddresses(limit, () => submitPasscodeAction(link.token, { passcode: "autumn27" }), 12);
    expect(codes(wrong)).toEqual(Array(limit).fill("INVALID_CREDENTIALS"));
    requestFrom("203.0.113.202");
    expect(await submitPasscodeAction(link.token, { passcode: "spring27" })).toMatchObject({
      ok: false, code: "RATE_LIMITED", message: "Too many attempts on this link from several places. Try again in a minute.",
    });
    const mail = await renderedMail({ template: "signInThrottled", brandId: w.brand.id });
    expect(mail.to).toBe(w.staff.email);
    expect(mail.text).toContain(`The passcode of the order link “${link.name}” was entered wrongly 30 times in a row`);
    expect(mail.text).toContain(`/admin/links/${link.id}`);
  });

  it("an offline buyer's login and a brand-specific credential: the brand's Owner is told", async () => {
    const w = await createLinkWorld();
    const link = await createLink(w);
    await actAs(null);
    const limit = TARGET_CEILINGS.offlineLogin.limit;
    await fromManyAddresses(limit, () => loginWithOfflineBuyerAction(link.token, { email: w.offlineLoginEmail, password: "guess-123456" }), 13);
    requestFrom("203.0.113.203");
    expect(await loginWithOfflineBuyerAction(link.token, { email: w.offlineLoginEmail, password: "offline-pass-1" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    const offline = await renderedMail({ template: "signInThrottled", to: w.owner.email, brandId: w.brand.id });
    expect(offline.text).toContain(`The Customer Order Link login ${w.offlineLoginEmail} of the offline buyer ${w.offlineBuyer.name}`);

    await fromManyAddresses(TARGET_CEILINGS.brandCredential.limit, () => loginWithBrandCredentialsAction(link.token, { code: w.uniqueCode, passcode: "000000" }), 14);
    requestFrom("203.0.113.204");
    expect(await loginWithBrandCredentialsAction(link.token, { code: w.uniqueCode, passcode: "123456" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    const mails = await prisma.outboxEmail.findMany({ where: { template: "signInThrottled", brandId: w.brand.id }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.to)).toEqual([w.owner.email, w.owner.email]);
    const credentials = await renderedMail({ id: mails[1].id });
    expect(credentials.text).toContain(`The brand-specific credentials ${w.uniqueCode} of ${w.buyer.name}`);
  });
});

describe("the backoff (fixed clock)", () => {
  const rule: CeilingRule = { limit: 3, quietMs: 60 * 60_000, firstDelayMs: 60_000, maxDelayMs: 4 * 60_000 };
  const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, 0) + minutes * 60_000);

  it("waits 1, 2, 4 minutes (capped) after the limit; a success gives its try back; an hour's quiet ends the streak", async () => {
    const key = `test:${Date.now()}`;
    for (const minute of [0, 0, 0]) expect(await takeTargetTry(key, rule, at(minute))).toMatchObject({ allowed: true });
    expect(await claimTripNotice(key, rule, at(0))).toBe(true);
    expect(await claimTripNotice(key, rule, at(0))).toBe(false);
    expect(await takeTargetTry(key, rule, at(0.5))).toEqual({ allowed: false, waitMs: 30_000 });
    expect(await takeTargetTry(key, rule, at(1))).toEqual({ allowed: true, failures: 4 });
    expect(await takeTargetTry(key, rule, at(2.5))).toEqual({ allowed: false, waitMs: 30_000 });
    expect(await takeTargetTry(key, rule, at(3))).toEqual({ allowed: true, failures: 5 });
    expect(await takeTargetTry(key, rule, at(6))).toEqual({ allowed: false, waitMs: 60_000 });
    expect(await takeTargetTry(key, rule, at(7))).toEqual({ allowed: true, failures: 6 });
    // Capped at four minutes.
    expect(await takeTargetTry(key, rule, at(10.5))).toEqual({ allowed: false, waitMs: 30_000 });
    // After an hour without a try, a new streak: allowed at once, and its owner is told again.
    expect(await takeTargetTry(key, rule, at(68))).toEqual({ allowed: true, failures: 1 });

    const other = `${key}:other`;
    await takeTargetTry(other, rule, at(0));
    await takeTargetTry(other, rule, at(0));
    await takeTargetTry(other, rule, at(0));
    await giveBackTargetTry(other, rule);
    expect(await takeTargetTry(other, rule, at(0))).toEqual({ allowed: true, failures: 3 });
    expect(CEILING_KEYS.account(" Someone@Example.COM ")).toBe("account:someone@example.com");
  });
});
