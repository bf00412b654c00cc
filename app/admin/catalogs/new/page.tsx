import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { CatalogForm } from "@/components/catalogs/catalog-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { catalogFormOptions } from "@/lib/catalogs/form-options";
import { minimumOrderRows } from "@/lib/settings/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogs");
  return { title: t("new.title") };
}

export default async function NewCatalogPage() {
  const ctx = await requireBrandPage("catalogs.manage");
  const [t, options] = await Promise.all([getTranslations("catalogs"), catalogFormOptions(ctx.brand.id)]);
  return (
    <>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <CatalogForm
        {...options}
        stripeEnabled={ctx.brand.stripeEnabled}
        defaultValues={{ name: "", season: "", status: "OPEN", buyerIds: [], publicationDate: null, orderDeadline: null, discountRate: "", addressField: "SHOW", paymentMethods: ["PAY_OUTSIDE_APP"], shippingRateGroupIds: [], minimumOrder: minimumOrderRows(null, options.currencies) }}
      />
    </>
  );
}
