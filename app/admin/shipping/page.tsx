import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import { PageHeader, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { TabsNav } from "@/components/ui/tabs-nav";
import { QueueTable, type QueueRow } from "@/components/shipping/queue-table";
import { ScopeTabs } from "@/components/shipping/scope-tabs";
import { ShippingSearchForm } from "@/components/shipping/shipping-search-form";
import { ShippingSectionNav } from "@/components/shipping/shipping-section-nav";
import { requireBrandPage } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";
import { listQueueOrders, queueCounts, shippingOptions } from "@/lib/shipping/queries";
import { parseQueueFilter, type QueueFilter } from "@/lib/shipping/schemas";
import { releaseFailureText } from "@/lib/shipping/release-failure";
import { shippingOptionLabel, shippingOptionWords } from "@/lib/shipping/shipping-option";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shipping.queue");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;

function hrefWith(search: Search, changes: Partial<QueueFilter>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, ...changes })) {
    if (key === "page" || value === undefined || value === "") continue;
    params.set(key, Array.isArray(value) ? value[0] : String(value));
  }
  return `/admin/shipping?${params.toString()}`;
}

export default async function ShippingQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireBrandPage("shipping.manage");
  // Bounded once: the filter, the tab links and the page links all read these values.
  const { values: search, cut } = readListQuery(await searchParams);
  const filter = parseQueueFilter(search);
  const page = pageParams(search);
  const [t, tAll, format, locale] = await Promise.all([getTranslations("shipping"), getTranslations(), getFormatter(), getLocale()]);
  const words = shippingOptionWords(tAll);
  const [{ rows, total }, counts, options] = await Promise.all([listQueueOrders(ctx.brand, filter, page), queueCounts(ctx.brand, filter), shippingOptions(ctx.brand.id, words)]);
  const current = { ...search, scope: filter.scope, view: filter.view };

  const tableRows: QueueRow[] = rows.map((o) => ({
    id: o.id,
    orderNumber: formatOrderNumber(ctx.brand.orderPrefix, o.number),
    createdAt: format.dateTime(o.createdAt, { dateStyle: "medium" }),
    buyerId: o.buyer.id,
    buyerName: o.buyer.name,
    contactName: o.contactName,
    contactEmail: o.contactEmail,
    shippingRequestNote: o.shippingRequestNote,
    shipCountry: o.shipCountry,
    shippingOption: shippingOptionLabel(o.shippingRateGroup, words),
    quantity: o.lines.reduce((sum, l) => sum + l.quantity, 0),
    fromPacks: o.lines.reduce((sum, l) => sum + l.packQuantity, 0),
    total: formatMoney(o.total, o.currency, locale),
    cancelled: o.status === "CANCELLED",
    failure: o.releaseFailureReason
      ? {
          label: tAll(`status.releaseFailure.${o.releaseFailureReason}`),
          detail: o.releaseFailureDetail && releaseFailureText(tAll, locale, o.releaseFailureReason, o.releaseFailureDetail),
        }
      : null,
  }));

  return (
    <>
      <ShippingSectionNav active="queue" />
      <PageHeader
        title={t("queue.title")}
        description={t("queue.description")}
        actions={
          <ScopeTabs
            tabs={[
              { href: hrefWith(current, { scope: "domestic" }), label: t("scope.domestic"), active: filter.scope === "domestic", count: counts.domestic },
              { href: hrefWith(current, { scope: "international" }), label: t("scope.international"), active: filter.scope === "international", count: counts.international },
            ]}
          />
        }
      />
      <TabsNav
        label={t("queue.views")}
        tabs={[
          { href: hrefWith(current, { view: "not-yet-released" }), label: tAll("status.release.NOT_YET_RELEASED"), active: filter.view === "not-yet-released", count: counts.notYetReleased },
          { href: hrefWith(current, { view: "failed-to-release" }), label: tAll("status.release.FAILED_TO_RELEASE"), active: filter.view === "failed-to-release", count: counts.failedToRelease },
        ]}
      />
      <p className="mb-4 text-sm text-slate-600">
        {filter.view === "not-yet-released" ? t("queue.notYetReleasedHelp") : t("queue.failedToReleaseHelp")}
      </p>
      <ShippingSearchForm key={JSON.stringify(filter)} action="/admin/shipping" filter={filter} keep={{ scope: filter.scope, view: filter.view }} options={options} cut={cut} />
      <QueueTable
        key={JSON.stringify({ ...filter, page: page.page })}
        rows={tableRows}
        total={total}
        filter={filter}
        failedView={filter.view === "failed-to-release"}
        empty={
          <EmptyState title={filter.view === "not-yet-released" ? t("queue.emptyNotYetReleased") : t("queue.emptyFailedToRelease")}>
            {filter.q || filter.email || filter.from || filter.to || filter.ship ? t("queue.emptySearch") : t("queue.emptyHint")}
          </EmptyState>
        }
      />
      {total > 0 && <Pagination pathname="/admin/shipping" search={current} page={page.page} pageSize={page.pageSize} total={total} capped shown={rows.length} />}
    </>
  );
}
