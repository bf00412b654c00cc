import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoLongerConnected } from "@/components/buyer/no-longer-connected";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { resolveBuyerBrand } from "@/lib/buyer-app/brand-access";
import { listBuyerCatalogs } from "@/lib/buyer-app/queries";
import { mediumDate } from "@/lib/format/date-time-format";

export const metadata: Metadata = { title: "Brand" };

const dateOf = mediumDate;

export default async function BuyerBrandPage({ params }: { params: Promise<{ brandId: string }> }) {
  const ctx = await requireBuyerPage();
  const { brandId } = await params;
  const access = await resolveBuyerBrand(ctx.buyer.id, brandId);
  if (!access) notFound();
  if (access.state === "closed") return <NoLongerConnected brandName={access.brand.name} />;
  const catalogs = await listBuyerCatalogs(brandId, ctx.buyer.id);
  const now = new Date();
  const { terms } = access;
  return (
    <>
      <PageHeader
        title={access.brand.name}
        description={`Your trading terms: prices in ${terms.currency}${terms.discountRate ? `, ${terms.discountRate}% off wholesale` : ""}${terms.paymentTerms ? `, ${terms.paymentTerms}` : ""}.`}
        actions={
          <Link href={`/buyer/brands/${brandId}/cart`} className="inline-flex h-10 items-center rounded-md bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Cart
          </Link>
        }
      />
      <h2 className="mb-3 text-lg font-semibold">Catalogs</h2>
      {catalogs.length === 0 ? (
        <EmptyState title="No catalogs available">This brand has no catalog open to you right now.</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="brand-catalogs">
          {catalogs.map((c) => {
            const closedForOrders = c.orderDeadline !== null && c.orderDeadline <= now;
            return (
              <li key={c.id}>
                <Link href={`/buyer/brands/${brandId}/catalogs/${c.id}`} className="block rounded-lg focus-visible:outline-2 focus-visible:outline-brand-600">
                  <Card className="p-4 transition-colors hover:border-brand-300 hover:bg-brand-50/40">
                    <div className="flex items-start justify-between gap-2">
                      <p className="font-medium">{c.name}</p>
                      {c.status === "LIMITED" && <Badge tone="blue">For you</Badge>}
                    </div>
                    <p className="mt-1 text-sm text-slate-600">
                      {[c.season, `${c._count.products} products`].filter(Boolean).join(" · ")}
                    </p>
                    <p className="mt-1 text-xs text-slate-500">
                      {closedForOrders ? "Order deadline passed: browse only" : c.orderDeadline ? `Order by ${dateOf(c.orderDeadline)}` : "No order deadline"}
                    </p>
                  </Card>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
