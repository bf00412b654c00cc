import { describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { createLinkAction } from "@/lib/links/actions";
import { findLinkByToken } from "@/lib/links/queries";
import { createBrand } from "../../support/fixtures";
import { actAs, revalidatedPaths } from "../../support/next-request";
import { createLinkOptions, linkInput } from "./link-fixtures";

async function setup(options: { stripe?: boolean } = {}) {
  const f = await createBrand();
  if (options.stripe) await prisma.brand.update({ where: { id: f.brand.id }, data: { stripeEnabled: true } });
  const o = await createLinkOptions(f.brand.id);
  await actAs(f.staff);
  return { f, o };
}

async function linkCount(brandId: string) {
  return prisma.orderLink.count({ where: { brandId } });
}

describe("Create a New Link", () => {
  it("creates a Customer Order Link with every section, hashing the passcode and storing dates in UTC", async () => {
    const { f, o } = await setup({ stripe: true });
    const result = await createLinkAction(
      linkInput("CUSTOMER", [o.catalogs[0].id, o.catalogs[2].id], {
        name: "Key accounts SS27",
        viewOnly: true,
        offlineBuyerTransition: true,
        addressField: "HIDE",
        passcodeEnabled: true,
        passcode: "spring27",
        releaseEnabled: true,
        releaseAt: "2037-01-10T01:00:00.000Z",
        expirationEnabled: true,
        expiresAt: "2037-03-31T14:59:00.000Z",
        description: "For the key accounts",
        paymentMethods: ["PAY_OUTSIDE_APP", "STRIPE_CARD"],
        shippingRateGroupIds: [o.rateGroups.jpyJapan.id, o.rateGroups.usdAll.id],
        videoSource: "LINK",
        videoUrl: "https://www.youtube.com/embed/dQw4w9WgXcQ",
        backgroundType: "VIDEO",
        backgroundVideoUrl: "https://player.vimeo.com/video/76979871",
        lookbookIds: [o.lookbooks[0].id, o.lookbooks[1].id],
        contacts: [
          { firstName: "Yui", lastName: "Tanaka", email: "yui@example.com", phone: "+81 3-1234-5678", note: "Sales\nlead" },
          { firstName: "Ken", lastName: "Sato", email: "", phone: "", note: "" },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const link = await prisma.orderLink.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { catalogs: { orderBy: { position: "asc" } }, shippingRateGroups: true, lookbooks: true, contacts: { orderBy: { position: "asc" } } },
    });
    expect(link).toMatchObject({ brandId: f.brand.id, type: "CUSTOMER", status: "OPEN", name: "Key accounts SS27", viewOnly: true, offlineBuyerTransition: true, createdById: f.staff.id });
    // Shipping and card payment force the address field on.
    expect(link.addressField).toBe("SHOW");
    expect(link.releaseAt?.toISOString()).toBe("2037-01-10T01:00:00.000Z");
    expect(link.expiresAt?.toISOString()).toBe("2037-03-31T14:59:00.000Z");
    expect(link.passcodeHash).not.toContain("spring27");
    expect(await verifySecret("spring27", link.passcodeHash)).toBe(true);
    expect(link.catalogs.map((c) => c.catalogId)).toEqual([o.catalogs[0].id, o.catalogs[2].id]);
    expect(link.shippingRateGroups).toHaveLength(2);
    expect(link.lookbooks).toHaveLength(2);
    expect(link.contacts.map((c) => [c.firstName, c.email, c.note])).toEqual([["Yui", "yui@example.com", "Sales lead"], ["Ken", null, null]]);
    // A Customer Order Link holds no trading terms of its own.
    expect([link.currency, link.language, link.discountRate]).toEqual([null, null, null]);
    expect(link.token.length).toBeGreaterThanOrEqual(22);
    expect(await prisma.auditEvent.count({ where: { entityId: link.id, action: "link.create", brandId: f.brand.id } })).toBe(1);
    expect(revalidatedPaths()).toContain("/admin/links");
    expect((await findLinkByToken(link.token))?.id).toBe(link.id);
  });

  it("stores the trading terms of Instant Order Links and Dynamic Brand Links", async () => {
    const { o } = await setup();
    const instant = await createLinkAction(linkInput("INSTANT", [o.catalogs[0].id], { currency: "USD", language: "EN", discountRate: "12.5" }));
    const dynamic = await createLinkAction(linkInput("DYNAMIC_BRAND", [o.catalogs[0].id, o.catalogs[1].id], { offlineBuyerTransition: true }));
    expect(instant.ok && dynamic.ok).toBe(true);
    if (!instant.ok || !dynamic.ok) return;
    const i = await prisma.orderLink.findUniqueOrThrow({ where: { id: instant.data.id } });
    expect([i.type, i.currency, i.language, i.discountRate?.toString()]).toEqual(["INSTANT", "USD", "EN", "12.5"]);
    const d = await prisma.orderLink.findUniqueOrThrow({ where: { id: dynamic.data.id } });
    // The offline buyer transition belongs to Customer Order Links only.
    expect([d.type, d.currency, d.offlineBuyerTransition]).toEqual(["DYNAMIC_BRAND", "JPY", false]);
  });

  it("keeps the address field hidden when nothing forces it", async () => {
    const { o } = await setup();
    const result = await createLinkAction(linkInput("CUSTOMER", [o.catalogs[0].id], { addressField: "HIDE" }));
    if (!result.ok) throw new Error(result.message);
    expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: result.data.id } })).addressField).toBe("HIDE");
  });

  const invalid: [string, (o: Awaited<ReturnType<typeof createLinkOptions>>) => Parameters<typeof createLinkAction>[0], string, RegExp][] = [
    ["an empty name", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { name: "  " }), "name", /Enter a link name/],
    ["no catalog", () => linkInput("CUSTOMER", []), "catalogIds", /at least one catalog/],
    ["two catalogs on an Instant Order Link", (o) => linkInput("INSTANT", [o.catalogs[0].id, o.catalogs[1].id]), "catalogIds", /exactly one catalog/],
    ["an expiration before the release", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { releaseEnabled: true, releaseAt: "2037-02-01T00:00:00Z", expirationEnabled: true, expiresAt: "2037-01-01T00:00:00Z" }), "expiresAt", /after the release date/],
    ["a release date toggle without a date", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { releaseEnabled: true }), "releaseAt", /Enter the release date/],
    ["a passcode that is too short", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { passcodeEnabled: true, passcode: "abc" }), "passcode", /4 to 32/],
    ["a passcode that is too long", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { passcodeEnabled: true, passcode: "x".repeat(33) }), "passcode", /4 to 32/],
    ["an enabled passcode left empty", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { passcodeEnabled: true, passcode: "" }), "passcode", /4 to 32/],
    ["a contact with a bad e-mail", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { contacts: [{ firstName: "A", lastName: "B", email: "not-an-email", phone: "", note: "" }] }), "contacts.0.email", /valid email/],
    ["a contact without a first name", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { contacts: [{ firstName: "", lastName: "B", email: "", phone: "", note: "" }] }), "contacts.0.firstName", /first name/],
    ["a video page URL instead of an embed URL", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { videoSource: "LINK", videoUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" }), "videoUrl", /embed URL/],
    ["a background video that is not an embed URL", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { backgroundType: "VIDEO", backgroundVideoUrl: "javascript:alert(1)" }), "backgroundVideoUrl", /embed URL/],
    ["a background image type without an image", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { backgroundType: "IMAGE" }), "backgroundImageFileId", /Upload a background image/],
    ["no payment method", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { paymentMethods: [] }), "paymentMethods", /at least one payment method/],
    ["Stripe without the add-on", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { paymentMethods: ["STRIPE_CARD"] }), "paymentMethods", /Add-on/],
    ["two rate groups for one Currency x Country", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { shippingRateGroupIds: [o.rateGroups.jpyJapan.id, o.rateGroups.jpyJapanOther.id] }), "shippingRateGroupIds", /one rate group for each Currency and Country/],
    ["a discount rate over 100", (o) => linkInput("DYNAMIC_BRAND", [o.catalogs[0].id], { discountRate: "120" }), "discountRate", /0 to 100/],
    ["an Instant Order Link without a currency", (o) => linkInput("INSTANT", [o.catalogs[0].id], { currency: "" }), "currency", /Select a currency/],
    ["a video file that was never uploaded", (o) => linkInput("CUSTOMER", [o.catalogs[0].id], { videoSource: "FILE", videoFileId: "nope" }), "videoFileId", /Upload the video file again/],
  ];

  it.each(invalid)("refuses %s with a message beside the field and writes nothing", async (_name, build, field, message) => {
    const { f, o } = await setup();
    const result = await createLinkAction(build(o));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toMatch(message);
    expect(await linkCount(f.brand.id)).toBe(0);
    expect(await prisma.auditEvent.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("refuses another brand's catalogs, lookbooks and rate groups", async () => {
    const { f } = await setup();
    const other = await createBrand();
    const theirs = await createLinkOptions(other.brand.id);
    const result = await createLinkAction(
      linkInput("CUSTOMER", [theirs.catalogs[0].id], { lookbookIds: [theirs.lookbooks[0].id], shippingRateGroupIds: [theirs.rateGroups.usdAll.id] }),
    );
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["catalogIds", "lookbookIds", "shippingRateGroupIds"]);
    expect(await linkCount(f.brand.id)).toBe(0);
  });

  it("is refused to Ops staff, who do not manage links", async () => {
    const { f, o } = await setup();
    await actAs(f.ops);
    expect(await createLinkAction(linkInput("CUSTOMER", [o.catalogs[0].id]))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await linkCount(f.brand.id)).toBe(0);
  });
});
