// Channels: Instant Order Links, Dynamic Brand Links, Customer Order Links and Buyer App Standard
// Orders side by side, then every link with its orders and value, each leading to its page.
import { useLocale, useTranslations } from "next-intl";
import { ChartWithTable } from "@/components/reports/charts/chart-with-table";
import { RankingBarChart } from "@/components/reports/charts/ranking-bar-chart";
import { Pagination } from "@/components/ui/pagination";
import type { ReportFilters } from "@/lib/reports/filters";
import type { Search } from "@/lib/reports/report-context";
import type { ChannelReport } from "@/lib/reports/types";
import { ExportLinks } from "./export-links";
import { ReportSection } from "./report-section";

export function ChannelReportView({ report, filters, page, pageSize, search }: { report: ChannelReport; filters: ReportFilters; page: number; pageSize: number; search: Search }) {
  const t = useTranslations("reports.channelReport");
  const tc = useTranslations("reports.channels");
  const locale = useLocale();
  const currency = filters.currency;
  const channels = report.channels.some((c) => c.orders > 0) ? report.channels : [];
  const linkName = (l: ChannelReport["links"][number]) => (l.deleted ? t("deletedLink", { name: l.name }) : l.name);
  return (
    <>
      <ReportSection testId="channels-report" actions={<ExportLinks report="channels" filters={filters} name={t("title")} />}>
        <ChartWithTable
          title={t("title")}
          description={t("description")}
          chart={<RankingBarChart items={channels.map((c) => ({ label: tc(c.channel), value: c.value }))} measure="value" currency={currency} locale={locale} />}
          columns={[{ header: t("channel") }, { header: t("orders"), measure: "orders" }, { header: t("units"), measure: "units" }, { header: t("value"), measure: "value", currency }]}
          rows={channels.map((c) => [tc(c.channel), c.orders, c.units, c.value])}
          locale={locale}
          emptyText={t("empty")}
        />
      </ReportSection>
      <ReportSection testId="links-report" actions={report.linkTotal > 0 ? <ExportLinks report="links" filters={filters} name={t("linksTitle")} /> : undefined}>
        <ChartWithTable
          title={t("linksTitle")}
          description={t("linksDescription")}
          chart={<RankingBarChart items={report.links.map((l) => ({ label: linkName(l), value: l.value }))} measure="value" currency={currency} locale={locale} />}
          columns={[{ header: t("link") }, { header: t("linkType") }, { header: t("orders"), measure: "orders" }, { header: t("units"), measure: "units" }, { header: t("value"), measure: "value", currency }]}
          rows={report.links.map((l) => [linkName(l), tc(l.type), l.orders, l.units, l.value])}
          rowHrefs={report.links.map((l) => (l.deleted ? null : `/admin/links/${l.linkId}`))}
          locale={locale}
          emptyText={t("noLinks")}
        />
        {report.linkTotal > 0 && <Pagination pathname="/admin/reports/channels" search={search} page={page} pageSize={pageSize} total={report.linkTotal} shown={report.links.length} />}
      </ReportSection>
    </>
  );
}
