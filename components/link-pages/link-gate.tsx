// The screens before the catalogs, chosen by the access decision (lib/link-access/decide-access).
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { buyerChoices } from "@/lib/link-access/login";
import { backgroundMedia } from "@/lib/link-access/queries";
import type { ResolvedLink } from "@/lib/link-access/resolve-link";
import { ChooseBuyerForm } from "./choose-buyer-form";
import { BRAND_MOMENT } from "./date-formats";
import { LinkShell } from "./link-shell";
import { LoginPanel } from "./login-panel";
import { PasscodeForm } from "./passcode-form";
import { StatusScreen } from "./status-screen";

/** The gate screen for this visit, or null when the visitor may see the catalogs. */
export async function LinkGate({ resolved }: { resolved: ResolvedLink }) {
  const { decision, link } = resolved;
  const t = await getTranslations("linkPages");
  const format = await getFormatter();
  const token = link.token;
  switch (decision.screen) {
    case "catalogs":
      return null;
    case "not_found":
      notFound();
    case "void":
      return <StatusScreen media={await backgroundMedia(link)} title={t("gate.voidTitle")} testId="link-void">{t("gate.voidText")}</StatusScreen>;
    case "not_yet_open":
      return (
        <StatusScreen media={await backgroundMedia(link)} title={t("gate.notYetOpenTitle")} testId="link-not-yet-open">
          {t("gate.notYetOpenText", { when: format.dateTime(decision.opensAt, BRAND_MOMENT) })}
        </StatusScreen>
      );
    case "expired":
      return <StatusScreen media={await backgroundMedia(link)} title={t("gate.expiredTitle")} testId="link-expired">{t("gate.expiredText")}</StatusScreen>;
    case "passcode":
      return (
        <StatusScreen media={await backgroundMedia(link)} title={t("gate.passcodeTitle")} testId="link-passcode">
          <p>{t("gate.passcodeText")}</p>
          <PasscodeForm token={token} />
        </StatusScreen>
      );
    case "login":
      return (
        <LinkShell token={token} brandName={link.brand.name} languageSwitcher>
          <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-5 shadow-xs sm:p-6" data-testid="link-login">
            <h1 className="text-xl font-semibold">{t("login.title")}</h1>
            <p className="mt-1 mb-5 text-sm text-slate-600">{t("login.text")}</p>
            <LoginPanel token={token} />
          </div>
        </LinkShell>
      );
    case "choose_buyer": {
      const choices = await buyerChoices(link.brandId, resolved.viewer!.user!.id);
      return (
        <LinkShell token={token} brandName={link.brand.name} canLogOut languageSwitcher>
          <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-5 shadow-xs" data-testid="link-choose-buyer">
            <h1 className="text-xl font-semibold">{t("login.chooseBuyerTitle")}</h1>
            <p className="mt-1 mb-4 text-sm text-slate-600">{t("login.chooseBuyerText")}</p>
            <ChooseBuyerForm token={token} choices={choices} />
          </div>
        </LinkShell>
      );
    }
    case "connection_closed":
      return (
        <LinkShell token={token} brandName={link.brand.name} canLogOut>
          <div role="alert" className="mx-auto max-w-lg rounded-xl border border-red-200 bg-red-50 p-5 text-red-800" data-testid="link-connection-closed">
            <h1 className="text-lg font-semibold">{t("gate.connectionClosedTitle")}</h1>
            <p className="mt-2 text-sm">{t("gate.connectionClosedText")}</p>
          </div>
        </LinkShell>
      );
  }
}
