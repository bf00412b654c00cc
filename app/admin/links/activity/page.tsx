import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { LinkDateTime } from "@/components/links/link-date-time";
import { LinkEventText } from "@/components/links/link-history";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireBrandPage } from "@/lib/auth/guards";
import type { OrderLinkType } from "@/lib/db/generated/enums";
import { listDeletedLinkActivity } from "@/lib/links/queries";
import { pageParams } from "@/lib/pagination/page-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("links.activity");
  return { title: t("title") };
}

const LINK_TYPES: readonly string[] = ["INSTANT", "DYNAMIC_BRAND", "CUSTOMER"] satisfies OrderLinkType[];

export default async function DeletedLinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("links.manage");
  const t = await getTranslations("links");
  const tType = await getTranslations("status.linkType");
  const search = await searchParams;
  const page = pageParams(search);
  const { rows, total } = await listDeletedLinkActivity(ctx.brand.id, page);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/links" className="text-brand-700 hover:underline">
          ← {t("title")}
        </Link>
      </p>
      <PageHeader title={t("activity.title")} description={t("activity.description")} />
      {rows.length === 0 ? (
        <EmptyState title={t("activity.empty")} />
      ) : (
        <>
          <Table data-testid="deleted-links">
            <thead>
              <tr>
                <Th>{t("activity.name")}</Th>
                <Th>{t("activity.type")}</Th>
                <Th>{t("activity.what")}</Th>
                <Th>{t("activity.by")}</Th>
                <Th>{t("activity.when")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((e) => {
                const data = (e.data ?? {}) as { name?: string; type?: string };
                return (
                  <tr key={e.id}>
                    <Td className="min-w-48 font-medium wrap-anywhere">{data.name ?? e.entityId}</Td>
                    <Td>{data.type && LINK_TYPES.includes(data.type) ? tType(data.type as OrderLinkType) : "—"}</Td>
                    <Td>
                      <LinkEventText event={{ action: "link.delete", fromStatus: e.fromStatus, toStatus: e.toStatus }} />
                    </Td>
                    <Td>{e.actorLabel}</Td>
                    <Td className="whitespace-nowrap">
                      <LinkDateTime value={e.createdAt} />
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
