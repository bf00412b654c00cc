import "server-only";
import type { ReportFilters } from "./filters";
import type { BuyerReport, Paging, ReengagementList } from "./types";

/** Top buyers, new vs returning, average order value, last order day. */
export async function getBuyerReport(brandId: string, filters: ReportFilters, paging: Paging): Promise<BuyerReport> {
  throw new Error(`getBuyerReport is not built yet (${brandId}, ${filters.currency}, ${paging.page})`);
}

/** Buyers of the season before filters.catalogId who have not ordered in it, with their contact. */
export async function getReengagementList(brandId: string, filters: ReportFilters, paging: Paging): Promise<ReengagementList> {
  throw new Error(`getReengagementList is not built yet (${brandId}, ${filters.currency}, ${paging.page})`);
}
