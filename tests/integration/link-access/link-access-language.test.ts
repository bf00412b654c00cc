// The link pages' passcode and login errors come back in the visitor's language: the choice made
// on the gate (the language switcher's cookie), else the link's or the brand's language.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { loginWithBrandCredentialsAction, loginWithOfflineBuyerAction, loginWithUserAccountAction, submitPasscodeAction } from "@/lib/link-access/actions";
import { actAs, setRequestHeaders } from "../../support/next-request";
import { FIXTURE_PASSWORD } from "../../support/fixtures";
import { createLink, createLinkWorld } from "./link-fixtures";

async function chooseLanguage(locale: "en" | "ja") {
  const { cookies } = await import("next/headers");
  (await cookies()).set(LOCALE_COOKIE, locale);
}

describe("link passcode and login errors in the visitor's language", { timeout: 120_000 }, () => {
  it("a visitor who chose 日本語 on the gate reads a wrong or missing passcode in Japanese", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", passcode: "spring27" });
    await actAs(null);
    await chooseLanguage("ja");
    setRequestHeaders({ "x-app-path": `/l/${link.token}`, "accept-language": "en-US" });

    expect(await submitPasscodeAction(link.token, { passcode: "autumn27" })).toEqual({ ok: false, code: "INVALID_CREDENTIALS", message: "パスコードが正しくありません。" });
    expect(await submitPasscodeAction(link.token, { passcode: "" })).toMatchObject({
      ok: false, code: "VALIDATION", message: "入力内容をご確認ください。", fieldErrors: { passcode: "パスコードを入力してください。" },
    });
  });

  it("a visitor locked out after 10 wrong passcodes is told so in Japanese, and in English after switching back", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT", passcode: "spring27" });
    await actAs(null);
    await chooseLanguage("ja");
    setRequestHeaders({ "x-app-path": `/l/${link.token}` });
    for (let i = 0; i < 10; i++) expect(await submitPasscodeAction(link.token, { passcode: `wrong-${i}` })).toMatchObject({ code: "INVALID_CREDENTIALS" });

    expect(await submitPasscodeAction(link.token, { passcode: "spring27" })).toEqual({
      ok: false, code: "RATE_LIMITED", message: "入力の失敗が続いたため、ご利用を一時的に制限しています。15分後にもう一度お試しください。",
    });
    await chooseLanguage("en");
    expect(await submitPasscodeAction(link.token, { passcode: "spring27" })).toEqual({
      ok: false, code: "RATE_LIMITED", message: "Too many failed attempts. Please wait 15 minutes and try again.",
    });
  });

  it("before any choice, a Customer Order Link of a Japanese brand answers wrong logins and a Closed connection in Japanese", async () => {
    const world = await createLinkWorld();
    await prisma.brand.update({ where: { id: world.brand.id }, data: { language: "JA" } });
    const link = await createLink(world);
    await actAs(null);
    setRequestHeaders({ "x-app-path": `/l/${link.token}`, "accept-language": "en-US,en;q=0.9" });

    expect(await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: "wrong-password" })).toEqual({
      ok: false, code: "INVALID_CREDENTIALS", message: "メールアドレスまたはパスワードが正しくありません。",
    });
    expect(await loginWithOfflineBuyerAction(link.token, { email: "not-an-email", password: "" })).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { email: "有効なメールアドレスを入力してください。", password: "パスワードを入力してください。" },
    });
    expect(await loginWithBrandCredentialsAction(link.token, { code: world.uniqueCode, passcode: "000000" })).toEqual({
      ok: false, code: "INVALID_CREDENTIALS", message: "固有コードまたはパスコードが正しくありません。",
    });

    await prisma.connection.updateMany({ where: { brandId: world.brand.id }, data: { status: "CLOSED" } });
    expect(await loginWithUserAccountAction(link.token, { email: world.buyerUser.email, password: FIXTURE_PASSWORD })).toEqual({
      ok: false, code: "CONNECTION_CLOSED",
      message: "このブランドとの取引が停止されているため、このカスタマーオーダーリンクはご利用いただけません。ブランドにお問い合わせください。",
    });
  });

  it("a link that cannot be used right now says so in the visitor's language", async () => {
    const world = await createLinkWorld();
    const voided = await createLink(world, { status: "VOID", passcode: "x" });
    await actAs(null);
    await chooseLanguage("ja");
    setRequestHeaders({ "x-app-path": `/l/${voided.token}` });
    expect(await submitPasscodeAction(voided.token, { passcode: "x" })).toEqual({ ok: false, code: "LINK_CLOSED", message: "このリンクは現在ご利用いただけません。" });
    expect(await submitPasscodeAction("no-such-link-token", { passcode: "x" })).toEqual({ ok: false, code: "NOT_FOUND", message: "このリンクは存在しません。" });
  });
});
