import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { LookbookForm } from "@/components/catalogs/lookbook-forms";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lookbooks");
  return { title: t("new") };
}

export default async function NewLookbookPage() {
  await requireBrandPage("catalogs.manage");
  const t = await getTranslations("lookbooks");
  return (
    <>
      <PageHeader title={t("new")} description={t("newDescription")} />
      <LookbookForm defaultValues={{ name: "", status: "DRAFT" }} />
    </>
  );
}
