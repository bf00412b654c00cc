// What each report answers: the contract between the report queries (lib/reports/*-report.ts)
// and the pages, exports and dashboard that show them. Money is in the currency's minor units, as
// everywhere in the app; one report is always in one currency (ReportFilters.currency).
import type { ReportChannel, ReportGrain } from "./filters";

export type Measures = { orders: number; units: number; value: number };

// ── Sales over time ──
export type SalesPoint = {
  /** First day of the bucket (YYYY-MM-DD): the day, the Monday of the week, the 1st of the month. */
  period: string;
  current: Measures;
  /** The comparison's bucket at the same position (null without a comparison or past its end). */
  comparison: Measures | null;
  /** First day of the comparison's bucket. */
  comparisonPeriod: string | null;
};
export type SalesComparison =
  | { kind: "previous-period"; from: string; to: string }
  | { kind: "previous-season"; catalogId: string; catalogName: string; from: string; to: string };
export type SalesOverTime = {
  /** The grain used: the filters', or a coarser one when the range holds more than ~400 buckets. */
  grain: ReportGrain;
  /** The range shown (the filters', or the data's first and last day when a filter leaves it open). */
  from: string | null;
  to: string | null;
  points: SalesPoint[];
  totals: Measures;
  comparison: SalesComparison | null;
  comparisonTotals: Measures | null;
  source: "rollup" | "raw";
};

// ── Products and SKUs ──
export type StockFigures = {
  /** Units in stock now. */
  stockOnHand: number;
  /** Units of released orders (stock already allocated to them at release). */
  allocatedUnits: number;
  /** Ordered ÷ (ordered + stock on hand), 0..1; null when both are 0. */
  sellThrough: number | null;
};
/** `orders` of a product or SKU: orders holding the SKU, summed over the product's SKUs (the rollups count per SKU). */
export type ProductRow = Measures & StockFigures & {
  productId: string;
  productCode: string;
  productName: string;
  /** "Colour / Size" of this product's SKUs with no stock left. */
  soldOutSkus: string[];
};
export type SkuCell = Measures & StockFigures & { skuId: string; code: string; color: string; size: string; soldOut: boolean };
export type ProductBreakdown = {
  product: { id: string; productCode: string; name: string };
  colors: string[];
  sizes: string[];
  /** Every SKU of the product, ordered or not, in SKU position order. */
  cells: SkuCell[];
  totals: Measures;
};
export type ProductSort = "value" | "units";
export type ProductRanking = { rows: ProductRow[]; total: number; totals: Measures; source: "rollup" | "raw" };

// ── Buyers ──
export type BuyerRow = Measures & {
  buyerId: string;
  name: string;
  country: string;
  averageOrderValue: number;
  /** Last day (brand's calendar) this buyer ordered within the filters. */
  lastOrderDay: string;
  /** No order from this buyer (in this currency) before the range's first day. */
  isNew: boolean;
};
export type BuyerReport = {
  rows: BuyerRow[];
  total: number;
  totals: Measures;
  averageOrderValue: number;
  newBuyers: number;
  returningBuyers: number;
  source: "rollup" | "raw";
};
export type ReengagementRow = {
  buyerId: string;
  name: string;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  country: string;
  /** Their orders and value in the previous season. */
  previousOrders: number;
  previousValue: number;
  lastOrderDay: string;
};
export type ReengagementList = { previousCatalog: { id: string; name: string } | null; rows: ReengagementRow[]; total: number };

// ── Channels ──
export type ChannelRow = Measures & { channel: ReportChannel };
export type LinkRow = Measures & { linkId: string; name: string; type: ReportChannel; deleted: boolean };
export type ChannelReport = { channels: ChannelRow[]; links: LinkRow[]; linkTotal: number };

// ── Geography ──
export type CountryRow = Measures & { country: string };
export type RegionRow = Measures & { country: string; region: string };
export type GeographyReport = { countries: CountryRow[]; regions: RegionRow[] };

// ── Dashboard ──
export type DashboardHeadline = {
  /** The season the figures are for: the open catalog with the latest publication, if any. */
  season: { catalogId: string; name: string } | null;
  currency: string;
  totals: Measures;
  buyers: number;
  /** Ordered value per day over the last 30 days (brand's calendar), oldest first, zeros included. */
  last30Days: { day: string; value: number }[];
};

export type Paging = { page: number; pageSize: number };
