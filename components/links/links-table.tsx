// One tab's links: name, status, catalogs, release/expiration dates, created date, and the row's
// actions (Copy this link, Status Update, Edit).
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { linkPath } from "@/lib/links/link-types";
import type { LinkListRow } from "@/lib/links/queries";
import { CopyLinkButton } from "./copy-link-button";
import { CatalogStatusBadge, LinkStatusBadge } from "./link-status-badge";
import { LocalDateTime } from "./local-date-time";
import { StatusUpdateDialog } from "./status-update-dialog";

export function LinksTable({ rows }: { rows: LinkListRow[] }) {
  return (
    <Table data-testid="links-table">
      <thead>
        <tr>
          <Th>Link Name</Th>
          <Th>Status</Th>
          <Th>Catalogs</Th>
          <Th>Release Date / Expiration Date</Th>
          <Th>Created</Th>
          <Th className="text-right">Actions</Th>
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
                <span className="sr-only">Release Date: </span>
                <LocalDateTime value={link.releaseAt} empty="No release date" />
              </p>
              <p className="text-slate-500">
                <span className="sr-only">Expiration Date: </span>
                until <LocalDateTime value={link.expiresAt} empty="no expiration" />
              </p>
            </Td>
            <Td className="whitespace-nowrap text-xs">
              <LocalDateTime value={link.createdAt} dateOnly />
            </Td>
            <Td>
              {/* Wraps onto a second line rather than pushing Status Update and Edit off-screen. */}
              <div className="flex flex-wrap justify-end gap-2">
                <CopyLinkButton path={linkPath(link.token)} />
                <StatusUpdateDialog link={link} />
                <Link href={`/admin/links/${link.id}/edit`} className="inline-flex h-8 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100">
                  Edit
                </Link>
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
