// Used by the rebuild script as well as the app, so it does not import "server-only".
// Rebuilding the report rollups from the raw order rows (the database triggers keep them equal
// on every write; a rebuild repairs drift after a bulk load that bypassed them or a manual fix).
import type { PrismaClient } from "@/lib/db/client";
import { TRANSACTION_OPTIONS } from "@/lib/db/client";

export const ROLLUP_TABLES = ["ReportSalesDaily", "ReportBuyerDaily", "ReportSkuDaily", "ReportSkuTotal"] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

/** Each rollup table and the SQL function that computes a brand's rows of it from the raw rows. */
export const ROLLUP_SOURCES: Record<RollupTable, string> = {
  ReportSalesDaily: "report_sales_daily_of",
  ReportBuyerDaily: "report_buyer_daily_of",
  ReportSkuDaily: "report_sku_daily_of",
  ReportSkuTotal: "report_sku_total_of",
};

/**
 * Rows where a brand's rollup differs from the GROUP BY over its raw rows, per table (0 = equal).
 * Counts rows in either and not the other, so a missing, extra or wrong row each show.
 */
export async function rollupDrift(db: Pick<PrismaClient, "$queryRawUnsafe">, brandId: string): Promise<Record<RollupTable, number>> {
  const drift = {} as Record<RollupTable, number>;
  for (const table of ROLLUP_TABLES) {
    const source = ROLLUP_SOURCES[table];
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT ((SELECT count(*) FROM (SELECT * FROM "${table}" WHERE "brandId" = $1 EXCEPT ALL SELECT * FROM ${source}($1)) a)
             + (SELECT count(*) FROM (SELECT * FROM ${source}($1) EXCEPT ALL SELECT * FROM "${table}" WHERE "brandId" = $1) b))::int AS n`,
      brandId,
    );
    drift[table] = row.n;
  }
  return drift;
}

/**
 * Rebuilds one brand's rollups in one transaction. The EXCLUSIVE locks wait for every open write
 * that moved a rollup (its trigger holds the tables' row locks) and hold new ones until the rebuild
 * commits, so no order is counted twice or lost across it; reads go on meanwhile.
 */
export async function rebuildBrandRollups(db: PrismaClient, brandId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`LOCK TABLE ${ROLLUP_TABLES.map((t) => `"${t}"`).join(", ")} IN EXCLUSIVE MODE`);
    await tx.$executeRaw`SELECT report_rebuild_brand(${brandId})`;
  }, { ...TRANSACTION_OPTIONS, timeout: 15 * 60_000 });
}
