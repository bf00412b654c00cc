import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ProductForm } from "@/components/catalogs/product-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { productRulesDefaults } from "@/lib/products/rules-defaults";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("products");
  return { title: t("new.title") };
}

export default async function NewProductPage() {
  const ctx = await requireBrandPage("catalogs.manage");
  const t = await getTranslations("products.new");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ProductForm
        defaultValues={{ productCode: "", name: "", description: "", deliveryName: "", discountRate: "", currencies: [ctx.brand.defaultCurrency], skus: [], rules: productRulesDefaults() }}
      />
    </>
  );
}
