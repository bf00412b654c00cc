import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
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
import { RELEASE_STATUS_TONES } from "@/lib/orders/status-labels";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";
import { listReleasedOrders, shippingOptions } from "@/lib/shipping/queries";
import { parseReleasedFilter, type ReleasedFilter } from "@/lib/shipping/schemas";
import { shippingOptionLabel, shippingOptionWords } from "@/lib/shipping/shipping-option";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shipping.released");
  return { title: t("title") };
}

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
  const [t, tAll, format, locale] = await Promise.all([getTranslations("shipping"), getTranslations(), getFormatter(), getLocale()]);
  const words = shippingOptionWords(tAll);
  const other = { ...filter, scope: filter.scope === "domestic" ? ("international" as const) : ("domestic" as const) };
  const [{ rows, total, counts }, otherScope, options] = await Promise.all([
    listReleasedOrders(ctx.brand, filter, page),
    listReleasedOrders(ctx.brand, other, { page: 1, pageSize: 1, skip: 0, take: 0 }),
    shippingOptions(ctx.brand.id, words),
  ]);
  const current = { ...search, scope: filter.scope, view: filter.view };
  const views = [
    ["all", t("released.all")],
    ["preparing-product", tAll("status.release.PREPARING_PRODUCT")],
    ["partially-shipped", tAll("status.release.PARTIALLY_SHIPPED")],
    ["shipped", tAll("status.release.SHIPPED")],
  ] as const;

  return (
    <>
      <ShippingSectionNav active="released" />
      <PageHeader
        title={t("released.title")}
        description={t("released.description")}
        actions={
          <ScopeTabs
            tabs={[
              { href: hrefWith(current, { scope: "domestic" }), label: t("scope.domestic"), active: filter.scope === "domestic", count: filter.scope === "domestic" ? total : otherScope.total },
              { href: hrefWith(current, { scope: "international" }), label: t("scope.international"), active: filter.scope === "international", count: filter.scope === "international" ? total : otherScope.total },
            ]}
          />
        }
      />
      <TabsNav label={t("released.views")} tabs={views.map(([view, label]) => ({ href: hrefWith(current, { view }), label, active: filter.view === view, count: counts[view] }))} />
      <ShippingSearchForm key={JSON.stringify(filter)} action="/admin/shipping/released" filter={filter} keep={{ scope: filter.scope, view: filter.view }} options={options} cut={cut} />
      {rows.length === 0 ? (
        <EmptyState title={t("released.empty")}>{t("released.emptyHint")}</EmptyState>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th>{t("columns.orderNo")}</Th>
                <Th>{t("columns.ordered")}</Th>
                <Th>{t("columns.orderingMember")}</Th>
                <Th>{t("columns.shipToAndOption")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th>{t("columns.prepared")}</Th>
                <Th className="text-right">{t("columns.deliveryNotes")}</Th>
                <Th className="text-right">{t("columns.total")}</Th>
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
                    <Td className="whitespace-nowrap text-slate-600">{format.dateTime(o.createdAt, { dateStyle: "medium" })}</Td>
                    <Td className="max-w-64">
                      <OrderingMember name={o.contactName} email={o.contactEmail} buyerId={o.buyer.id} buyerName={o.buyer.name} note={o.shippingRequestNote} />
                    </Td>
                    {/* One column for both: the released list must fit a 1280 px screen. */}
                    <Td>
                      {o.shipCountry}
                      <div className="text-xs text-slate-500" data-testid="shipping-option">{shippingOptionLabel(o.shippingRateGroup, words)}</div>
                    </Td>
                    <Td>{o.releaseStatus && <Badge tone={RELEASE_STATUS_TONES[o.releaseStatus]}>{tAll(`status.release.${o.releaseStatus}`)}</Badge>}</Td>
                    <Td className="whitespace-nowrap text-slate-600">{o.releasedAt ? format.dateTime(o.releasedAt, { dateStyle: "medium" }) : "—"}</Td>
                    <Td className="text-right tabular-nums">{format.number(o.deliveryNoteCount)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(o.total, o.currency, locale)}</Td>
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
