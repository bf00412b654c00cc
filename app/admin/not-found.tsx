import Link from "next/link";
import { useTranslations } from "next-intl";
import { BACK_LINK_CLASS, ErrorPanel } from "@/components/errors/error-panel";

// Inside the admin layout: the menu stays, so staff can go anywhere from here.
export default function AdminNotFound() {
  const t = useTranslations("linkPages.errorPages.admin");
  return (
    <ErrorPanel testId="not-found-page" title={t("notFoundTitle")} text={t("notFoundText")}>
      <Link href="/admin" className={BACK_LINK_CLASS}>
        {t("back")}
      </Link>
    </ErrorPanel>
  );
}
