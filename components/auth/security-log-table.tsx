// A user's security log (lib/auth/security-log.ts): on their own profile page and, for staff, on
// the brand Owner's view of a member. Newest first, a page at a time.
import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { SecurityLogPage } from "@/lib/auth/security-log";
import { UNKNOWN_CLIENT } from "@/lib/http/client-address";

type Search = Record<string, string | string[] | undefined>;

export function SecurityLogTable({ log, page, pathname, search }: { log: SecurityLogPage; page: { page: number; pageSize: number }; pathname: string; search: Search }) {
  const t = useTranslations("auth.securityLog");
  const format = useFormatter();
  if (log.total === 0) return <EmptyState title={t("empty")} />;
  return (
    <>
      <Table data-testid="security-log">
        <thead>
          <tr>
            <Th>{t("when")}</Th>
            <Th>{t("event")}</Th>
            <Th>{t("address")}</Th>
            <Th>{t("browser")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {log.events.map((event) => (
            <tr key={event.id} data-event={event.type}>
              <Td className="whitespace-nowrap">{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
              <Td>{t(`events.${event.type}`)}</Td>
              <Td className="wrap-anywhere">{event.clientAddress === UNKNOWN_CLIENT ? t("unknownAddress") : event.clientAddress}</Td>
              <Td className="max-w-72 text-xs text-slate-500 wrap-anywhere">{event.userAgent ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination pathname={pathname} search={search} page={page.page} pageSize={page.pageSize} total={log.total} />
    </>
  );
}
