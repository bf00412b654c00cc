import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { listConnectedBrands } from "@/lib/buyer-app/queries";

export const metadata: Metadata = { title: "Brands" };

export default async function BuyerHomePage() {
  const ctx = await requireBuyerPage();
  const brands = await listConnectedBrands(ctx.buyer.id);
  return (
    <>
      <PageHeader title="Brands" description={`Brands ${ctx.buyer.name} is connected to.`} />
      {brands.length === 0 ? (
        <EmptyState title="No connected brands yet">When a brand connects with your organization, it appears here.</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="connected-brands">
          {brands.map((brand) => (
            <li key={brand.id}>
              <Link href={`/buyer/brands/${brand.id}`} className="block rounded-lg focus-visible:outline-2 focus-visible:outline-brand-600">
                <Card className="p-4 transition-colors hover:border-brand-300 hover:bg-brand-50/40">
                  <p className="font-medium">{brand.name}</p>
                  <p className="mt-1 text-sm text-slate-600">
                    Trading in {brand.currency} · {brand.language === "JA" ? "日本語" : "English"}
                  </p>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
