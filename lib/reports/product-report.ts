import "server-only";
import type { ReportFilters } from "./filters";
import type { Paging, ProductBreakdown, ProductRanking, ProductSort } from "./types";

/** Products ranked by value or units, with stock, allocation and sell-through. */
export async function getProductRanking(brandId: string, filters: ReportFilters, sort: ProductSort, paging: Paging): Promise<ProductRanking> {
  throw new Error(`getProductRanking is not built yet (${brandId}, ${filters.currency}, ${sort}, ${paging.page})`);
}

/** One product's colour × size grid; null when the product is not this brand's. */
export async function getProductBreakdown(brandId: string, filters: ReportFilters, productId: string): Promise<ProductBreakdown | null> {
  throw new Error(`getProductBreakdown is not built yet (${brandId}, ${filters.currency}, ${productId})`);
}
