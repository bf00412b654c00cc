import "server-only";
import type { DashboardHeadline } from "./types";

/** The season's headline figures and the last 30 days' sparkline for the dashboard. */
export async function getDashboardHeadline(brandId: string): Promise<DashboardHeadline> {
  throw new Error(`getDashboardHeadline is not built yet (${brandId})`);
}
