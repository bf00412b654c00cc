// Who sees which language: the admin, the Buyer App and the link pages each decide by their own
// rule (lib/i18n/request-locale), the switcher keeps a choice, and action errors come back in it.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { setLanguageAction } from "@/lib/i18n/actions";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { requestI18n } from "@/lib/i18n/request-locale";
import { loginWithOfflineBuyerAction } from "@/lib/link-access/actions";
import { updateBrandSettingsAction } from "@/lib/settings/actions";
import { createBrand } from "../../support/fixtures";
import { actAs, cookieValue, setRequestHeaders } from "../../support/next-request";
import { createLink, createLinkWorld } from "../link-access/link-fixtures";

async function setCookie(name: string, value: string) {
  const { cookies } = await import("next/headers");
  (await cookies()).set(name, value);
}

describe("brand admin", () => {
  it("speaks the user's setting, else a choice made before sign-in, else the brand's language, else the browser's", async () => {
    const world = await createBrand();
    await prisma.brand.update({ where: { id: world.brand.id }, data: { language: "JA", timeZone: "Asia/Tokyo" } });
    await actAs(world.staff);
    setRequestHeaders({ "x-app-path": "/admin/orders", "accept-language": "en-US,en;q=0.9" });
    expect(await requestI18n()).toEqual({ locale: "ja", timeZone: "Asia/Tokyo" });

    await setCookie(LOCALE_COOKIE, "en");
    expect((await requestI18n()).locale).toBe("en");

    await prisma.user.update({ where: { id: world.staff.id }, data: { language: "JA" } });
    expect((await requestI18n()).locale).toBe("ja");

    await prisma.brand.update({ where: { id: world.brand.id }, data: { language: "EN" } });
    await prisma.user.update({ where: { id: world.staff.id }, data: { language: null } });
    await actAs(world.staff);
    setRequestHeaders({ "x-app-path": "/admin", "accept-language": "ja,en;q=0.5" });
    expect((await requestI18n()).locale).toBe("en");
  });

  it("the switcher keeps the choice on the user, and action errors come back in it", async () => {
    const world = await createBrand();
    await actAs(world.owner, { brandId: world.brand.id });
    setRequestHeaders({ "x-app-path": "/admin/settings" });
    const switched = await setLanguageAction({ locale: "ja", scope: "user" });
    expect(switched).toEqual({ ok: true, data: { locale: "ja" } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: world.owner.id } })).language).toBe("JA");
    expect(cookieValue(LOCALE_COOKIE)).toBe("ja");

    const refused = await updateBrandSettingsAction({ name: "", homeCountry: "JP", defaultCurrency: "JPY", language: "EN", timeZone: "UTC" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toBe("入力内容をご確認ください。");
  });

  it("refuses a language the app does not speak, and writes nothing", async () => {
    const world = await createBrand();
    await actAs(world.owner);
    const refused = await setLanguageAction({ locale: "fr" as "en", scope: "user" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fieldErrors?.locale).toBe("Choose one of the options.");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: world.owner.id } })).language).toBeNull();
    expect(cookieValue(LOCALE_COOKIE)).toBeUndefined();
  });
});

describe("Buyer App", () => {
  it("speaks the user's setting, else the browser's", async () => {
    const world = await createBrand();
    await actAs(world.buyerUser);
    setRequestHeaders({ "x-app-path": "/buyer/orders", "accept-language": "ja-JP" });
    expect((await requestI18n()).locale).toBe("ja");
    await prisma.user.update({ where: { id: world.buyerUser.id }, data: { language: "EN" } });
    expect((await requestI18n()).locale).toBe("en");
  });
});

describe("link pages", () => {
  it("before login: the visitor's choice, then the link's terms language, then the brand's", async () => {
    const world = await createLinkWorld();
    await prisma.brand.update({ where: { id: world.brand.id }, data: { language: "JA", timeZone: "Asia/Tokyo" } });
    const instant = await createLink(world, { type: "INSTANT" });
    const customer = await createLink(world, { type: "CUSTOMER" });
    await actAs(null);

    setRequestHeaders({ "x-app-path": `/l/${instant.token}`, "accept-language": "ja" });
    expect(await requestI18n()).toEqual({ locale: "en", timeZone: "Asia/Tokyo" });
    setRequestHeaders({ "x-app-path": `/l/${customer.token}/catalogs`, "accept-language": "en" });
    expect((await requestI18n()).locale).toBe("ja");

    await setCookie(LOCALE_COOKIE, "en");
    expect((await requestI18n()).locale).toBe("en");
  });

  it("once a buyer has logged in: their trading-terms language, whatever the visitor chose", async () => {
    const world = await createLinkWorld();
    const customer = await createLink(world, { type: "CUSTOMER" });
    await prisma.connection.update({ where: { brandId_buyerId: { brandId: world.brand.id, buyerId: world.offlineBuyer.id } }, data: { language: "JA" } });
    await actAs(null);
    await setCookie(LOCALE_COOKIE, "en");
    setRequestHeaders({ "x-app-path": `/l/${customer.token}` });
    const login = await loginWithOfflineBuyerAction(customer.token, { email: world.offlineLoginEmail, password: "offline-pass-1" });
    expect(login.ok).toBe(true);
    expect((await requestI18n()).locale).toBe("ja");
  });
});
