// Settings > General: the brand's language and time zone. Saved with the brand settings,
// validated (a zone Intl does not know is a field error and nothing is saved), audit-logged, only
// for the signed-in brand; the brand's staff without a language of their own then see the admin in
// the brand's language, in its time zone.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { requestI18n } from "@/lib/i18n/request-locale";
import { updateBrandSettingsAction } from "@/lib/settings/actions";
import { isTimeZone, timeZones } from "@/lib/settings/time-zones";
import { createBrand } from "../../support/fixtures";
import { actAs, setRequestHeaders } from "../../support/next-request";

const settings = (brand: { name: string; homeCountry: string; defaultCurrency: string }, patch: Record<string, string> = {}) => ({
  name: brand.name,
  homeCountry: brand.homeCountry,
  defaultCurrency: brand.defaultCurrency,
  language: "JA" as const,
  timeZone: "Asia/Tokyo",
  ...patch,
});

const brandOf = (id: string) => prisma.brand.findUniqueOrThrow({ where: { id }, select: { language: true, timeZone: true, name: true } });

describe("brand language and time zone", () => {
  it("saves the language and time zone with the brand settings and records the change", async () => {
    const a = await createBrand();
    await actAs(a.admin);
    expect(await updateBrandSettingsAction(settings(a.brand))).toMatchObject({ ok: true, data: { language: "JA", timeZone: "Asia/Tokyo" } });
    expect(await brandOf(a.brand.id)).toMatchObject({ language: "JA", timeZone: "Asia/Tokyo" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { brandId: a.brand.id, action: "brand.settings.update" } });
    expect(event.data).toMatchObject({ language: "JA", timeZone: "Asia/Tokyo", before: { language: "EN", timeZone: "UTC" } });
  });

  it.each([["Mars/Olympus_Mons"], ["+09:00"], ["Asia/Tokyo; DROP TABLE"], [""]])("refuses the time zone %j beside the field and saves nothing", async (timeZone) => {
    const a = await createBrand();
    await actAs(a.admin);
    const refused = await updateBrandSettingsAction(settings(a.brand, { name: "Renamed", timeZone }));
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { timeZone: "Choose a time zone from the list." } });
    expect(await brandOf(a.brand.id)).toMatchObject({ name: a.brand.name, language: "EN", timeZone: "UTC" });
    expect(await prisma.auditEvent.count({ where: { brandId: a.brand.id, action: "brand.settings.update" } })).toBe(0);
  });

  it("refuses a language the app does not speak", async () => {
    const a = await createBrand();
    await actAs(a.admin);
    const refused = await updateBrandSettingsAction(settings(a.brand, { language: "FR" }) as never);
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { language: "Choose one of the options." } });
    expect((await brandOf(a.brand.id)).language).toBe("EN");
  });

  it("the time zone error reads in the admin's language", async () => {
    const a = await createBrand();
    await prisma.user.update({ where: { id: a.admin.id }, data: { language: "JA" } });
    await actAs(a.admin);
    setRequestHeaders({ "x-app-path": "/admin/settings" });
    const refused = await updateBrandSettingsAction(settings(a.brand, { timeZone: "Mars/Olympus_Mons" }));
    expect(refused).toMatchObject({ ok: false, message: "入力内容をご確認ください。", fieldErrors: { timeZone: "一覧からタイムゾーンを選んでください。" } });
  });

  it("changes only the signed-in brand: another brand named in the active-brand cookie is untouched", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.admin, { brandId: b.brand.id });
    expect((await updateBrandSettingsAction(settings(a.brand))).ok).toBe(true);
    expect(await brandOf(a.brand.id)).toMatchObject({ language: "JA", timeZone: "Asia/Tokyo" });
    expect(await brandOf(b.brand.id)).toMatchObject({ language: "EN", timeZone: "UTC", name: b.brand.name });
    expect(await prisma.auditEvent.count({ where: { brandId: b.brand.id } })).toBe(0);
  });

  it("a role without settings.manage cannot change them", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    expect(await updateBrandSettingsAction(settings(a.brand))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await brandOf(a.brand.id)).toMatchObject({ language: "EN", timeZone: "UTC" });
  });

  it("staff without a language of their own then see the admin in the brand's language and time zone", async () => {
    const a = await createBrand();
    await prisma.user.update({ where: { id: a.ops.id }, data: { language: "EN" } });
    await actAs(a.owner);
    expect((await updateBrandSettingsAction(settings(a.brand))).ok).toBe(true);

    // Another member, with no setting and no choice made in this browser, on any browser.
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin/orders", "accept-language": "en-US,en;q=0.9" });
    expect(await requestI18n()).toEqual({ locale: "ja", timeZone: "Asia/Tokyo" });

    // A member whose own setting is English keeps it, in the brand's time zone.
    await actAs(a.ops);
    setRequestHeaders({ "x-app-path": "/admin/orders" });
    expect(await requestI18n()).toEqual({ locale: "en", timeZone: "Asia/Tokyo" });

    // Back to English for the brand: the member follows.
    await actAs(a.owner);
    expect((await updateBrandSettingsAction(settings(a.brand, { language: "EN" }))).ok).toBe(true);
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin", "accept-language": "ja" });
    expect((await requestI18n()).locale).toBe("en");
  });
});

describe("time zone list", () => {
  it("offers UTC first and IANA zones, all of which the form accepts", () => {
    const zones = timeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Asia/Tokyo");
    expect(zones).toContain("America/New_York");
    expect(zones.every(isTimeZone)).toBe(true);
    expect(new Set(zones).size).toBe(zones.length);
  });
});
