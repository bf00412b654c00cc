import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { SearchForm } from "@/components/catalogs/search-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { TabsNav } from "@/components/ui/tabs-nav";
import { requireBrandPage } from "@/lib/auth/guards";
import { listCatalogs } from "@/lib/catalogs/queries";
import { parseCatalogListFilters } from "@/lib/catalogs/schemas";
import type { CatalogStatus } from "@/lib/db/generated/enums";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogs");
  return { title: t("list.title") };
}

const TONES: Record<CatalogStatus, BadgeTone> = { OPEN: "green", LIMITED: "amber", CLOSED: "gray" };

export default async function CatalogsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("catalogs.manage");
  const [t, tNav, tStatus, format] = await Promise.all([getTranslations("catalogs"), getTranslations("nav"), getTranslations("status.catalog"), getFormatter()]);
  const { values: search, cut } = readListQuery(await searchParams);
  const { q, status } = parseCatalogListFilters(search);
  const page = pageParams(search);
  const { total, rows, byStatus } = await listCatalogs(ctx.brand.id, { q, status }, page);
  const all = Object.values(byStatus).reduce((n, c) => n + (c ?? 0), 0);
  const href = (s?: CatalogStatus) => `/admin/catalogs${s ? `?status=${s.toLowerCase()}` : ""}`;
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <>
            <Link href="/admin/products" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
              {tNav("products")}
            </Link>
            <Link href="/admin/lookbooks" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
              {tNav("lookbooks")}
            </Link>
            <Link href="/admin/catalogs/new" className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
              {t("list.newCatalog")}
            </Link>
          </>
        }
      />
      <TabsNav
        label={t("list.statusTabs")}
        tabs={[
          { label: t("list.all"), href: href(), active: !status, count: all },
          ...(["OPEN", "LIMITED", "CLOSED"] as const).map((s) => ({ label: tStatus(s), href: href(s), active: status === s, count: byStatus[s] ?? 0 })),
        ]}
      />
      <SearchForm action="/admin/catalogs" q={q} label={t("list.searchLabel")} placeholder={t("list.searchPlaceholder")} keep={{ status: status?.toLowerCase() }} cut={cut.includes("q")} />
      {rows.length === 0 ? (
        <EmptyState title={q || status ? t("list.noMatch") : t("list.empty")}>
          {!q && !status && <Link className="text-brand-700 underline" href="/admin/catalogs/new">{t("list.createFirst")}</Link>}
        </EmptyState>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th>{t("list.name")}</Th>
                <Th>{t("list.season")}</Th>
                <Th>{t("list.status")}</Th>
                <Th>{t("list.publicationDate")}</Th>
                <Th>{t("list.orderDeadline")}</Th>
                <Th className="text-right">{t("list.products")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/admin/catalogs/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                  </Td>
                  <Td>{c.season ?? "—"}</Td>
                  <Td>
                    <Badge tone={TONES[c.status]}>{tStatus(c.status)}</Badge>
                    {c.status === "LIMITED" && <span className="ml-2 text-xs text-slate-500">{t("list.buyers", { count: c._count.buyerAccess })}</span>}
                  </Td>
                  <Td>{date(c.publicationDate)}</Td>
                  <Td>{date(c.orderDeadline)}</Td>
                  <Td className="text-right tabular-nums">{format.number(c._count.products)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination pathname="/admin/catalogs" search={search} page={page.page} pageSize={page.pageSize} total={total} />
        </>
      )}
    </>
  );
}
