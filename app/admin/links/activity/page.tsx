import type { Metadata } from "next";
import Link from "next/link";
import { describeLinkEvent } from "@/components/links/link-history";
import { LocalDateTime } from "@/components/links/local-date-time";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireBrandPage } from "@/lib/auth/guards";
import { linkTabOfType } from "@/lib/links/link-types";
import { listDeletedLinkActivity } from "@/lib/links/queries";
import { pageParams } from "@/lib/pagination/page-params";

export const metadata: Metadata = { title: "Deleted links log" };

export default async function DeletedLinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("links.manage");
  const search = await searchParams;
  const page = pageParams(search);
  const { rows, total } = await listDeletedLinkActivity(ctx.brand.id, page);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/links" className="text-brand-700 hover:underline">
          ← Link Management
        </Link>
      </p>
      <PageHeader title="Deleted links log" description="Deleted links cannot be restored: only this record of who deleted them, and when, remains." />
      {rows.length === 0 ? (
        <EmptyState title="No links have been deleted." />
      ) : (
        <>
          <Table data-testid="deleted-links">
            <thead>
              <tr>
                <Th>Link Name</Th>
                <Th>Type</Th>
                <Th>What happened</Th>
                <Th>By</Th>
                <Th>When</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((e) => {
                const data = (e.data ?? {}) as { name?: string; type?: "INSTANT" | "DYNAMIC_BRAND" | "CUSTOMER" };
                return (
                  <tr key={e.id}>
                    <Td className="min-w-48 font-medium wrap-anywhere">{data.name ?? e.entityId}</Td>
                    <Td>{data.type ? linkTabOfType(data.type).singular : "—"}</Td>
                    <Td>{describeLinkEvent({ action: "link.delete", fromStatus: e.fromStatus, toStatus: e.toStatus })}</Td>
                    <Td>{e.actorLabel}</Td>
                    <Td className="whitespace-nowrap">
                      <LocalDateTime value={e.createdAt} />
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination pathname="/admin/links/activity" search={search} page={page.page} pageSize={page.pageSize} total={total} />
        </>
      )}
    </>
  );
}
