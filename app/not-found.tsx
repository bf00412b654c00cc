import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { BACK_LINK_CLASS, ErrorPanel } from "@/components/errors/error-panel";
import { PlainFrame } from "@/components/errors/plain-frame";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("linkPages.errorPages.root");
  return { title: t("notFoundTitle") };
}

// Addresses outside the admin, the Buyer App and the link pages (each of those has its own).
export default function RootNotFound() {
  const t = useTranslations("linkPages.errorPages.root");
  return (
    <PlainFrame>
      <ErrorPanel testId="not-found-page" title={t("notFoundTitle")} text={t("notFoundText")} className="py-6">
        <Link href="/" className={BACK_LINK_CLASS}>
          {t("back")}
        </Link>
      </ErrorPanel>
    </PlainFrame>
  );
}
