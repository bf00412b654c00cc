import Link from "next/link";
import { useTranslations } from "next-intl";
import { BACK_LINK_CLASS, ErrorPanel } from "@/components/errors/error-panel";

// Inside the Buyer App layout: its header and sections stay.
export default function BuyerNotFound() {
  const t = useTranslations("linkPages.errorPages.buyer");
  return (
    <ErrorPanel testId="not-found-page" title={t("notFoundTitle")} text={t("notFoundText")}>
      <Link href="/buyer" className={BACK_LINK_CLASS}>
        {t("back")}
      </Link>
    </ErrorPanel>
  );
}
