import "server-only";
// The start of every Reports page: the member must be allowed to read reports (OPS and others get
// a 404), and an address naming another brand's link or buyer is a 404 too.
import { notFound } from "next/navigation";
import { requireBrandPage } from "@/lib/auth/guards";
import { loadReportContext, type Search } from "./report-context";

export async function reportPage(searchParams: Promise<Search>) {
  const ctx = await requireBrandPage("reports.view");
  const search = await searchParams;
  const report = await loadReportContext(ctx, search);
  if (!report) notFound();
  return { ctx, search, report };
}
