import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Catalogs" };

const LABELS: Record<CatalogStatus, string> = { OPEN: "Open", LIMITED: "Limited", CLOSED: "Closed" };
const TONES: Record<CatalogStatus, BadgeTone> = { OPEN: "green", LIMITED: "amber", CLOSED: "gray" };
const date = (d: Date | null) => (d ? d.toLocaleDateString("en-CA") : "—");

export default async function CatalogsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("catalogs.manage");
  const { values: search, cut } = readListQuery(await searchParams);
  const { q, status } = parseCatalogListFilters(search);
  const page = pageParams(search);
  const { total, rows, byStatus } = await listCatalogs(ctx.brand.id, { q, status }, page);
  const all = Object.values(byStatus).reduce((n, c) => n + (c ?? 0), 0);
  const href = (s?: CatalogStatus) => `/admin/catalogs${s ? `?status=${s.toLowerCase()}` : ""}`;
  return (
    <>
      <PageHeader
        title="Catalogs"
        description="Collections of products offered to buyers, with their own dates, prices and settings."
        actions={
          <>
            <Link href="/admin/products" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
              Products
            </Link>
            <Link href="/admin/lookbooks" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
              Lookbooks
            </Link>
            <Link href="/admin/catalogs/new" className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
              New catalog
            </Link>
          </>
        }
      />
      <TabsNav
        label="Catalog status"
        tabs={[
          { label: "All", href: href(), active: !status, count: all },
          ...(["OPEN", "LIMITED", "CLOSED"] as const).map((s) => ({ label: LABELS[s], href: href(s), active: status === s, count: byStatus[s] ?? 0 })),
        ]}
      />
      <SearchForm action="/admin/catalogs" q={q} label="Search catalogs" placeholder="Catalog name or season" keep={{ status: status?.toLowerCase() }} cut={cut.includes("q")} />
      {rows.length === 0 ? (
        <EmptyState title={q || status ? "No catalogs match." : "No catalogs yet."}>
          {!q && !status && <Link className="text-brand-700 underline" href="/admin/catalogs/new">Create your first catalog</Link>}
        </EmptyState>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Season</Th>
                <Th>Status</Th>
                <Th>Publication date</Th>
                <Th>Order deadline</Th>
                <Th className="text-right">Products</Th>
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
                    <Badge tone={TONES[c.status]}>{LABELS[c.status]}</Badge>
                    {c.status === "LIMITED" && <span className="ml-2 text-xs text-slate-500">{c._count.buyerAccess} {c._count.buyerAccess === 1 ? "buyer" : "buyers"}</span>}
                  </Td>
                  <Td>{date(c.publicationDate)}</Td>
                  <Td>{date(c.orderDeadline)}</Td>
                  <Td className="text-right tabular-nums">{c._count.products}</Td>
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
