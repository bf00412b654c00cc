import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { TabsNav } from "@/components/ui/tabs-nav";
import { OrderingMember } from "@/components/shipping/ordering-member";
import { ScopeTabs } from "@/components/shipping/scope-tabs";
import { ShippingSearchForm } from "@/components/shipping/shipping-search-form";
import { ShippingSectionNav } from "@/components/shipping/shipping-section-nav";
import { requireBrandPage } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { RELEASE_STATUS_LABELS, RELEASE_STATUS_TONES } from "@/lib/orders/status-labels";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";
import { listReleasedOrders, shippingOptions } from "@/lib/shipping/queries";
import { parseReleasedFilter, type ReleasedFilter } from "@/lib/shipping/schemas";
import { shippingOptionLabel } from "@/lib/shipping/shipping-option";
import { mediumDate } from "@/lib/format/date-time-format";

export const metadata: Metadata = { title: "Shipping" };

type Search = Record<string, string | string[] | undefined>;

function hrefWith(search: Search, changes: Partial<ReleasedFilter>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, ...changes })) {
    if (key === "page" || value === undefined || value === "") continue;
    params.set(key, Array.isArray(value) ? value[0] : String(value));
  }
  return `/admin/shipping/released?${params.toString()}`;
}

export default async function ShippingReleasedPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireBrandPage("shipping.manage");
  // Bounded once: the filter, the tab links and the page links all read these values.
  const { values: search, cut } = readListQuery(await searchParams);
  const filter = parseReleasedFilter(search);
  const page = pageParams(search);
  const other = { ...filter, scope: filter.scope === "domestic" ? ("international" as const) : ("domestic" as const) };
  const [{ rows, total, counts }, otherScope, options] = await Promise.all([
    listReleasedOrders(ctx.brand, filter, page),
    listReleasedOrders(ctx.brand, other, { page: 1, pageSize: 1, skip: 0, take: 0 }),
    shippingOptions(ctx.brand.id),
  ]);
  const current = { ...search, scope: filter.scope, view: filter.view };
  const views = [
    ["all", "All"],
    ["preparing-product", RELEASE_STATUS_LABELS.PREPARING_PRODUCT],
    ["partially-shipped", RELEASE_STATUS_LABELS.PARTIALLY_SHIPPED],
    ["shipped", RELEASE_STATUS_LABELS.SHIPPED],
  ] as const;

  return (
    <>
      <ShippingSectionNav active="released" />
      <PageHeader
        title="Shipping"
        description="Orders prepared for release, and their deliveries. Open an order to create or view its delivery notes."
        actions={
          <ScopeTabs
            tabs={[
              { href: hrefWith(current, { scope: "domestic" }), label: "Domestic", active: filter.scope === "domestic", count: filter.scope === "domestic" ? total : otherScope.total },
              { href: hrefWith(current, { scope: "international" }), label: "International", active: filter.scope === "international", count: filter.scope === "international" ? total : otherScope.total },
            ]}
          />
        }
      />
      <TabsNav label="Delivery status" tabs={views.map(([view, label]) => ({ href: hrefWith(current, { view }), label, active: filter.view === view, count: counts[view] }))} />
      <ShippingSearchForm key={JSON.stringify(filter)} action="/admin/shipping/released" filter={filter} keep={{ scope: filter.scope, view: filter.view }} options={options} cut={cut} />
      {rows.length === 0 ? (
        <EmptyState title="No released orders">Orders appear here once they have been prepared for release.</EmptyState>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th>Order No.</Th>
                <Th>Ordered</Th>
                <Th>Ordering Member</Th>
                <Th>Ship to · Shipping option</Th>
                <Th>Status</Th>
                <Th>Prepared</Th>
                <Th className="text-right">Delivery notes</Th>
                <Th className="text-right">Total</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((o) => {
                const number = formatOrderNumber(ctx.brand.orderPrefix, o.number);
                return (
                  <tr key={o.id} data-testid={`released-row-${number}`}>
                    <Td className="whitespace-nowrap">
                      <Link href={`/admin/orders/${o.id}`} className="font-medium text-brand-600 hover:underline">
                        {number}
                      </Link>
                    </Td>
                    <Td className="whitespace-nowrap text-slate-600">{mediumDate(o.createdAt)}</Td>
                    <Td className="max-w-64">
                      <OrderingMember name={o.contactName} email={o.contactEmail} buyerId={o.buyer.id} buyerName={o.buyer.name} note={o.shippingRequestNote} />
                    </Td>
                    {/* One column for both: the released list must fit a 1280 px screen. */}
                    <Td>
                      {o.shipCountry}
                      <div className="text-xs text-slate-500" data-testid="shipping-option">{shippingOptionLabel(o.shippingRateGroup)}</div>
                    </Td>
                    <Td>{o.releaseStatus && <Badge tone={RELEASE_STATUS_TONES[o.releaseStatus]}>{RELEASE_STATUS_LABELS[o.releaseStatus]}</Badge>}</Td>
                    <Td className="whitespace-nowrap text-slate-600">{o.releasedAt ? mediumDate(o.releasedAt) : "—"}</Td>
                    <Td className="text-right tabular-nums">{o.deliveryNoteCount}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(o.total, o.currency)}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination pathname="/admin/shipping/released" search={current} page={page.page} pageSize={page.pageSize} total={total} />
        </>
      )}
    </>
  );
}
