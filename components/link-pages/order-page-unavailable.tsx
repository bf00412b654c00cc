// An order's confirmation page opened where it was not placed (another browser or device): the
// link exists, so rather than "this link does not exist", say who can see the page and where to go.
// The same answer whatever the order id, so it tells nothing about which orders exist.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LinkShell } from "./link-shell";

/** In the request's language: no order (so no order language) is known here. */
export function OrderPageUnavailable({ token, brandName }: { token: string; brandName: string }) {
  const t = useTranslations("linkPages.orderPage");
  return (
    <LinkShell token={token} brandName={brandName} languageSwitcher>
      <div className="mx-auto max-w-lg space-y-4 rounded-xl border border-slate-200 bg-white p-5" data-testid="order-page-unavailable">
        <h1 className="text-xl font-semibold">{t("forOrdererTitle")}</h1>
        <p className="text-sm text-slate-700">{t("forOrdererText")}</p>
        <p className="text-sm text-slate-700">{t("buyerAppText")}</p>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <Link href={`/signin?callbackUrl=${encodeURIComponent("/buyer/orders")}`} className="inline-flex h-10 items-center justify-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
            {t("signInToBuyerApp")}
          </Link>
          <Link href={`/l/${token}`} className="text-center text-sm text-brand-700 hover:underline">{t("backToLink")}</Link>
        </div>
      </div>
    </LinkShell>
  );
}
