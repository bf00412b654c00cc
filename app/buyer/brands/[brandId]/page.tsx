import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { NoLongerConnected } from "@/components/buyer/no-longer-connected";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { resolveBuyerBrand } from "@/lib/buyer-app/brand-access";
import { listBuyerCatalogs } from "@/lib/buyer-app/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerApp.metadata");
  return { title: t("brand") };
}

export default async function BuyerBrandPage({ params }: { params: Promise<{ brandId: string }> }) {
  const ctx = await requireBuyerPage();
  const { brandId } = await params;
  const access = await resolveBuyerBrand(ctx.buyer.id, brandId);
  if (!access) notFound();
  if (access.state === "closed") return <NoLongerConnected brandName={access.brand.name} />;
  const [catalogs, t, tc, format] = await Promise.all([listBuyerCatalogs(brandId, ctx.buyer.id), getTranslations("buyerApp.brand"), getTranslations("common"), getFormatter()]);
  const now = new Date();
  const { terms } = access;
  // A deadline is the brand's moment: its day in the brand's time zone.
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: access.brand.timeZone });
  const termParts = [
    t("termsPrices", { currency: terms.currency }),
    terms.discountRate ? t("termsDiscount", { rate: terms.discountRate }) : null,
    terms.paymentTerms || null,
  ].filter((part): part is string => part !== null);
  return (
    <>
      <PageHeader
        title={access.brand.name}
        description={t("terms", { terms: termParts.join(t("termsSeparator")) })}
        actions={
          <Link href={`/buyer/brands/${brandId}/cart`} className="inline-flex h-10 items-center rounded-md bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            {t("cart")}
          </Link>
        }
      />
      <h2 className="mb-3 text-lg font-semibold">{t("catalogs")}</h2>
      {catalogs.length === 0 ? (
        <EmptyState title={t("noCatalogsTitle")}>{t("noCatalogsText")}</EmptyState>
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
                      {c.status === "LIMITED" && <Badge tone="blue">{t("forYou")}</Badge>}
                    </div>
                    <p className="mt-1 text-sm text-slate-600">
                      {[c.season, tc("products", { count: c._count.products })].filter(Boolean).join(" · ")}
                    </p>
                    <p className="mt-1 text-xs text-slate-500">
                      {closedForOrders ? t("deadlinePassed") : c.orderDeadline ? t("orderBy", { date: day(c.orderDeadline) }) : t("noDeadline")}
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
