// Shown instead of any page of a brand whose connection with this buyer is Closed.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { NO_LONGER_CONNECTED_MESSAGE } from "@/lib/buyers/connection-access";
import { useMessageText } from "@/lib/i18n/use-message-text";

export function NoLongerConnected({ brandName }: { brandName: string }) {
  const t = useTranslations("buyerApp.notConnected");
  const text = useMessageText();
  return (
    <div role="status" data-testid="no-longer-connected" className="rounded-lg border border-amber-200 bg-amber-50 px-6 py-10 text-center">
      <h1 className="text-lg font-semibold text-amber-900">{t("title", { brand: brandName })}</h1>
      <p className="mx-auto mt-2 max-w-md text-sm text-amber-900/80">{text(NO_LONGER_CONNECTED_MESSAGE)}</p>
      <p className="mt-2 text-sm text-amber-900/80">{t("contact")}</p>
      <Link href="/buyer" className="mt-6 inline-flex h-10 items-center rounded-md bg-white px-4 text-sm font-medium ring-1 ring-inset ring-amber-300 hover:bg-amber-100">
        {t("back")}
      </Link>
    </div>
  );
}
