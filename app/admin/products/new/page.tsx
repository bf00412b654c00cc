import type { Metadata } from "next";
import { ProductForm } from "@/components/catalogs/product-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  const ctx = await requireBrandPage("catalogs.manage");
  return (
    <>
      <PageHeader title="New product" description="Enter colours and sizes, then generate the SKU matrix." />
      <ProductForm
        defaultValues={{ productCode: "", name: "", description: "", deliveryName: "", discountRate: "", currencies: [ctx.brand.defaultCurrency], skus: [] }}
      />
    </>
  );
}
