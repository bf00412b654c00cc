import { ChannelReportView } from "@/components/reports/channel-report-view";
import { ReportFilters } from "@/components/reports/report-filters";
import { pageParams } from "@/lib/pagination/page-params";
import { getChannelReport } from "@/lib/reports/channel-report";
import type { Search } from "@/lib/reports/report-context";
import { reportPage } from "@/lib/reports/report-page";

export default async function ChannelReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { ctx, search, report } = await reportPage(searchParams);
  const page = pageParams(search);
  const channels = await getChannelReport(ctx.brand.id, report.filters, { page: page.page, pageSize: page.pageSize });
  return (
    <>
      <ReportFilters report={report} />
      <ChannelReportView report={channels} filters={report.filters} page={page.page} pageSize={page.pageSize} search={search} />
    </>
  );
}
