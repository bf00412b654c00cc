import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import { CatalogProducts } from "@/components/buyer/catalog-products";
import { NoLongerConnected } from "@/components/buyer/no-longer-connected";
import { StandardOrderProducts } from "@/components/buyer/standard-order-products";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireBuyerPage } from "@/lib/auth/guards";
import { BUYER_CATALOG_PAGE_SIZE, getBuyerCatalog } from "@/lib/buyer-app/queries";
import { standardOrderPurchase } from "@/lib/buyer-app/standard-order";
import { saveStandardOrderCartAction } from "@/lib/buyer-app/standard-order-actions";
import { cartPacks, cartQuantities, loadPageCart } from "@/lib/cart/cart";
import { formatMoney } from "@/lib/money/format";
import { pageParams } from "@/lib/pagination/page-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerApp.metadata");
  return { title: t("catalog") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function BuyerCatalogPage({ params, searchParams }: { params: Promise<{ brandId: string; catalogId: string }>; searchParams: Promise<Search> }) {
  const ctx = await requireBuyerPage();
  const { brandId, catalogId } = await params;
  const search = await searchParams;
  const { page } = pageParams(search, BUYER_CATALOG_PAGE_SIZE);
  const access = await standardOrderPurchase(ctx, brandId);
  if (!access) notFound();
  if (access.state === "closed") return <NoLongerConnected brandName={access.brand.name} />;
  const catalog = await getBuyerCatalog(brandId, ctx.buyer.id, catalogId, access.terms, page);
  if (!catalog) notFound();
  const { purchase } = access;
  const [inCart, packsInCart, cart] = catalog.orderingOpen
    ? await Promise.all([cartQuantities(purchase), cartPacks(purchase), loadPageCart(purchase)])
    : [new Map<string, number>(), new Map<string, number>(), null];
  const [t, format, locale] = await Promise.all([getTranslations("buyerApp.catalog"), getFormatter(), getLocale()]);
  // The order deadline is the brand's moment: its day in the brand's time zone.
  const deadline = catalog.orderDeadline ? format.dateTime(catalog.orderDeadline, { dateStyle: "medium", timeZone: access.brand.timeZone }) : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/buyer/brands/${brandId}`} className="text-brand-700 hover:underline">
          ← {access.brand.name}
        </Link>
      </p>
      <PageHeader
        title={catalog.name}
        description={deadline ? t("pricesOrderBy", { currency: catalog.currency, date: deadline }) : t("prices", { currency: catalog.currency })}
      />
      {/* The Standard Order: the shared order grid and cart (lib/cart, components/cart), while ordering is open. */}
      <section aria-label={t("standardOrder")} data-testid="standard-order-slot" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-600">
        {catalog.orderingOpen && cart ? (
          <>
            <span data-testid="cart-summary">
              {cart.quantity === 0 ? t("cartEmpty") : t("inCart", { count: cart.quantity, subtotal: formatMoney(cart.subtotal, cart.currency, locale) })}
            </span>
            <Link href={`/buyer/brands/${brandId}/cart`} className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
              {t("viewCart")}
            </Link>
          </>
        ) : (
          t("browseOnly")
        )}
      </section>
      {catalog.productCount === 0 ? (
        <EmptyState title={t("noProducts")} />
      ) : catalog.products.length === 0 ? (
        <EmptyState title={t("noMoreProducts")}>{t("pastTheEnd")}</EmptyState>
      ) : catalog.orderingOpen ? (
        <StandardOrderProducts catalog={catalog} inCart={Object.fromEntries(inCart)} packsInCart={Object.fromEntries(packsInCart)} save={saveStandardOrderCartAction.bind(null, brandId)} />
      ) : (
        <CatalogProducts catalog={catalog} />
      )}
      {catalog.productCount > 0 && (
        <Pagination pathname={`/buyer/brands/${brandId}/catalogs/${catalogId}`} search={search} page={page} pageSize={BUYER_CATALOG_PAGE_SIZE} total={catalog.productCount} />
      )}
    </>
  );
}
