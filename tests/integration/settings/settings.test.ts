import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addLookbookImageAction, deleteLookbookAction, removeLookbookImageAction, saveLookbookAction, updateLookbookImageAction } from "@/lib/lookbooks/actions";
import { changeStaffRoleAction, inviteStaffAction, removeStaffMemberAction, updateAddOnsAction, updateBrandSettingsAction } from "@/lib/settings/actions";
import { deleteRateGroupAction, saveRateGroupAction } from "@/lib/shipping-rates/actions";
import type { RateGroupFormInput } from "@/lib/shipping-rates/schemas";
import { localDriver, setStorageDriver, storage } from "@/lib/storage/storage";
import { createTagAction, deleteTagAction, renameTagAction } from "@/lib/tags/actions";
import { createBrand, createUser } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { renderedMail } from "../../support/outbox";

beforeAll(async () => {
  setStorageDriver(localDriver(await mkdtemp(path.join(os.tmpdir(), "wholesale-uploads-"))));
});

function group(overrides: Partial<RateGroupFormInput> = {}): RateGroupFormInput {
  return { name: "Domestic", currency: "JPY", country: "JP", rates: [{ name: "Standard", minAmount: "0", maxAmount: "29999", fee: "1000" }, { name: "Free", minAmount: "30000", maxAmount: "", fee: "0" }], ...overrides };
}

/** A PNG header with the given pixel size (enough for the type and size check). */
function png(width: number, height: number, padTo = 64) {
  const bytes = new Uint8Array(padTo);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

describe("shipping rate groups", () => {
  it("creates a group for a country and one for All Countries with fees in minor units", async () => {
    const a = await createBrand();
    await actAs(a.admin);
    const created = await saveRateGroupAction({ group: group() });
    expect(created.ok).toBe(true);
    const usd = await saveRateGroupAction({ group: group({ name: "International", currency: "usd", country: "", rates: [{ name: "Express", minAmount: "", maxAmount: "", fee: "45.5" }] }) });
    const rows = await prisma.shippingRateGroup.findMany({ where: { brandId: a.brand.id }, include: { rates: { orderBy: { fee: "desc" } } }, orderBy: { name: "asc" } });
    expect(rows.map((g) => [g.name, g.currency, g.country])).toEqual([["Domestic", "JPY", "JP"], ["International", "USD", null]]);
    expect(rows[0].rates.map((r) => [r.name, r.minAmount, r.maxAmount, r.fee])).toEqual([["Standard", 0, 29999, 1000], ["Free", 30000, null, 0]]);
    expect(rows[1].rates[0]).toMatchObject({ fee: 4550, minAmount: null, maxAmount: null });
    // Edit replaces the rates.
    const id = usd.ok ? usd.data.id : "";
    await saveRateGroupAction({ id, group: group({ name: "International", currency: "USD", country: "", rates: [{ name: "Economy", minAmount: "", maxAmount: "", fee: "20" }] }) });
    expect((await prisma.shippingRate.findMany({ where: { rateGroupId: id } })).map((r) => [r.name, r.fee])).toEqual([["Economy", 2000]]);
  });

  it("explains bad rates and writes nothing", async () => {
    const a = await createBrand();
    await actAs(a.admin);
    const result = await saveRateGroupAction({ group: group({ name: "", currency: "yen", country: "Japan", rates: [{ name: "", minAmount: "500", maxAmount: "100", fee: "-1" }] }) });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "group.name": "Enter the group name.",
        "group.currency": "Use a three-letter currency code such as JPY or USD.",
        "group.country": "Choose All Countries or a two-letter country code such as JP.",
        "group.rates.0.name": "Enter the rate name.",
        "group.rates.0.fee": "The fee cannot be negative.",
        "group.rates.0.maxAmount": "The maximum order amount must not be below the minimum.",
      },
    });
    expect(await saveRateGroupAction({ group: group({ rates: [] }) })).toMatchObject({ ok: false, fieldErrors: { "group.rates": "Add at least one rate." } });
    expect(await prisma.shippingRateGroup.count({ where: { brandId: a.brand.id } })).toBe(0);
  });

  it("answers another brand's group with not found; staff without settings rights are refused", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.admin);
    const created = await saveRateGroupAction({ group: group() });
    const id = created.ok ? created.data.id : "";
    await actAs(b.owner);
    expect(await saveRateGroupAction({ id, group: group({ name: "Hijacked" }) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteRateGroupAction({ id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(a.staff);
    expect(await deleteRateGroupAction({ id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await prisma.shippingRateGroup.findUniqueOrThrow({ where: { id } })).name).toBe("Domestic");
    await actAs(a.owner);
    const both = await Promise.all([deleteRateGroupAction({ id }), deleteRateGroupAction({ id })]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "rate-group.delete" } })).toBe(1);
  });
});

describe("tags", () => {
  it("creates, renames and deletes tags, names unique per brand", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.admin);
    const vip = await createTagAction({ name: "VIP" });
    expect(vip.ok).toBe(true);
    expect(await createTagAction({ name: "vip" })).toMatchObject({ ok: false, fieldErrors: { name: "A tag named VIP already exists." } });
    expect(await createTagAction({ name: "  " })).toMatchObject({ ok: false, fieldErrors: { name: "Enter the tag name." } });
    const id = vip.ok ? vip.data.id : "";
    expect((await renameTagAction({ id, name: "Key account" })).ok).toBe(true);
    await actAs(b.owner);
    expect((await createTagAction({ name: "Key account" })).ok).toBe(true);
    expect(await renameTagAction({ id, name: "Mine" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteTagAction({ id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(a.admin);
    expect((await deleteTagAction({ id })).ok).toBe(true);
    expect(await prisma.tag.count({ where: { brandId: a.brand.id } })).toBe(0);
  });
});

describe("brand settings and staff", () => {
  it("updates general settings and add-ons; card payment needs the Stripe keys", async () => {
    const a = await createBrand();
    await actAs(a.admin);
    expect(await updateBrandSettingsAction({ name: "", homeCountry: "Japan", defaultCurrency: "yen", language: "EN", timeZone: "UTC" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Enter the brand name.", homeCountry: "Use a two-letter country code such as JP or US.", defaultCurrency: "Use a three-letter currency code such as JPY or USD." },
    });
    expect((await updateBrandSettingsAction({ name: "Renamed", homeCountry: "us", defaultCurrency: "usd", language: "EN", timeZone: "America/New_York" })).ok).toBe(true);
    expect(await prisma.brand.findUniqueOrThrow({ where: { id: a.brand.id } })).toMatchObject({ name: "Renamed", homeCountry: "US", defaultCurrency: "USD", timeZone: "America/New_York" });
    const saved = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    expect(await updateAddOnsAction({ stripeEnabled: true, nextEngineEnabled: true })).toMatchObject({ ok: false, code: "STRIPE_KEYS_MISSING" });
    expect((await updateAddOnsAction({ stripeEnabled: false, nextEngineEnabled: true })).ok).toBe(true);
    process.env.STRIPE_SECRET_KEY = "sk_test_configured";
    expect((await updateAddOnsAction({ stripeEnabled: true, nextEngineEnabled: true })).ok).toBe(true);
    if (saved === undefined) delete process.env.STRIPE_SECRET_KEY;
    else process.env.STRIPE_SECRET_KEY = saved;
    expect(await prisma.brand.findUniqueOrThrow({ where: { id: a.brand.id } })).toMatchObject({ stripeEnabled: true, nextEngineEnabled: true });
    await actAs(a.staff);
    expect(await updateBrandSettingsAction({ name: "X", homeCountry: "JP", defaultCurrency: "JPY", language: "EN", timeZone: "UTC" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("invites staff: an existing user joins at once, a new address gets an invitation mail", async () => {
    const a = await createBrand();
    const existing = await createUser("existing");
    await actAs(a.admin);
    expect(await inviteStaffAction({ email: existing.email, role: "STAFF" })).toMatchObject({ ok: true, data: { status: "added" } });
    expect(await prisma.brandMember.findFirst({ where: { brandId: a.brand.id, userId: existing.id } })).toMatchObject({ role: "STAFF" });
    expect(await inviteStaffAction({ email: existing.email, role: "STAFF" })).toMatchObject({ ok: false, fieldErrors: { email: `${existing.email} is already a member of ${a.brand.name}.` } });
    expect(await inviteStaffAction({ email: "New.Person@Example.com", role: "OPS" })).toMatchObject({ ok: true, data: { status: "invited" } });
    expect(await prisma.staffInvitation.findFirst({ where: { brandId: a.brand.id, email: "new.person@example.com" } })).toMatchObject({ role: "OPS" });
    const mail = await renderedMail({ brandId: a.brand.id, to: "new.person@example.com" });
    expect(mail.text).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}/);
    expect(await inviteStaffAction({ email: "bad", role: "OPS" })).toMatchObject({ ok: false, fieldErrors: { email: "Enter a valid email address." } });
    // Only an Owner grants the Owner role.
    expect(await inviteStaffAction({ email: "boss@example.com", role: "OWNER" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("changes a role once under concurrency, keeps an Owner, and removes members", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const staffMember = await prisma.brandMember.findFirstOrThrow({ where: { brandId: a.brand.id, userId: a.staff.id } });
    const ownerMember = await prisma.brandMember.findFirstOrThrow({ where: { brandId: a.brand.id, userId: a.owner.id } });
    await actAs(a.admin);
    const results = await Promise.all([
      changeStaffRoleAction({ memberId: staffMember.id, from: "STAFF", role: "OPS" }),
      changeStaffRoleAction({ memberId: staffMember.id, from: "STAFF", role: "ADMIN" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "ROLE_ALREADY_CHANGED", message: "This member's role was already changed by someone else." });
    expect(await prisma.auditEvent.count({ where: { entityId: staffMember.id, action: "staff.role.change" } })).toBe(1);
    expect(await changeStaffRoleAction({ memberId: ownerMember.id, from: "OWNER", role: "STAFF" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs(a.owner);
    expect(await changeStaffRoleAction({ memberId: ownerMember.id, from: "OWNER", role: "ADMIN" })).toMatchObject({ ok: false, code: "LAST_OWNER" });
    expect(await removeStaffMemberAction({ memberId: ownerMember.id })).toMatchObject({ ok: false, code: "LAST_OWNER" });
    expect((await prisma.brandMember.findUniqueOrThrow({ where: { id: ownerMember.id } })).role).toBe("OWNER");
    await actAs(b.owner);
    expect(await removeStaffMemberAction({ memberId: staffMember.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(a.owner);
    expect((await removeStaffMemberAction({ memberId: staffMember.id })).ok).toBe(true);
    expect(await prisma.brandMember.count({ where: { id: staffMember.id } })).toBe(0);
  });
});

describe("lookbooks", () => {
  it("creates a lookbook, adds checked images with product credits, and deletes it", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const product = await prisma.product.create({ data: { brandId: a.brand.id, productCode: "LB-1", name: "Coat" } });
    const foreign = await prisma.product.create({ data: { brandId: b.brand.id, productCode: "LB-1", name: "Other" } });
    await actAs(a.staff);
    expect(await saveLookbookAction({ lookbook: { name: "", status: "PUBLIC" } })).toMatchObject({ ok: false, fieldErrors: { "lookbook.name": "Enter the lookbook name." } });
    const created = await saveLookbookAction({ lookbook: { name: "SS27 Lookbook", status: "DRAFT" } });
    const id = created.ok ? created.data.id : "";
    const upload = (file: File) => {
      const form = new FormData();
      form.set("lookbookId", id);
      form.set("file", file);
      return addLookbookImageAction(form);
    };
    const portrait = await upload(new File([png(800, 1200)], "look-1.png", { type: "image/png" }));
    expect(portrait).toMatchObject({ ok: true, data: { advisedAspect: true, width: 800, height: 1200 } });
    expect(await upload(new File([png(1000, 1000)], "square.png"))).toMatchObject({ ok: true, data: { advisedAspect: false } });
    expect(await upload(new File(["not an image at all"], "fake.png", { type: "image/png" }))).toMatchObject({ ok: false, fieldErrors: { file: "fake.png is not a JPEG, PNG, WebP or GIF image." } });
    expect(await upload(new File([png(800, 1200, 3 * 1024 * 1024 + 1)], "huge.png"))).toMatchObject({ ok: false, fieldErrors: { file: "huge.png is 3.0 MB; images can be up to 3 MB." } });
    const imageId = portrait.ok ? portrait.data.id : "";
    const stored = await prisma.lookbookImage.findUniqueOrThrow({ where: { id: imageId }, include: { file: true } });
    expect(stored.file).toMatchObject({ brandId: a.brand.id, contentType: "image/png", width: 800, height: 1200 });
    expect(await storage().get(stored.file.key)).not.toBeNull();
    expect(await updateLookbookImageAction({ imageId, caption: "Look 1", productIds: [foreign.id] })).toMatchObject({ ok: false, fieldErrors: { productIds: "Credit products of your brand." } });
    expect((await updateLookbookImageAction({ imageId, caption: "Look 1", productIds: [product.id] })).ok).toBe(true);
    expect(await prisma.lookbookImageProduct.count({ where: { imageId } })).toBe(1);
    expect((await saveLookbookAction({ id, lookbook: { name: "SS27 Lookbook", status: "PUBLIC" } })).ok).toBe(true);
    await actAs(b.owner);
    expect(await removeLookbookImageAction({ imageId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteLookbookAction({ id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveLookbookAction({ id, lookbook: { name: "Mine", status: "DRAFT" } })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(a.staff);
    expect((await removeLookbookImageAction({ imageId })).ok).toBe(true);
    expect((await deleteLookbookAction({ id })).ok).toBe(true);
    expect(await prisma.lookbook.count({ where: { id } })).toBe(0);
  });
});
