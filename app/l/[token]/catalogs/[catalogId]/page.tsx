import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { OrderGrid } from "@/components/cart/order-grid";
import { BRAND_MOMENT, CALENDAR_DATE } from "@/components/link-pages/date-formats";
import { ViewOnlyNotice } from "@/components/link-pages/link-catalog-list";
import { LinkFrame } from "@/components/link-pages/link-frame";
import { LinkGate } from "@/components/link-pages/link-gate";
import { Pagination } from "@/components/ui/pagination";
import { cartPacks, cartQuantities } from "@/lib/cart/cart";
import { saveLinkCartAction } from "@/lib/link-access/actions";
import { CATALOG_PAGE_SIZE } from "@/lib/link-access/catalog-content";
import { linkCatalogPage } from "@/lib/link-access/queries";
import { resolveLink } from "@/lib/link-access/resolve-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("linkPages.metadata");
  return { title: t("catalog") };
}

export default async function LinkCatalogPage({ params, searchParams }: { params: Promise<{ token: string; catalogId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { token, catalogId } = await params;
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const resolved = await resolveLink(token);
  if (!resolved) notFound();
  const gate = await LinkGate({ resolved });
  if (gate) return gate;
  const data = await linkCatalogPage(resolved, catalogId, page);
  if (!data) notFound();
  const purchase = resolved.purchase!;
  const t = await getTranslations();
  const format = await getFormatter();
  const orderable = purchase.canOrder && data.catalog.access === "orderable";
  const [inCart, packsInCart] = orderable ? (await Promise.all([cartQuantities(purchase), cartPacks(purchase)])).map((m) => Object.fromEntries(m)) : [{}, {}];
  const save = saveLinkCartAction.bind(null, token);
  return (
    <LinkFrame resolved={resolved}>
      <Link href={`/l/${token}`} className="text-sm text-brand-700 hover:underline">← {t("linkPages.catalog.back")}</Link>
      <div className="mt-2 mb-4">
        <h1 className="text-xl font-semibold">{data.catalog.name}</h1>
        <p className="text-sm text-slate-600">
          {t("common.products", { count: data.total })}
          {data.catalog.orderDeadline && data.catalog.access === "orderable" && <> · {t("linkPages.catalogList.orderBy", { when: format.dateTime(data.catalog.orderDeadline, BRAND_MOMENT) })}</>}
        </p>
      </div>
      {!purchase.canOrder && <ViewOnlyNotice />}
      {purchase.canOrder && data.catalog.access === "browse_only" && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="catalog-closed-for-orders">{t("linkPages.catalog.notOrderable")}</p>
      )}
      {data.products.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-sm text-slate-600">{t("linkPages.catalog.noProducts")}</p>
      ) : (
        <ul className="space-y-4">
          {data.products.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs" data-testid="product-card">
              <div className="flex gap-4">
                {p.imageUrl && (
                  // eslint-disable-next-line @next/next/no-img-element -- uploaded file served by the app
                  <img src={p.imageUrl} alt={p.name} className="size-20 shrink-0 rounded object-cover sm:size-28" />
                )}
                <div className="min-w-0 flex-1">
                  <h2 className="font-medium text-slate-900">{p.name}</h2>
                  <p className="text-xs text-slate-500">{p.code}{p.deliveryDate && <> · {t("linkPages.catalog.delivery", { date: format.dateTime(p.deliveryDate, CALENDAR_DATE) })}</>}</p>
                  {p.description && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{p.description}</p>}
                </div>
              </div>
              <div className="mt-3">
                <OrderGrid
                  productId={p.id}
                  productName={p.name}
                  colors={p.colors}
                  sizes={p.sizes}
                  skus={p.skus}
                  currency={purchase.currency}
                  initial={inCart}
                  initialPacks={packsInCart}
                  rules={p.rules}
                  orderable={orderable}
                  save={save}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {data.total > CATALOG_PAGE_SIZE && (
        <Pagination pathname={`/l/${token}/catalogs/${catalogId}`} search={{}} page={page} pageSize={CATALOG_PAGE_SIZE} total={data.total} />
      )}
    </LinkFrame>
  );
}
