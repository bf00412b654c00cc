import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Download } from "lucide-react";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrdersTable } from "@/components/orders/orders-table";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireBrandPage } from "@/lib/auth/guards";
import { listFilterOptions, listOrders } from "@/lib/orders/queries";
import { parseOrderFilters } from "@/lib/orders/schemas";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";

export async function generateMetadata() {
  const t = await getTranslations("orders.list");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function OrderManagementPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireBrandPage("orders.manage");
  // Bounded once: the filters, the export link and the page links all read these values.
  const { values: search, cut } = readListQuery(await searchParams);
  const filters = parseOrderFilters(search);
  const page = pageParams(search);
  const [{ orders, total }, options, t] = await Promise.all([listOrders(ctx.brand, filters, page), listFilterOptions(ctx.brand.id), getTranslations("orders.list")]);
  const exportHref = pageHref("/admin/orders/export", search, 1);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/admin/mailbox" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">{t("mailbox")}</Link>
            <a href={exportHref} className="inline-flex h-10 items-center gap-2 rounded-md bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" download>
              <Download className="size-4" aria-hidden /> {t("exportCsv")}
            </a>
          </>
        }
      />
      <OrderFilters filters={filters} tags={options.tags} currencies={options.currencies} orderPrefix={ctx.brand.orderPrefix} cut={cut} />
      {orders.length === 0 ? (
        <EmptyState title={page.page > 1 ? t("noMore") : t("noMatch")}>{t("emptyHint")}</EmptyState>
      ) : (
        <OrdersTable orders={orders} prefix={ctx.brand.orderPrefix} />
      )}
      {total > 0 && <Pagination pathname="/admin/orders" search={search} page={page.page} pageSize={page.pageSize} total={total} capped shown={orders.length} />}
    </>
  );
}
