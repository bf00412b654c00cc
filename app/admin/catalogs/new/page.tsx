import type { Metadata } from "next";
import { CatalogForm } from "@/components/catalogs/catalog-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { catalogFormOptions } from "@/lib/catalogs/form-options";

export const metadata: Metadata = { title: "New catalog" };

export default async function NewCatalogPage() {
  const ctx = await requireBrandPage("catalogs.manage");
  const options = await catalogFormOptions(ctx.brand.id);
  return (
    <>
      <PageHeader title="New catalog" description="Add products after creating it." />
      <CatalogForm
        {...options}
        stripeEnabled={ctx.brand.stripeEnabled}
        defaultValues={{ name: "", season: "", status: "OPEN", buyerIds: [], publicationDate: null, orderDeadline: null, discountRate: "", addressField: "SHOW", paymentMethods: ["PAY_OUTSIDE_APP"], shippingRateGroupIds: [] }}
      />
    </>
  );
}
