import type { Metadata } from "next";
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
import { RELEASE_FAILURE_LABELS } from "@/lib/orders/status-labels";
import { pageParams } from "@/lib/pagination/page-params";
import { listQueueOrders, queueCounts, shippingOptions } from "@/lib/shipping/queries";
import { parseQueueFilter, type QueueFilter } from "@/lib/shipping/schemas";
import { shippingOptionLabel } from "@/lib/shipping/shipping-option";
import { mediumDate } from "@/lib/format/date-time-format";

export const metadata: Metadata = { title: "New (To Ship) Orders" };

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
  const search = await searchParams;
  const filter = parseQueueFilter(search);
  const page = pageParams(search);
  const [{ rows, total }, counts, options] = await Promise.all([listQueueOrders(ctx.brand, filter, page), queueCounts(ctx.brand, filter), shippingOptions(ctx.brand.id)]);
  const current = { ...search, scope: filter.scope, view: filter.view };

  const tableRows: QueueRow[] = rows.map((o) => ({
    id: o.id,
    orderNumber: formatOrderNumber(ctx.brand.orderPrefix, o.number),
    createdAt: mediumDate(o.createdAt),
    buyerId: o.buyer.id,
    buyerName: o.buyer.name,
    contactName: o.contactName,
    contactEmail: o.contactEmail,
    shippingRequestNote: o.shippingRequestNote,
    shipCountry: o.shipCountry,
    shippingOption: shippingOptionLabel(o.shippingRateGroup),
    quantity: o.lines.reduce((sum, l) => sum + l.quantity, 0),
    total: formatMoney(o.total, o.currency),
    cancelled: o.status === "CANCELLED",
    failure: o.releaseFailureReason ? { label: RELEASE_FAILURE_LABELS[o.releaseFailureReason], detail: o.releaseFailureDetail } : null,
  }));

  return (
    <>
      <ShippingSectionNav active="queue" />
      <PageHeader
        title="New (To Ship) Orders"
        description="Confirmed orders waiting to be prepared for release. Released orders move to the Shipping view."
        actions={
          <ScopeTabs
            tabs={[
              { href: hrefWith(current, { scope: "domestic" }), label: "Domestic", active: filter.scope === "domestic", count: counts.domestic },
              { href: hrefWith(current, { scope: "international" }), label: "International", active: filter.scope === "international", count: counts.international },
            ]}
          />
        }
      />
      <TabsNav
        label="Release status"
        tabs={[
          { href: hrefWith(current, { view: "not-yet-released" }), label: "Not Yet Released", active: filter.view === "not-yet-released", count: counts.notYetReleased },
          { href: hrefWith(current, { view: "failed-to-release" }), label: "Failed to Release", active: filter.view === "failed-to-release", count: counts.failedToRelease },
        ]}
      />
      <p className="mb-4 text-sm text-slate-600">
        {filter.view === "not-yet-released"
          ? "Not Yet Released: orders in the status of being ordered before being prepared for shipment."
          : "Failed to Release: an attempt to prepare this order for release failed. Please double-check and try again."}
      </p>
      <ShippingSearchForm key={JSON.stringify(filter)} action="/admin/shipping" filter={filter} keep={{ scope: filter.scope, view: filter.view }} options={options} />
      <QueueTable
        key={JSON.stringify({ ...filter, page: page.page })}
        rows={tableRows}
        total={total}
        filter={filter}
        failedView={filter.view === "failed-to-release"}
        empty={
          <EmptyState title={filter.view === "not-yet-released" ? "No orders waiting to be released" : "No orders failed to release"}>
            {filter.q || filter.email || filter.from || filter.to || filter.ship
              ? "No orders match this search. Try other criteria or reset the search."
              : "Confirmed orders appear here until they are prepared for release."}
          </EmptyState>
        }
      />
      {total > 0 && <Pagination pathname="/admin/shipping" search={current} page={page.page} pageSize={page.pageSize} total={total} capped shown={rows.length} />}
    </>
  );
}
