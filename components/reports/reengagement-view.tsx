// "Ordered last season, not this one": buyers of the season before the chosen catalog who have
// not ordered in it yet, with how to reach them. Shown once a catalog (season) is chosen.
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName } from "@/lib/checkout/countries";
import { formatMoney } from "@/lib/money/format";
import type { ReportFilters } from "@/lib/reports/filters";
import { formatDay } from "@/lib/reports/periods";
import type { Search } from "@/lib/reports/report-context";
import type { ReengagementList } from "@/lib/reports/types";
import { ExportLinks } from "./export-links";
import { ReportSection } from "./report-section";

export function ReengagementView({ list, filters, page, pageSize, search }: { list: ReengagementList | null; filters: ReportFilters; page: number; pageSize: number; search: Search }) {
  const t = useTranslations("reports.reengagement");
  const locale = useLocale();
  const count = new Intl.NumberFormat(locale);
  return (
    <ReportSection testId="reengagement" actions={list && list.total > 0 ? <ExportLinks report="reengagement" filters={filters} name={t("title")} /> : undefined}>
      <Card className="min-w-0 p-4 sm:p-5">
        <h2 className="text-base font-semibold text-slate-900">{t("title")}</h2>
        {!list ? (
          <p className="mt-1 text-sm text-slate-600">{t("chooseCatalog")}</p>
        ) : !list.previousCatalog ? (
          <p className="mt-1 text-sm text-slate-600">{t("noPreviousSeason")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">{t("description", { previous: list.previousCatalog.name })}</p>
            {list.rows.length === 0 ? (
              <p className="mt-4 rounded-md border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">{t("empty")}</p>
            ) : (
              <div className="mt-4">
                <Table>
                  <caption className="sr-only">{t("title")}</caption>
                  <thead>
                    <tr>
                      <Th>{t("buyer")}</Th>
                      <Th>{t("contact")}</Th>
                      <Th>{t("country")}</Th>
                      <Th className="text-right">{t("previousOrders")}</Th>
                      <Th className="text-right">{t("previousValue")}</Th>
                      <Th>{t("lastOrder")}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {list.rows.map((r) => (
                      <tr key={r.buyerId}>
                        <th scope="row" className="px-3 py-2 text-left font-medium wrap-anywhere text-slate-800">{r.name}</th>
                        <Td className="wrap-anywhere">
                          {r.contactName && <span className="block">{r.contactName}</span>}
                          {r.email && <a href={`mailto:${r.email}`} className="block text-brand-700 hover:underline">{r.email}</a>}
                          {r.phone && <a href={`tel:${r.phone.replace(/[^\d+]/g, "")}`} className="block text-brand-700 hover:underline">{r.phone}</a>}
                          {!r.contactName && !r.email && !r.phone && <span className="text-slate-500">{t("noContact")}</span>}
                        </Td>
                        <Td>{countryName(r.country, locale)}</Td>
                        <Td className="text-right tabular-nums">{count.format(r.previousOrders)}</Td>
                        <Td className="text-right tabular-nums whitespace-nowrap">{formatMoney(r.previousValue, filters.currency, locale)}</Td>
                        <Td className="whitespace-nowrap">{formatDay(r.lastOrderDay, locale)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
            )}
            {list.total > 0 && <Pagination pathname="/admin/reports/buyers" search={search} page={page} pageSize={pageSize} total={list.total} shown={list.rows.length} param="rpage" label={t("pages")} />}
          </>
        )}
      </Card>
    </ReportSection>
  );
}
