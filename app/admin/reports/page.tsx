import { ReportFilters } from "@/components/reports/report-filters";
import { SalesReportView } from "@/components/reports/sales-report-view";
import type { Search } from "@/lib/reports/report-context";
import { reportPage } from "@/lib/reports/report-page";
import { getSalesOverTime } from "@/lib/reports/sales-report";

export default async function SalesReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { ctx, report } = await reportPage(searchParams);
  const sales = await getSalesOverTime(ctx.brand.id, report.filters);
  return (
    <>
      <ReportFilters report={report} showTimeControls />
      <SalesReportView sales={sales} filters={report.filters} />
    </>
  );
}
