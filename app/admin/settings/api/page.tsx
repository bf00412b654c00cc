import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ApiReference } from "@/components/settings/api-reference";
import { requireBrandPage } from "@/lib/auth/guards";
import { appBaseUrl } from "@/lib/orders/app-url";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("api.reference");
  return { title: t("metaTitle") };
}

export default async function ApiReferencePage() {
  await requireBrandPage("settings.manage");
  return <ApiReference baseUrl={await appBaseUrl()} />;
}
