// One tab's links: name, status, catalogs, release/expiration dates, created date, and the row's
// actions (Copy this link, Status Update, Edit).
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { linkPath } from "@/lib/links/link-types";
import type { LinkListRow } from "@/lib/links/queries";
import { CopyLinkButton } from "./copy-link-button";
import { LinkDateTime } from "./link-date-time";
import { CatalogStatusBadge, LinkStatusBadge } from "./link-status-badge";
import { StatusUpdateDialog } from "./status-update-dialog";

export function LinksTable({ rows }: { rows: LinkListRow[] }) {
  const t = useTranslations("links.table");
  const tc = useTranslations("common");
  const format = useFormatter();
  return (
    <Table data-testid="links-table">
      <thead>
        <tr>
          <Th>{t("name")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("catalogs")}</Th>
          <Th>{t("dates")}</Th>
          <Th>{t("created")}</Th>
          <Th className="text-right">{t("actions")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((link) => (
          <tr key={link.id} data-testid="link-row">
            <Td className="min-w-36 max-w-64 wrap-anywhere">
              <Link href={`/admin/links/${link.id}`} className="font-medium text-brand-700 hover:underline">
                {link.name}
              </Link>
            </Td>
            <Td>
              <LinkStatusBadge status={link.status} />
            </Td>
            <Td className="min-w-40 max-w-64">
              <ul className="space-y-1">
                {link.catalogs.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-x-2">
                    <span>{c.name}</span>
                    <CatalogStatusBadge status={c.status} />
                  </li>
                ))}
              </ul>
            </Td>
            <Td className="whitespace-nowrap text-xs">
              <p>
                <span className="sr-only">{t("releaseDate")} </span>
                <LinkDateTime value={link.releaseAt} empty={t("noReleaseDate")} />
              </p>
              <p className="text-slate-500">
                <span className="sr-only">{t("expirationDate")} </span>
                {link.expiresAt ? t("until", { date: format.dateTime(link.expiresAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("noExpiration")}
              </p>
            </Td>
            <Td className="whitespace-nowrap text-xs">
              <LinkDateTime value={link.createdAt} dateOnly />
            </Td>
            <Td>
              {/* Wraps onto a second line rather than pushing Status Update and Edit off-screen. */}
              <div className="flex flex-wrap justify-end gap-2">
                <CopyLinkButton path={linkPath(link.token)} />
                <StatusUpdateDialog link={link} />
                <Link href={`/admin/links/${link.id}/edit`} className="inline-flex h-8 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100">
                  {tc("edit")}
                </Link>
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
