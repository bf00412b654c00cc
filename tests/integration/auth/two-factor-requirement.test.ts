// The Owner's "Require two-factor authentication for all staff": only the Owner switches it; then
// staff without 2FA are refused by every brand action and route and sent from every admin page to
// the set-up page, while set-up, sign-out and the language switch stay open. Buyers are unaffected.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import AdminLayout from "@/app/admin/layout";
import { GET as exportOrders } from "@/app/admin/orders/export/route";
import { switchBrandAction } from "@/lib/auth/actions";
import { getBrandContext, getBuyerContext, requireBrandPermission } from "@/lib/auth/context";
import { homePathFor } from "@/lib/auth/guards";
import { beginTwoFactorSetupAction, confirmTwoFactorSetupAction } from "@/lib/auth/two-factor/actions";
import { TWO_FACTOR_SETUP_PATH } from "@/lib/auth/two-factor/requirement";
import { prisma } from "@/lib/db/client";
import { setLanguageAction } from "@/lib/i18n/actions";
import { inviteStaffAction, updateAddOnsAction, updateBrandSettingsAction } from "@/lib/settings/actions";
import { setTwoFactorRequirementAction } from "@/lib/settings/two-factor-actions";
import { createTagAction } from "@/lib/tags/actions";
import type { ActionResult } from "@/lib/actions/result";
import { createBrand, createUser } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { enableTwoFactor, redirectedTo, totpCode } from "../../support/two-factor";
import { actionCases, defaultActor, routeCases, type Probe } from "../reliability/cross-brand-cases";
import { changedTables, checksum } from "../reliability/db-checksum";
import { createTenantWorld, type TenantWorld } from "../reliability/tenant-world";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SETUP_REQUIRED = "TWO_FACTOR_SETUP_REQUIRED";

async function requireTwoFactor(brandId: string) {
  await prisma.brand.update({ where: { id: brandId }, data: { requireTwoFactor: true } });
}

/** The answer and the tables it changed. */
async function attempt(call: () => Promise<ActionResult<unknown> | Response>) {
  const before = await checksum();
  const answer = await call();
  return { answer, changed: changedTables(before, await checksum()) };
}

describe("who may require two-factor authentication", () => {
  it("only the Owner, and only once they have it themselves; the change is audited", async () => {
    const a = await createBrand();
    for (const member of [a.admin, a.staff, a.ops]) {
      await actAs(member);
      expect(await setTwoFactorRequirementAction({ required: true }), member.email).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    await actAs(a.owner);
    expect(await setTwoFactorRequirementAction({ required: true })).toMatchObject({ ok: false, code: "TWO_FACTOR_SELF_FIRST", message: "Set up two-factor authentication for your own account first." });
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: a.brand.id } })).requireTwoFactor).toBe(false);

    await enableTwoFactor(a.owner);
    expect(await setTwoFactorRequirementAction({ required: true })).toEqual({ ok: true, data: { required: true } });
    expect(await setTwoFactorRequirementAction({ required: true })).toEqual({ ok: true, data: { required: true } });
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: a.brand.id } })).requireTwoFactor).toBe(true);
    const audit = await prisma.auditEvent.findMany({ where: { brandId: a.brand.id, action: "brand.two_factor.require" } });
    expect(audit.map((e) => [e.fromStatus, e.toStatus, e.actorUserId])).toEqual([["false", "true", a.owner.id]]);
    // The Owner with 2FA keeps working; so does switching it off again.
    expect(await setTwoFactorRequirementAction({ required: false })).toEqual({ ok: true, data: { required: false } });
    expect(await setTwoFactorRequirementAction({ required: "yes" as never })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("does not touch another brand", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await enableTwoFactor(a.owner);
    await actAs(a.owner, { brandId: b.brand.id });
    expect(await setTwoFactorRequirementAction({ required: true })).toMatchObject({ ok: true });
    expect((await prisma.brand.findUniqueOrThrow({ where: { id: b.brand.id } })).requireTwoFactor).toBe(false);
  });
});

describe("staff without two-factor authentication in a brand that requires it", () => {
  it("are refused by brand actions with nothing written, until they set it up", async () => {
    const a = await createBrand();
    await requireTwoFactor(a.brand.id);
    await actAs(a.admin);
    const calls: [string, () => Promise<ActionResult<unknown>>][] = [
      ["create a tag", () => createTagAction({ name: "Refused" })],
      ["general settings", () => updateBrandSettingsAction({ name: "Renamed", homeCountry: "JP", defaultCurrency: "JPY", language: "EN", timeZone: "Asia/Tokyo" })],
      ["add-ons", () => updateAddOnsAction({ stripeEnabled: false, nextEngineEnabled: true })],
      ["invite staff", () => inviteStaffAction({ email: "new-colleague@test.example", role: "STAFF" })],
      ["switch brand", () => switchBrandAction({ brandId: a.brand.id })],
    ];
    for (const [name, call] of calls) {
      const { answer, changed } = await attempt(call);
      expect(answer, name).toMatchObject({ ok: false, code: SETUP_REQUIRED, message: "Your brand requires two-factor authentication. Set it up to continue." });
      expect(changed, name).toEqual([]);
    }
    await expect(requireBrandPermission()).rejects.toMatchObject({ code: SETUP_REQUIRED });
    expect(await getBrandContext()).toBeNull();

    // Set-up stays open; afterwards the same action goes through.
    const begun = await beginTwoFactorSetupAction({});
    if (!begun.ok) throw new Error(begun.message);
    expect(await confirmTwoFactorSetupAction({ code: await totpCode(begun.data.key.replace(/ /g, "")) })).toMatchObject({ ok: true });
    expect(await createTagAction({ name: "Allowed" })).toMatchObject({ ok: true });
  });

  it("keep the language switch and their own sign-in pages, and are sent home to set-up", async () => {
    const a = await createBrand();
    await requireTwoFactor(a.brand.id);
    await actAs(a.staff);
    expect(await setLanguageAction({ locale: "ja", scope: "user" })).toEqual({ ok: true, data: { locale: "ja" } });
    expect(await homePathFor()).toBe(TWO_FACTOR_SETUP_PATH);
    expect(await redirectedTo(() => AdminLayout({ children: null }))).toBe(TWO_FACTOR_SETUP_PATH);
  });

  it("get no brand data from admin route handlers", async () => {
    const a = await createBrand();
    await requireTwoFactor(a.brand.id);
    await actAs(a.owner);
    const response = await exportOrders(new Request("http://localhost:3000/admin/orders/export"));
    expect(response.status).toBe(404);
  });

  it("a brand without the requirement, and the Buyer App, are unaffected", async () => {
    const a = await createBrand();
    await actAs(a.admin);
    expect(await createTagAction({ name: "Free" })).toMatchObject({ ok: true });
    const b = await createBrand();
    await requireTwoFactor(b.brand.id);
    // A's buyer user is no staff of B: the Buyer App opens as before, and may turn 2FA on by choice.
    await actAs(a.buyerUser);
    expect(await getBuyerContext()).toMatchObject({ buyer: { id: a.buyer.id } });
    expect(await beginTwoFactorSetupAction({})).toMatchObject({ ok: true });
  });

  it("staff of two brands follow the brand they are working in", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const both = await createUser("both");
    await prisma.brandMember.createMany({ data: [{ brandId: a.brand.id, userId: both.id, role: "STAFF" }, { brandId: b.brand.id, userId: both.id, role: "STAFF" }] });
    await requireTwoFactor(b.brand.id);
    await actAs(both, { brandId: a.brand.id });
    expect((await getBrandContext())?.brand.id).toBe(a.brand.id);
    await actAs(both, { brandId: b.brand.id });
    expect(await getBrandContext()).toBeNull();
    expect(await homePathFor()).toBe(TWO_FACTOR_SETUP_PATH);
  });
});

describe("every admin page and every brand action and route", () => {
  let world: TenantWorld;

  beforeAll(async () => {
    world = await createTenantWorld();
    await requireTwoFactor(world.brand.id);
  }, 120_000);

  it("every admin page redirects to the set-up page", async () => {
    const files = (await readdir(path.join(ROOT, "app/admin"), { recursive: true })).filter((f) => path.basename(f) === "page.tsx" && !f.startsWith("[...rest]"));
    expect(files.length).toBeGreaterThan(30);
    await defaultActor(world);
    for (const file of files) {
      const page = (await import(/* @vite-ignore */ path.join(ROOT, "app/admin", file))).default as (props: unknown) => Promise<unknown>;
      const props = { params: Promise.resolve({ id: world.target.orderConfirmedId }), searchParams: Promise.resolve({}) };
      expect(await redirectedTo(() => page(props)), file).toBe(TWO_FACTOR_SETUP_PATH);
    }
  });

  // The isolation sweep's probes of brand staff, pointed at the brand's own ids (which they may
  // otherwise use): refused, nothing written.
  const cases = [...Object.entries(actionCases), ...Object.entries(routeCases)].flatMap(([key, c]) =>
    c.scope === "brand" ? c.probes.filter((p) => !p.as || p.as === defaultActor).map((probe): [string, Probe] => [key, probe]) : [],
  );

  it.each(cases)("%s refuses: %s", async (_key, probe) => {
    await defaultActor(world);
    const { answer, changed } = await attempt(() => probe.call(world.target, world));
    if (answer instanceof Response) expect(answer.status).toBe(404);
    else expect(answer).toMatchObject({ ok: false, code: SETUP_REQUIRED });
    expect(changed).toEqual([]);
  });
});
