import "server-only";
// Geography: orders by the shipping address's country, and by its prefecture / state within each
// country (region '' when the address had none or was hidden; the page shows it as unknown).
// One statement: both groupings at once (GROUPING SETS).
import { readPrisma } from "@/lib/db/replica";
import type { ReportFilters } from "./filters";
import { measures } from "./report-query";
import { salesSource } from "./sources";
import type { GeographyReport } from "./types";

type Row = { country: string; region: string | null; orders: number; units: number; value: number };

/** Orders by country, and by prefecture / state within each country, of the shipping address. */
export async function getGeographyReport(brandId: string, filters: ReportFilters): Promise<GeographyReport> {
  const db = await readPrisma();
  const source = salesSource(brandId, filters);
  const rows = await db.$queryRaw<Row[]>`
    SELECT f.country, CASE WHEN grouping(f.region) = 0 THEN f.region END AS region,
           sum(f.orders)::int AS orders, sum(f.units)::int AS units, sum(f.value)::float8 AS value
    FROM ${source.from}
    GROUP BY GROUPING SETS ((f.country), (f.country, f.region))
    ORDER BY sum(f.value) DESC, f.country, f.region`;
  return {
    countries: rows.filter((r) => r.region === null).map((r) => ({ country: r.country, ...measures(r) })),
    regions: rows.filter((r) => r.region !== null).map((r) => ({ country: r.country, region: r.region!, ...measures(r) })),
  };
}
