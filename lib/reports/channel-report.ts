import "server-only";
import type { ReportFilters } from "./filters";
import type { ChannelReport, Measures, Paging } from "./types";

/** Orders per channel, and per link (paged, by value). */
export async function getChannelReport(brandId: string, filters: ReportFilters, paging: Paging): Promise<ChannelReport> {
  throw new Error(`getChannelReport is not built yet (${brandId}, ${filters.currency}, ${paging.page})`);
}

/** A link's own orders and value, per currency (its page), cancelled orders left out. */
export async function getLinkFigures(brandId: string, linkId: string): Promise<({ currency: string } & Measures)[]> {
  throw new Error(`getLinkFigures is not built yet (${brandId}, ${linkId})`);
}
