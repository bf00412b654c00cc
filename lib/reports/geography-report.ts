import "server-only";
import type { ReportFilters } from "./filters";
import type { GeographyReport } from "./types";

/** Orders by country, and by prefecture / state within each country, of the shipping address. */
export async function getGeographyReport(brandId: string, filters: ReportFilters): Promise<GeographyReport> {
  throw new Error(`getGeographyReport is not built yet (${brandId}, ${filters.currency})`);
}
