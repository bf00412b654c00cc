// The profile page's Language setting: kept on the signed-in user (their screens on any device,
// their e-mails) and in this browser; "use the brand's / browser's language" clears both, so the
// default applies again.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { requestI18n } from "@/lib/i18n/request-locale";
import { saveProfileLanguageAction } from "@/lib/profile/actions";
import { createBrand } from "../../support/fixtures";
import { actAs, cookieValue, setRequestHeaders } from "../../support/next-request";

const languageOf = async (id: string) => (await prisma.user.findUniqueOrThrow({ where: { id }, select: { language: true } })).language;

describe("profile language", () => {
  it("staff: a language is saved on the user and in the browser, and the admin speaks it", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin/profile", "accept-language": "en" });
    expect(await saveProfileLanguageAction({ language: "ja" })).toEqual({ ok: true, data: { language: "ja" } });
    expect(await languageOf(a.staff.id)).toBe("JA");
    expect(cookieValue(LOCALE_COOKIE)).toBe("ja");
    expect((await requestI18n()).locale).toBe("ja");
    // Another user is untouched.
    expect(await languageOf(a.owner.id)).toBeNull();
  });

  it("staff: \"use the brand's language\" clears the user's setting and the browser's choice", async () => {
    const a = await createBrand();
    await prisma.brand.update({ where: { id: a.brand.id }, data: { language: "JA" } });
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin/profile", "accept-language": "en" });
    expect((await saveProfileLanguageAction({ language: "en" })).ok).toBe(true);
    expect(await languageOf(a.staff.id)).toBe("EN");
    expect(cookieValue(LOCALE_COOKIE)).toBe("en");

    expect(await saveProfileLanguageAction({ language: "default" })).toEqual({ ok: true, data: { language: "default" } });
    expect(await languageOf(a.staff.id)).toBeNull();
    expect(cookieValue(LOCALE_COOKIE)).toBeUndefined();
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin", "accept-language": "en" });
    expect((await requestI18n()).locale).toBe("ja");
  });

  it("buyers: a language, then \"use the browser's language\"", async () => {
    const a = await createBrand();
    await actAs(a.buyerUser);
    setRequestHeaders({ "x-app-path": "/buyer/profile", "accept-language": "ja-JP" });
    expect((await saveProfileLanguageAction({ language: "en" })).ok).toBe(true);
    expect(await languageOf(a.buyerUser.id)).toBe("EN");
    expect(cookieValue(LOCALE_COOKIE)).toBe("en");
    expect((await requestI18n()).locale).toBe("en");

    expect((await saveProfileLanguageAction({ language: "default" })).ok).toBe(true);
    expect(await languageOf(a.buyerUser.id)).toBeNull();
    expect(cookieValue(LOCALE_COOKIE)).toBeUndefined();
    await actAs(a.buyerUser);
    setRequestHeaders({ "x-app-path": "/buyer", "accept-language": "ja-JP" });
    expect((await requestI18n()).locale).toBe("ja");
  });

  it("refuses a language the app does not speak, and changes nothing", async () => {
    const a = await createBrand();
    await prisma.user.update({ where: { id: a.staff.id }, data: { language: "JA" } });
    await actAs(a.staff);
    setRequestHeaders({ "x-app-path": "/admin/profile" });
    const refused = await saveProfileLanguageAction({ language: "fr" as "en" });
    // The refusal reads in the user's own language.
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", message: "入力内容をご確認ください。", fieldErrors: { language: "選択肢から選んでください。" } });
    expect(await languageOf(a.staff.id)).toBe("JA");
    expect(cookieValue(LOCALE_COOKIE)).toBeUndefined();
  });

  it("needs a signed-in user", async () => {
    await actAs(null);
    expect(await saveProfileLanguageAction({ language: "ja" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(cookieValue(LOCALE_COOKIE)).toBeUndefined();
  });
});
