import { GeographyReportView } from "@/components/reports/geography-report-view";
import { ReportFilters } from "@/components/reports/report-filters";
import { getGeographyReport } from "@/lib/reports/geography-report";
import type { Search } from "@/lib/reports/report-context";
import { reportPage } from "@/lib/reports/report-page";

export default async function GeographyReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { ctx, report } = await reportPage(searchParams);
  const geography = await getGeographyReport(ctx.brand.id, report.filters);
  return (
    <>
      <ReportFilters report={report} />
      <GeographyReportView report={geography} filters={report.filters} />
    </>
  );
}
