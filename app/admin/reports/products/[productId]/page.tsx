import { notFound } from "next/navigation";
import { ProductBreakdownView } from "@/components/reports/product-breakdown-view";
import { ReportFilters } from "@/components/reports/report-filters";
import { getProductBreakdown } from "@/lib/reports/product-report";
import type { Search } from "@/lib/reports/report-context";
import { reportPage } from "@/lib/reports/report-page";

export default async function ProductBreakdownPage({ params, searchParams }: { params: Promise<{ productId: string }>; searchParams: Promise<Search> }) {
  const { ctx, report } = await reportPage(searchParams);
  const { productId } = await params;
  const breakdown = await getProductBreakdown(ctx.brand.id, report.filters, productId);
  if (!breakdown) notFound();
  return (
    <>
      <ReportFilters report={report} />
      <ProductBreakdownView breakdown={breakdown} filters={report.filters} />
    </>
  );
}
