import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { SearchForm } from "@/components/catalogs/search-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { TabsNav } from "@/components/ui/tabs-nav";
import { requireBrandPage } from "@/lib/auth/guards";
import { fileUrl } from "@/lib/storage/storage";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";
import { listProducts } from "@/lib/products/queries";
import { parseProductListFilters } from "@/lib/products/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("products");
  return { title: t("list.title") };
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("catalogs.manage");
  const [t, format] = await Promise.all([getTranslations("products.list"), getFormatter()]);
  const { values: search, cut } = readListQuery(await searchParams);
  const { q, status } = parseProductListFilters(search);
  const page = pageParams(search);
  const { total, rows } = await listProducts(ctx.brand.id, { q, status }, page);
  const tab = (value: string, label: string) => ({
    label,
    href: `/admin/products?${new URLSearchParams({ ...(value !== "active" ? { status: value } : {}), ...(q ? { q } : {}) })}`,
    active: status === value,
  });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/admin/products/import" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
              {t("importExport")}
            </Link>
            <Link href="/admin/products/new" className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
              {t("newProduct")}
            </Link>
          </>
        }
      />
      <TabsNav label={t("statusTabs")} tabs={[tab("active", t("active")), tab("archived", t("archived")), tab("all", t("all"))]} />
      <SearchForm action="/admin/products" q={q} label={t("searchLabel")} placeholder={t("searchPlaceholder")} keep={{ status: status === "active" ? undefined : status }} cut={cut.includes("q")} />
      {rows.length === 0 ? (
        <EmptyState title={q ? t("noMatch") : t("empty")}>
          {q ? t("noMatchHint") : <Link className="text-brand-700 underline" href="/admin/products/new">{t("createFirst")}</Link>}
        </EmptyState>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th><span className="sr-only">{t("image")}</span></Th>
                <Th>{t("productId")}</Th>
                <Th>{t("name")}</Th>
                <Th className="text-right">{t("skus")}</Th>
                <Th className="text-right">{t("stock")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <Td className="w-12">
                    {p.images[0] ? (
                      // eslint-disable-next-line @next/next/no-img-element -- stored uploads
                      <img src={fileUrl(p.images[0].file.key)} alt="" className="size-10 rounded object-cover" />
                    ) : (
                      <div className="size-10 rounded bg-slate-100" aria-hidden />
                    )}
                  </Td>
                  <Td className="font-mono text-xs">{p.productCode}</Td>
                  <Td>
                    <Link href={`/admin/products/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                    {!p.deliveryName && <span className="ml-2 text-xs text-amber-700">{t("noDeliveryName")}</span>}
                  </Td>
                  <Td className="text-right tabular-nums">{format.number(p.skuCount)}</Td>
                  <Td className="text-right tabular-nums">{format.number(p.totalStock)}</Td>
                  <Td>{p.archivedAt ? <Badge>{t("archived")}</Badge> : <Badge tone="green">{t("active")}</Badge>}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination pathname="/admin/products" search={search} page={page.page} pageSize={page.pageSize} total={total} />
        </>
      )}
    </>
  );
}
