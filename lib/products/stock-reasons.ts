// The reasons the app records on the stock movements it makes itself (a person's adjustment records
// the reason they typed). They are stored as written here, in every brand's history, and shown in
// the viewer's language (products.detail.movement.*).
export const INITIAL_STOCK_REASON = "Initial stock";
export const IMPORT_REASON = "Import";
/** A stock change through the integration API that gave no reason of its own. */
export const API_STOCK_REASON = "API";

const SYSTEM_REASONS = {
  [INITIAL_STOCK_REASON]: "initialStock",
  [IMPORT_REASON]: "import",
  [API_STOCK_REASON]: "api",
  // Written by shipping (lib/shipping/prepare-release.ts, lib/shipping/cancel-orders.ts).
  "release.allocate": "releaseAllocate",
  "release.cancel": "releaseCancel",
} as const;

export type SystemStockReason = (typeof SYSTEM_REASONS)[keyof typeof SYSTEM_REASONS];

/** The catalogue name of a reason the app wrote, or null for a person's own words. */
export function systemStockReason(reason: string): SystemStockReason | null {
  return Object.hasOwn(SYSTEM_REASONS, reason) ? SYSTEM_REASONS[reason as keyof typeof SYSTEM_REASONS] : null;
}
