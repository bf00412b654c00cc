import "server-only";
// Sales over time: orders, units and value per day, week (from Monday) or month of the brand's
// calendar, every bucket of the range present (zeros included), and a comparison side by side.
//
// The range is the filters' from..to; an open end is the data's first or last day. Buckets are
// capped at about 400: a day grain over a longer range becomes weeks, a week grain over more than
// 400 weeks becomes months (the answer's `grain` says which was used). A month grain over more than
// 400 months (only typed dates can ask for that) is narrowed to the days that have orders.
//
// Comparisons (bucket i beside bucket i; the comparison covers as many days as the range):
// - previous-period: the same number of days just before the range's first day.
// - previous-season: with a catalog filter, the season before it (lib/reports/seasons.ts), placed
//   at the same distance from its first order day as the range is from the current season's first
//   order day (a season with no order counts from its start day); without a catalog, or for the
//   first season, there is no comparison.
import { readPrisma } from "@/lib/db/replica";
import type { ReportFilters, ReportGrain } from "./filters";
import { addMeasures, addDays, daysBetween, measures, ZERO } from "./report-query";
import { seasonAndPrevious } from "./seasons";
import { salesSource, type ReportSource } from "./sources";
import type { Measures, SalesComparison, SalesOverTime, SalesPoint } from "./types";

/** At most this many day (or week) buckets before the grain coarsens. */
export const MAX_BUCKETS = 400;

type Bucket = { period: string } & Measures;
type Series = { from: string | null; to: string | null; grain: ReportGrain; buckets: Bucket[]; totals: Measures };

type SeriesRow = { lo: string | null; hi: string | null; grain: ReportGrain; period: string | null; orders: number; units: number; value: number };

/**
 * One statement: the range (open ends from the data), the grain within the bucket cap (unless
 * `fixedGrain`), every bucket of the range and the source's sums in each.
 */
async function series(source: ReportSource, from: string | null, to: string | null, grain: ReportGrain, fixedGrain: boolean): Promise<Series> {
  const db = await readPrisma();
  const rows = await db.$queryRaw<SeriesRow[]>`
    WITH f AS (SELECT f.day, f.orders, f.units, f.value FROM ${source.from}),
    d AS (SELECT min(day) AS dmin, max(day) AS dmax FROM f),
    r0 AS (SELECT COALESCE(${from}::date, dmin, ${to}::date) AS lo, COALESCE(${to}::date, dmax, ${from}::date) AS hi, dmin, dmax FROM d),
    r AS (
      SELECT CASE WHEN hi - lo < ${MAX_BUCKETS * 31} THEN lo WHEN dmin IS NULL THEN NULL ELSE GREATEST(lo, dmin) END AS lo,
             CASE WHEN hi - lo < ${MAX_BUCKETS * 31} THEN hi WHEN dmax IS NULL THEN NULL ELSE LEAST(hi, dmax) END AS hi
      FROM r0
    ),
    g AS (
      SELECT lo, hi, CASE
        WHEN ${fixedGrain}::boolean OR ${grain}::text = 'month' THEN ${grain}::text
        WHEN ${grain}::text = 'day' AND hi - lo < ${MAX_BUCKETS} THEN 'day'
        WHEN hi - lo < ${MAX_BUCKETS * 7} THEN 'week'
        ELSE 'month' END AS grain
      FROM r
    ),
    b AS (
      SELECT generate_series(date_trunc(g.grain, g.lo::timestamp), date_trunc(g.grain, g.hi::timestamp), ('1 ' || g.grain)::interval)::date AS period
      FROM g WHERE g.lo IS NOT NULL AND g.hi IS NOT NULL
    ),
    a AS (
      SELECT date_trunc((SELECT grain FROM g), f.day::timestamp)::date AS period, sum(f.orders) AS orders, sum(f.units) AS units, sum(f.value) AS value
      FROM f GROUP BY 1
    )
    SELECT to_char(g.lo, 'YYYY-MM-DD') AS lo, to_char(g.hi, 'YYYY-MM-DD') AS hi, g.grain, to_char(b.period, 'YYYY-MM-DD') AS period,
           COALESCE(a.orders, 0)::int AS orders, COALESCE(a.units, 0)::int AS units, COALESCE(a.value, 0)::float8 AS value
    FROM g LEFT JOIN b ON true LEFT JOIN a ON a.period = b.period
    ORDER BY b.period`;
  const first = rows[0];
  const buckets = rows.filter((r) => r.period !== null).map((r) => ({ period: r.period!, ...measures(r) }));
  return {
    from: first?.lo ?? null,
    to: first?.hi ?? null,
    grain: first?.grain ?? grain,
    buckets,
    totals: buckets.reduce<Measures>((sum, b) => addMeasures(sum, b), ZERO),
  };
}

type Comparison = { meta: SalesComparison; series: Series };

async function previousPeriod(brandId: string, filters: ReportFilters, current: Series): Promise<Comparison | null> {
  if (!current.from || !current.to) return null;
  const length = daysBetween(current.from, current.to);
  const to = addDays(current.from, -1);
  const from = addDays(to, -length);
  const series_ = await series(salesSource(brandId, { ...filters, from, to }), from, to, current.grain, true);
  return { meta: { kind: "previous-period", from, to }, series: series_ };
}

/** First order day of a season within the filters (dates aside), and its last. */
async function seasonDays(brandId: string, filters: ReportFilters, currentId: string, previousId: string) {
  const db = await readPrisma();
  const undated = { ...filters, from: null, to: null };
  const current = salesSource(brandId, { ...undated, catalogId: currentId });
  const previous = salesSource(brandId, { ...undated, catalogId: previousId });
  const [row] = await db.$queryRaw<{ currentFirst: string | null; previousFirst: string | null; previousLast: string | null }[]>`
    SELECT to_char(c.first, 'YYYY-MM-DD') AS "currentFirst", to_char(p.first, 'YYYY-MM-DD') AS "previousFirst", to_char(p.last, 'YYYY-MM-DD') AS "previousLast"
    FROM (SELECT min(f.day) AS first FROM ${current.from}) c, (SELECT min(f.day) AS first, max(f.day) AS last FROM ${previous.from}) p`;
  return row;
}

async function previousSeason(brandId: string, filters: ReportFilters, current: Series): Promise<Comparison | null> {
  if (!filters.catalogId) return null;
  const seasons = await seasonAndPrevious(brandId, filters.catalogId);
  if (!seasons.current || !seasons.previous) return null;
  const days = await seasonDays(brandId, filters, seasons.current.id, seasons.previous.id);
  const previousAnchor = days.previousFirst ?? seasons.previous.startDay;
  let from: string;
  let to: string;
  if (current.from && current.to) {
    const offset = daysBetween(days.currentFirst ?? seasons.current.startDay, current.from);
    from = addDays(previousAnchor, offset);
    to = addDays(from, daysBetween(current.from, current.to));
  } else {
    // Nothing to place it against: the previous season's own days.
    from = previousAnchor;
    to = days.previousLast ?? previousAnchor;
  }
  const previous = { ...filters, catalogId: seasons.previous.id, from, to };
  const series_ = await series(salesSource(brandId, previous), from, to, current.grain, true);
  return { meta: { kind: "previous-season", catalogId: seasons.previous.id, catalogName: seasons.previous.name, from, to }, series: series_ };
}

/** Ordered orders, units and value per day / week / month, with the comparison the filters ask for. */
export async function getSalesOverTime(brandId: string, filters: ReportFilters): Promise<SalesOverTime> {
  const source = salesSource(brandId, filters);
  const current = await series(source, filters.from, filters.to, filters.grain, false);
  const comparison =
    filters.compare === "previous-period" ? await previousPeriod(brandId, filters, current)
    : filters.compare === "previous-season" ? await previousSeason(brandId, filters, current)
    : null;
  const points: SalesPoint[] = current.buckets.map((b, i) => {
    const other = comparison?.series.buckets[i];
    return {
      period: b.period,
      current: { orders: b.orders, units: b.units, value: b.value },
      comparison: other ? { orders: other.orders, units: other.units, value: other.value } : null,
      comparisonPeriod: other?.period ?? null,
    };
  });
  return {
    grain: current.grain,
    from: current.from,
    to: current.to,
    points,
    totals: current.totals,
    comparison: comparison?.meta ?? null,
    comparisonTotals: comparison?.series.totals ?? null,
    source: source.kind,
  };
}
