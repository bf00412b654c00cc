import "server-only";
// What every Reports page and export starts from: the brand member (reports.view), the filters read
// from the address with the brand's currency as default, the names of the link / buyer / catalog /
// tag they name, and the brand's today. Another brand's id in the address is a 404, never a report.
import type { BrandContext } from "@/lib/auth/context";
import { todayIn } from "@/lib/checkout/calendar-day";
import { NotFoundError } from "@/lib/errors/app-error";
import { readReportFilters, type ReportFilterErrors, type ReportFilters } from "./filters";
import { describeReportSubjects, getReportFilterOptions, type ReportFilterOptions } from "./options";

export type Search = Record<string, string | string[] | undefined>;
export type ReportSubjects = Awaited<ReturnType<typeof describeReportSubjects>>;

export type ReportContext = {
  filters: ReportFilters;
  errors: ReportFilterErrors;
  options: ReportFilterOptions;
  subjects: ReportSubjects;
  /** The brand's today ("YYYY-MM-DD" in its time zone): what the period presets count back from. */
  today: string;
};

/** The filters and what they name; null when the address names another brand's (or no) link, buyer, catalog or tag. */
export async function loadReportContext(ctx: BrandContext, search: Search): Promise<ReportContext | null> {
  const options = await getReportFilterOptions(ctx.brand.id);
  const { filters, errors } = readReportFilters(search, { currency: options.currencies[0] ?? ctx.brand.defaultCurrency });
  let subjects: ReportSubjects;
  try {
    subjects = await describeReportSubjects(ctx.brand.id, filters);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  return { filters, errors, options, subjects, today: todayIn(ctx.brand.timeZone) };
}
