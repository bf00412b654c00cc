// The security log: sign-ins and wrong passwords of an account with the client address and
// browser, nothing for unknown e-mails; the user reads their own log, the brand's Owner reads a
// staff member's, and nobody else (an Admin, another brand's Owner, another brand's member id)
// gets anything but not found.
import { describe, expect, it } from "vitest";
import { signInAction } from "@/lib/auth/actions";
import { getBrandContext } from "@/lib/auth/context";
import { securityLogOf } from "@/lib/auth/security-log";
import { prisma } from "@/lib/db/client";
import { memberSecurityLog } from "@/lib/settings/member-security-log";
import { createBrand, FIXTURE_PASSWORD } from "../../support/fixtures";
import { actAs, requestFrom } from "../../support/next-request";

const PAGE = { skip: 0, take: 25 };

async function contextOf(user: { id: string }, brandId: string) {
  await actAs(user, { brandId });
  const ctx = await getBrandContext();
  if (!ctx) throw new Error("no brand context");
  return ctx;
}

describe("the security log", () => {
  it("records sign-ins and wrong passwords with the address and browser, newest first; unknown e-mails leave nothing", async () => {
    const f = await createBrand();
    await actAs(null);
    requestFrom("192.0.2.10", { "user-agent": "Mozilla/5.0 (test) Chrome/130" });
    expect(await signInAction({ email: f.staff.email, password: "wrong-password-1" })).toMatchObject({ ok: false });
    requestFrom("2001:db8::7", { "user-agent": "Mozilla/5.0 (test) Safari/18" });
    expect(await signInAction({ email: f.staff.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: true });
    const before = await prisma.securityEvent.count();
    expect(await signInAction({ email: "no-account@test.example", password: "wrong-password-1" })).toMatchObject({ ok: false });
    expect(await prisma.securityEvent.count()).toBe(before);

    const { events, total } = await securityLogOf(f.staff.id, PAGE);
    expect(total).toBe(2);
    expect(events.map((e) => [e.type, e.clientAddress, e.userAgent])).toEqual([
      ["SIGN_IN", "2001:db8::7", "Mozilla/5.0 (test) Safari/18"],
      ["SIGN_IN_FAILED", "192.0.2.10", "Mozilla/5.0 (test) Chrome/130"],
    ]);
  });

  it("is paginated", async () => {
    const f = await createBrand();
    await prisma.securityEvent.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ userId: f.ops.id, type: "SIGN_IN" as const, clientAddress: `192.0.2.${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })) });
    const second = await securityLogOf(f.ops.id, { skip: 25, take: 25 });
    expect(second.total).toBe(30);
    expect(second.events.map((e) => e.clientAddress)).toEqual(["192.0.2.4", "192.0.2.3", "192.0.2.2", "192.0.2.1", "192.0.2.0"]);
  });

  it("a staff member's log is the brand Owner's to read: not an Admin's, not another brand's", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await prisma.securityEvent.create({ data: { userId: a.staff.id, type: "SIGN_IN_FAILED", clientAddress: "192.0.2.99" } });
    const staffMember = await prisma.brandMember.findFirstOrThrow({ where: { brandId: a.brand.id, userId: a.staff.id } });
    const bMember = await prisma.brandMember.findFirstOrThrow({ where: { brandId: b.brand.id, userId: b.staff.id } });

    const owner = await contextOf(a.owner, a.brand.id);
    const seen = await memberSecurityLog(owner, staffMember.id, PAGE);
    expect(seen.member).toMatchObject({ id: a.staff.id, email: a.staff.email });
    expect(seen.log.events.map((e) => e.clientAddress)).toEqual(["192.0.2.99"]);

    // Another brand's member id, and an id that exists nowhere: not found alike.
    await expect(memberSecurityLog(owner, bMember.id, PAGE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(memberSecurityLog(owner, "no-such-member", PAGE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // An Admin (who manages staff) and another brand's Owner: not found.
    await expect(memberSecurityLog(await contextOf(a.admin, a.brand.id), staffMember.id, PAGE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(memberSecurityLog(await contextOf(b.owner, b.brand.id), staffMember.id, PAGE)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
