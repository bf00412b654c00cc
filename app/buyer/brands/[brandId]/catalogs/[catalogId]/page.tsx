import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CatalogProducts } from "@/components/buyer/catalog-products";
import { NoLongerConnected } from "@/components/buyer/no-longer-connected";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { resolveBuyerBrand } from "@/lib/buyer-app/brand-access";
import { getBuyerCatalog } from "@/lib/buyer-app/queries";

export const metadata: Metadata = { title: "Catalog" };

export default async function BuyerCatalogPage({ params }: { params: Promise<{ brandId: string; catalogId: string }> }) {
  const ctx = await requireBuyerPage();
  const { brandId, catalogId } = await params;
  const access = await resolveBuyerBrand(ctx.buyer.id, brandId);
  if (!access) notFound();
  if (access.state === "closed") return <NoLongerConnected brandName={access.brand.name} />;
  const catalog = await getBuyerCatalog(brandId, ctx.buyer.id, catalogId, access.terms);
  if (!catalog) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/buyer/brands/${brandId}`} className="text-brand-700 hover:underline">
          ← {access.brand.name}
        </Link>
      </p>
      <PageHeader
        title={catalog.name}
        description={`Prices in ${catalog.currency} under your trading terms${catalog.orderDeadline ? ` · order by ${catalog.orderDeadline.toLocaleDateString("en", { dateStyle: "medium" })}` : ""}.`}
      />
      {/*
        STANDARD ORDER GRID: the Standard Order (issue 5: lib/cart + lib/checkout) mounts its
        quantity grid and cart here, for { brandId, catalogId, buyerId: ctx.buyer.id } with the
        prices above (unitPrice under access.terms), only while catalog.orderingOpen.
      */}
      <section aria-label="Standard Order" data-testid="standard-order-slot" className="mb-6 rounded-lg border border-dashed border-slate-300 bg-white px-4 py-3 text-sm text-slate-600">
        {catalog.orderingOpen ? "Ordering from the Buyer App is coming soon. Prices below are yours under your trading terms." : "The order deadline of this catalog has passed: browse only."}
      </section>
      {catalog.products.length === 0 ? <EmptyState title="No products in this catalog yet" /> : <CatalogProducts catalog={catalog} />}
    </>
  );
}
