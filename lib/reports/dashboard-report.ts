import "server-only";
// The dashboard's headline: the current season's figures and a 30-day sparkline.
//
// The season is the brand's OPEN or LIMITED catalog with the latest publication date (its creation
// when it has none) among those already published; a catalog published in the future has not
// started selling. Its figures are in the brand's default currency, counting every order that
// still stands (placed, confirmed, released). The sparkline is the value ordered per day of the
// brand's last 30 calendar days (today included), every catalog, in the default currency.
import { readPrisma } from "@/lib/db/replica";
import { todayIn } from "@/lib/checkout/calendar-day";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { DEFAULT_REPORT_STATUSES, type ReportFilters } from "./filters";
import { addDays } from "./report-query";
import { buyerSource, salesSource } from "./sources";
import type { DashboardHeadline } from "./types";

const DAYS = 30;

type BrandRow = { timeZone: string; currency: string; catalogId: string | null; name: string | null };
type FiguresRow = { orders: number; units: number; value: number; buyers: number; day: string | null; dayValue: number | null };

/** The season's headline figures and the last 30 days' sparkline for the dashboard. */
export async function getDashboardHeadline(brandId: string): Promise<DashboardHeadline> {
  const db = await readPrisma();
  const [brand] = await db.$queryRaw<BrandRow[]>`
    SELECT b."timeZone", b."defaultCurrency" AS currency, c.id AS "catalogId", c.name
    FROM "Brand" b
    LEFT JOIN LATERAL (
      SELECT c.id, c.name FROM "Catalog" c
      WHERE c."brandId" = b.id AND c.status IN ('OPEN', 'LIMITED') AND (c."publicationDate" IS NULL OR c."publicationDate" <= (now() AT TIME ZONE 'UTC'))
      ORDER BY COALESCE(c."publicationDate", c."createdAt") DESC, c."createdAt" DESC, c.id DESC
      LIMIT 1
    ) c ON true
    WHERE b.id = ${brandId}`;
  if (!brand) throw new NotFoundError(msg("errors.notFound"));
  const to = todayIn(brand.timeZone);
  const from = addDays(to, -(DAYS - 1));
  const base: ReportFilters = {
    currency: brand.currency, from: null, to: null, catalogId: null, linkId: null, channel: null, buyerId: null, country: null, tagId: null,
    statuses: DEFAULT_REPORT_STATUSES, grain: "day", compare: "none",
  };
  // Without a season its figures are over nothing: a catalog id no row has.
  const season = { ...base, catalogId: brand.catalogId ?? "" };
  const rows = await db.$queryRaw<FiguresRow[]>`
    WITH totals AS (
      SELECT COALESCE(sum(f.orders), 0)::int AS orders, COALESCE(sum(f.units), 0)::int AS units, COALESCE(sum(f.value), 0)::float8 AS value
      FROM ${salesSource(brandId, season).from}
    ),
    buyers AS (SELECT count(DISTINCT f."buyerId")::int AS buyers FROM ${buyerSource(brandId, season).from}),
    days AS (
      SELECT f.day, sum(f.value) AS value FROM ${salesSource(brandId, { ...base, from, to }).from} GROUP BY f.day
    )
    SELECT totals.*, buyers.buyers, to_char(days.day, 'YYYY-MM-DD') AS day, days.value::float8 AS "dayValue"
    FROM totals CROSS JOIN buyers LEFT JOIN days ON true`;
  const head = rows[0];
  const perDay = new Map(rows.filter((r) => r.day !== null).map((r) => [r.day!, r.dayValue ?? 0]));
  return {
    season: brand.catalogId ? { catalogId: brand.catalogId, name: brand.name! } : null,
    currency: brand.currency,
    totals: { orders: head.orders, units: head.units, value: head.value },
    buyers: head.buyers,
    last30Days: Array.from({ length: DAYS }, (_, i) => {
      const day = addDays(from, i);
      return { day, value: perDay.get(day) ?? 0 };
    }),
  };
}
