import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { OfflineBuyerForm } from "@/components/buyers/offline-buyer-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyers.offline");
  return { title: t("metaTitle") };
}

export default async function NewOfflineBuyerPage() {
  const ctx = await requireBrandPage("buyers.manage");
  const t = await getTranslations("buyers");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/buyers" className="text-brand-700 hover:underline">
          {t("backToList")}
        </Link>
      </p>
      <PageHeader title={t("offline.title")} description={t("offline.description")} />
      <OfflineBuyerForm homeCountry={ctx.brand.homeCountry} currency={ctx.brand.defaultCurrency} />
    </>
  );
}
