import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { RateGroupForm } from "@/components/settings/rate-group-form";
import { requireBrandPage } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.shippingRates");
  return { title: t("newMetaTitle") };
}

export default async function NewRateGroupPage() {
  const ctx = await requireBrandPage("settings.manage");
  const t = await getTranslations("settings.shippingRates");
  return (
    <>
      <h2 className="mb-4 text-lg font-semibold">{t("newTitle")}</h2>
      <RateGroupForm defaultValues={{ name: "", currency: ctx.brand.defaultCurrency, country: "", rates: [{ name: t("defaultRateName"), minAmount: "", maxAmount: "", fee: "" }] }} />
    </>
  );
}
