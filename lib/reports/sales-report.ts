import "server-only";
import type { ReportFilters } from "./filters";
import type { SalesOverTime } from "./types";

/** Ordered orders, units and value per day / week / month, with the comparison the filters ask for. */
export async function getSalesOverTime(brandId: string, filters: ReportFilters): Promise<SalesOverTime> {
  throw new Error(`getSalesOverTime is not built yet (${brandId}, ${filters.currency})`);
}
