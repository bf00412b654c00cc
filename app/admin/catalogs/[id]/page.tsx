import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CatalogForm } from "@/components/catalogs/catalog-form";
import { CatalogProducts } from "@/components/catalogs/catalog-products";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireBrandPage } from "@/lib/auth/guards";
import { catalogSkuPrices } from "@/lib/catalogs/catalog-prices";
import { catalogFormOptions } from "@/lib/catalogs/form-options";
import { minimumOrderRows } from "@/lib/settings/schemas";
import { getCatalog, listCatalogProducts } from "@/lib/catalogs/queries";
import { requestLocale } from "@/lib/i18n/request-locale";
import { formatMoney } from "@/lib/money/format";
import { pageParams } from "@/lib/pagination/page-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogs");
  return { title: t("detail.metaTitle") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function CatalogPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const ctx = await requireBrandPage("catalogs.manage");
  const { id } = await params;
  const search = await searchParams;
  const page = pageParams(search, 50);
  const catalog = await getCatalog(ctx.brand.id, id);
  if (!catalog) notFound();
  const currency = ctx.brand.defaultCurrency;
  const [t, locale] = await Promise.all([getTranslations("catalogs"), requestLocale()]);
  const [options, { total, rows: entries }] = await Promise.all([catalogFormOptions(ctx.brand.id, catalog.buyerAccess.map((b) => b.buyerId)), listCatalogProducts(id, page)]);
  const prices = await catalogSkuPrices(ctx.brand.id, id, currency, null, entries.map((e) => e.productId));
  const firstPrice = new Map<string, (typeof prices)[number]>();
  for (const p of prices) if (!firstPrice.has(p.productId)) firstPrice.set(p.productId, p);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/catalogs" className="text-brand-700 hover:underline">
          {t("detail.back")}
        </Link>
      </p>
      <PageHeader title={catalog.name} description={catalog.season ? t("detail.season", { season: catalog.season }) : undefined} />
      <div className="space-y-8">
        <CatalogForm
          id={catalog.id}
          {...options}
          stripeEnabled={ctx.brand.stripeEnabled}
          defaultValues={{
            name: catalog.name,
            season: catalog.season ?? "",
            status: catalog.status,
            buyerIds: catalog.buyerAccess.map((b) => b.buyerId),
            publicationDate: catalog.publicationDate?.toISOString() ?? null,
            orderDeadline: catalog.orderDeadline?.toISOString() ?? null,
            discountRate: catalog.discountRate?.toString() ?? "",
            addressField: catalog.addressField,
            paymentMethods: catalog.paymentMethods,
            shippingRateGroupIds: catalog.shippingRateGroups.map((g) => g.rateGroupId),
            minimumOrder: minimumOrderRows(catalog.minimumOrder, options.currencies),
          }}
        />
        <Card className="p-5">
          <p className="mb-4 text-sm text-slate-600">{t("detail.pricesNote", { currency })}</p>
          <CatalogProducts
            catalogId={catalog.id}
            total={total}
            offset={page.skip}
            rows={entries.map((e) => {
              const price = firstPrice.get(e.productId);
              return {
                id: e.id,
                productId: e.productId,
                productCode: e.product.productCode,
                name: e.product.name,
                archived: Boolean(e.product.archivedAt),
                skuCount: e.skuCount,
                discountRate: e.discountRate?.toString() ?? "",
                deliveryDate: e.deliveryDate ? e.deliveryDate.toISOString().slice(0, 10) : "",
                wholesale: price ? formatMoney(price.wholesalePrice, currency, locale) : null,
                unitPrice: price ? formatMoney(price.unitPrice, currency, locale) : null,
              };
            })}
          />
          {total > 0 && <Pagination pathname={`/admin/catalogs/${catalog.id}`} search={search} page={page.page} pageSize={page.pageSize} total={total} />}
        </Card>
      </div>
    </>
  );
}
