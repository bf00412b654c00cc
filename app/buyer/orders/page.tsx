import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import { OrderAgainButton } from "@/components/buyer/order-again-button";
import { BuyerStatusBadge } from "@/components/orders/order-progress";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireBuyerPage } from "@/lib/auth/guards";
import { listBuyerOrders } from "@/lib/buyer-app/queries";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { pageParams } from "@/lib/pagination/page-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerApp.metadata");
  return { title: t("myOrders") };
}

export default async function BuyerOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBuyerPage();
  const search = await searchParams;
  const page = pageParams(search);
  const [{ total, rows }, t, format, locale] = await Promise.all([listBuyerOrders(ctx.buyer.id, page), getTranslations("buyerApp.orders"), getFormatter(), getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { buyer: ctx.buyer.name })} />
      {total === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
      ) : (
        <>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="buyer-orders">
            {rows.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:flex-nowrap">
                <Link href={`/buyer/orders/${o.id}`} className="-mx-2 flex min-w-0 flex-1 flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-md px-2 py-1 hover:bg-slate-50">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {o.brand.name} <span className="font-normal text-slate-500">· {formatOrderNumber(o.brand.orderPrefix, o.number)}</span>
                    </p>
                    <p className="text-xs text-slate-500">
                      {/* The day the order was placed, in its brand's time zone. */}
                      {format.dateTime(o.createdAt, { dateStyle: "medium", timeZone: o.brand.timeZone })} · {t("lines", { count: o.lineCount })}
                    </p>
                  </div>
                  <div className="flex items-center gap-3">
                    <BuyerStatusBadge status={o.status} releaseStatus={o.releaseStatus} />
                    <span className="font-medium tabular-nums">{formatMoney(o.total, o.currency, locale)}</span>
                  </div>
                </Link>
                {/* Beside the link, not in it: a button inside a link is neither. */}
                <OrderAgainButton orderId={o.id} size="sm" label={t("orderAgainFor", { brand: o.brand.name, number: formatOrderNumber(o.brand.orderPrefix, o.number) })} />
              </li>
            ))}
          </ul>
          <Pagination pathname="/buyer/orders" search={search} page={page.page} pageSize={page.pageSize} total={total} />
        </>
      )}
    </>
  );
}
