import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { BuyerSearchForm } from "@/components/buyers/buyer-search-form";
import { ConnectionsTable } from "@/components/buyers/connections-table";
import { InvitationsTable } from "@/components/buyers/invitations-table";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { TabsNav } from "@/components/ui/tabs-nav";
import { requireBrandPage } from "@/lib/auth/guards";
import { listInvitations, searchConnections } from "@/lib/buyers/queries";
import { parseBuyerSearch } from "@/lib/buyers/schemas";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyers");
  return { title: t("title") };
}

type Search = Record<string, string>;

export default async function BuyersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("buyers.manage");
  const { values: search, cut } = readListQuery(await searchParams);
  const tab = search.tab === "invitations" ? "invitations" : "connected";
  const page = pageParams(search);
  const linkClass = "inline-flex h-10 items-center rounded-md px-4 text-sm font-medium";
  const t = await getTranslations("buyers");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/admin/buyers/invite" className={`${linkClass} bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50`}>
              {t("inviteBuyer")}
            </Link>
            <Link href="/admin/buyers/new" className={`${linkClass} bg-brand-600 text-white hover:bg-brand-700`}>
              {t("createOfflineBuyer")}
            </Link>
          </>
        }
      />
      <TabsNav
        label={t("tabs.label")}
        tabs={[
          { href: "/admin/buyers", label: t("tabs.connected"), active: tab === "connected" },
          { href: "/admin/buyers?tab=invitations", label: t("tabs.invitations"), active: tab === "invitations" },
        ]}
      />
      {tab === "connected" ? <ConnectedBuyersTab brandId={ctx.brand.id} search={search} cut={cut} page={page} /> : <InvitationsTab brandId={ctx.brand.id} search={search} page={page} />}
    </>
  );
}

async function ConnectedBuyersTab({ brandId, search, cut, page }: { brandId: string; search: Search; cut: string[]; page: ReturnType<typeof pageParams> }) {
  const filters = parseBuyerSearch(search);
  const { total, rows } = await searchConnections(brandId, filters, page);
  const t = await getTranslations("buyers.list");
  return (
    <>
      <BuyerSearchForm search={filters} cut={cut} />
      {rows.length === 0 ? (
        <EmptyState title={filters.status === "CLOSED" ? t("emptyClosed") : t("emptyConnected")}>{t("emptyHint")}</EmptyState>
      ) : (
        <>
          <ConnectionsTable rows={rows} />
          <Pagination pathname="/admin/buyers" search={search} page={page.page} pageSize={page.pageSize} total={total} />
        </>
      )}
    </>
  );
}

async function InvitationsTab({ brandId, search, page }: { brandId: string; search: Search; page: ReturnType<typeof pageParams> }) {
  const { total, rows } = await listInvitations(brandId, page);
  if (rows.length === 0) {
    const t = await getTranslations("buyers.list");
    return <EmptyState title={t("noInvitations")}>{t("noInvitationsHint")}</EmptyState>;
  }
  return (
    <>
      <InvitationsTable rows={rows} />
      <Pagination pathname="/admin/buyers" search={search} page={page.page} pageSize={page.pageSize} total={total} />
    </>
  );
}
