import { BuyerReportView } from "@/components/reports/buyer-report-view";
import { ReengagementView } from "@/components/reports/reengagement-view";
import { ReportFilters } from "@/components/reports/report-filters";
import { pageParams } from "@/lib/pagination/page-params";
import { getBuyerReport, getReengagementList } from "@/lib/reports/buyer-report";
import type { Search } from "@/lib/reports/report-context";
import { reportPage } from "@/lib/reports/report-page";

export default async function BuyerReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { ctx, search, report } = await reportPage(searchParams);
  const page = pageParams(search);
  // The re-engagement list pages on its own (rpage), beside the top buyers.
  const reengagementPage = pageParams({ page: search.rpage });
  const [buyers, reengagement] = await Promise.all([
    getBuyerReport(ctx.brand.id, report.filters, { page: page.page, pageSize: page.pageSize }),
    report.filters.catalogId ? getReengagementList(ctx.brand.id, report.filters, { page: reengagementPage.page, pageSize: reengagementPage.pageSize }) : null,
  ]);
  return (
    <>
      <ReportFilters report={report} />
      <BuyerReportView report={buyers} filters={report.filters} page={page.page} pageSize={page.pageSize} search={search} />
      <ReengagementView list={reengagement} filters={report.filters} page={reengagementPage.page} pageSize={reengagementPage.pageSize} search={search} />
    </>
  );
}
