import "server-only";
import type { ReportFilters } from "./filters";

export type ReportFilterOptions = {
  /** Currencies the brand has orders in (its default first). */
  currencies: string[];
  catalogs: { id: string; name: string; season: string | null }[];
  tags: { id: string; name: string }[];
};

/** What the filter bar offers. */
export async function getReportFilterOptions(brandId: string): Promise<ReportFilterOptions> {
  throw new Error(`getReportFilterOptions is not built yet (${brandId})`);
}

/** Names of the link, buyer, catalog and tag the filters name; NotFoundError when one is not this brand's. */
export async function describeReportSubjects(brandId: string, filters: ReportFilters): Promise<{ link: { id: string; name: string } | null; buyer: { id: string; name: string } | null; catalog: { id: string; name: string } | null; tag: { id: string; name: string } | null }> {
  throw new Error(`describeReportSubjects is not built yet (${brandId}, ${filters.currency})`);
}

/** Up to 20 of the brand's links (any status, deleted excluded) whose name contains the text. */
export async function searchReportLinks(brandId: string, text: string): Promise<{ id: string; name: string; type: string }[]> {
  throw new Error(`searchReportLinks is not built yet (${brandId}, ${text})`);
}

/** Up to 20 of the brand's buyers (connected or not, who ever ordered or are connected) whose name contains the text. */
export async function searchReportBuyers(brandId: string, text: string): Promise<{ id: string; name: string }[]> {
  throw new Error(`searchReportBuyers is not built yet (${brandId}, ${text})`);
}
