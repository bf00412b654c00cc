// The screens before the catalogs, chosen by the access decision (lib/link-access/decide-access).
import { notFound } from "next/navigation";
import { buyerChoices } from "@/lib/link-access/login";
import { backgroundMedia } from "@/lib/link-access/queries";
import type { ResolvedLink } from "@/lib/link-access/resolve-link";
import { ChooseBuyerForm } from "./choose-buyer-form";
import { LinkShell } from "./link-shell";
import { LoginPanel } from "./login-panel";
import { formatDate, linkMessages } from "./messages";
import { PasscodeForm } from "./passcode-form";
import { StatusScreen } from "./status-screen";

/** The gate screen for this visit, or null when the visitor may see the catalogs. */
export async function LinkGate({ resolved }: { resolved: ResolvedLink }) {
  const { decision, link, language } = resolved;
  const t = linkMessages(language);
  const token = link.token;
  switch (decision.screen) {
    case "catalogs":
      return null;
    case "not_found":
      notFound();
    case "void":
      return <StatusScreen media={await backgroundMedia(link)} title={t.voidTitle} testId="link-void">{t.voidText}</StatusScreen>;
    case "not_yet_open":
      return <StatusScreen media={await backgroundMedia(link)} title={t.notYetOpenTitle} testId="link-not-yet-open">{t.notYetOpenText(formatDate(decision.opensAt, language))}</StatusScreen>;
    case "expired":
      return <StatusScreen media={await backgroundMedia(link)} title={t.expiredTitle} testId="link-expired">{t.expiredText}</StatusScreen>;
    case "passcode":
      return (
        <StatusScreen media={await backgroundMedia(link)} title={t.passcodeTitle} testId="link-passcode">
          <p>{t.passcodeText}</p>
          <PasscodeForm token={token} language={language} />
        </StatusScreen>
      );
    case "login":
      return (
        <LinkShell token={token} brandName={link.brand.name} language={language}>
          <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-5 shadow-xs sm:p-6" data-testid="link-login">
            <h1 className="text-xl font-semibold">{t.loginTitle}</h1>
            <p className="mt-1 mb-5 text-sm text-slate-600">{t.loginText}</p>
            <LoginPanel token={token} language={language} />
          </div>
        </LinkShell>
      );
    case "choose_buyer": {
      const choices = await buyerChoices(link.brandId, resolved.viewer!.user!.id);
      return (
        <LinkShell token={token} brandName={link.brand.name} language={language} canLogOut>
          <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-5 shadow-xs" data-testid="link-choose-buyer">
            <h1 className="text-xl font-semibold">{t.chooseBuyerTitle}</h1>
            <p className="mt-1 mb-4 text-sm text-slate-600">{t.chooseBuyerText}</p>
            <ChooseBuyerForm token={token} choices={choices} language={language} />
          </div>
        </LinkShell>
      );
    }
    case "connection_closed":
      return (
        <LinkShell token={token} brandName={link.brand.name} language={language} canLogOut>
          <div role="alert" className="mx-auto max-w-lg rounded-xl border border-red-200 bg-red-50 p-5 text-red-800" data-testid="link-connection-closed">
            <h1 className="text-lg font-semibold">{t.closedTitle}</h1>
            <p className="mt-2 text-sm">{t.closedText}</p>
          </div>
        </LinkShell>
      );
  }
}
