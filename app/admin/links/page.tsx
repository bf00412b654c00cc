import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { LinksTable } from "@/components/links/links-table";
import { LinksToolbar } from "@/components/links/links-toolbar";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { TabsNav } from "@/components/ui/tabs-nav";
import { requireBrandPage } from "@/lib/auth/guards";
import { LINK_TABS, linkTabOf } from "@/lib/links/link-types";
import { countLinksByType, listLinks } from "@/lib/links/queries";
import { linkListFilters } from "@/lib/links/schemas";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("links");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function LinksPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireBrandPage("links.manage");
  const t = await getTranslations("links");
  const { values: search, cut } = readListQuery(await searchParams);
  const tab = linkTabOf(search.tab);
  const filters = linkListFilters(search);
  const page = pageParams(search);
  const [{ rows, total }, counts] = await Promise.all([listLinks(ctx.brand.id, tab.type, filters, page), countLinksByType(ctx.brand.id)]);
  const filtered = Boolean(filters.q || filters.status);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/admin/links/activity" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">
              {t("activity.title")}
            </Link>
            <Link href={`/admin/links/new?tab=${tab.tab}`} className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
              {t("createNew")}
            </Link>
          </>
        }
      />
      <TabsNav
        label={t("tabsLabel")}
        tabs={LINK_TABS.map((l) => ({ href: `/admin/links?tab=${l.tab}`, label: t(`tabs.${l.tab}`), active: l.tab === tab.tab, count: counts[l.type] }))}
      />
      <LinksToolbar tab={tab.tab} filters={filters} cut={cut} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? t("empty.filtered") : t(`empty.${tab.tab}`)}>
          {filtered ? (
            <Link href={`/admin/links?tab=${tab.tab}`} className="font-medium text-brand-700 hover:underline">
              {t("empty.clearSearch")}
            </Link>
          ) : (
            <Link href={`/admin/links/new?tab=${tab.tab}`} className="font-medium text-brand-700 hover:underline">
              {t("createNew")}
            </Link>
          )}
        </EmptyState>
      ) : (
        <>
          <LinksTable rows={rows} />
          <Pagination pathname="/admin/links" search={{ ...search, tab: tab.tab }} page={page.page} pageSize={page.pageSize} total={total} />
        </>
      )}
    </>
  );
}
