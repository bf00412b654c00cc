import { getTranslations } from "@/lib/i18n/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/card";
import { ReportTabs } from "@/components/reports/report-tabs";
import { requireBrandPage } from "@/lib/auth/guards";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

export default async function ReportsLayout({ children }: { children: React.ReactNode }) {
  await requireBrandPage("reports.view");
  const t = await getTranslations("reports");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Suspense>
        <ReportTabs />
      </Suspense>
      {children}
    </>
  );
}
