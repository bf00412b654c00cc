import { ProductRankingView } from "@/components/reports/product-ranking-view";
import { ReportFilters } from "@/components/reports/report-filters";
import { pageParams } from "@/lib/pagination/page-params";
import { getProductRanking } from "@/lib/reports/product-report";
import type { Search } from "@/lib/reports/report-context";
import { reportPage } from "@/lib/reports/report-page";

export default async function ProductReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { ctx, search, report } = await reportPage(searchParams);
  const page = pageParams(search);
  const sort = search.sort === "units" ? "units" : "value";
  const ranking = await getProductRanking(ctx.brand.id, report.filters, sort, { page: page.page, pageSize: page.pageSize });
  return (
    <>
      <ReportFilters report={report} />
      <ProductRankingView ranking={ranking} filters={report.filters} sort={sort} page={page.page} pageSize={page.pageSize} search={search} />
    </>
  );
}
