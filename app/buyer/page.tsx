import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { listConnectedBrands } from "@/lib/buyer-app/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerApp.metadata");
  return { title: t("brands") };
}

export default async function BuyerHomePage() {
  const ctx = await requireBuyerPage();
  const [brands, t] = await Promise.all([listConnectedBrands(ctx.buyer.id), getTranslations()]);
  return (
    <>
      <PageHeader title={t("buyerApp.brands.title")} description={t("buyerApp.brands.description", { buyer: ctx.buyer.name })} />
      {brands.length === 0 ? (
        <EmptyState title={t("buyerApp.brands.emptyTitle")}>{t("buyerApp.brands.emptyText")}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="connected-brands">
          {brands.map((brand) => (
            <li key={brand.id}>
              <Link href={`/buyer/brands/${brand.id}`} className="block rounded-lg focus-visible:outline-2 focus-visible:outline-brand-600">
                <Card className="p-4 transition-colors hover:border-brand-300 hover:bg-brand-50/40">
                  <p className="font-medium">{brand.name}</p>
                  <p className="mt-1 text-sm text-slate-600">
                    {t("buyerApp.brands.tradingIn", { currency: brand.currency, language: t(`status.language.${brand.language}`) })}
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
