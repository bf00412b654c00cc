import "server-only";
// Which catalog is "the season before" another: the one rule behind the previous-season comparison
// of Sales over time and the re-engagement list.
//
// A catalog's season starts at its publication date, or when it was created if it has none. The
// previous season of catalog C is the brand's catalog (any status: a closed catalog is still a past
// season) with the latest season start before C's; equal starts are ordered by creation, then id,
// so every catalog but the first has exactly one previous season.
import { readPrisma } from "@/lib/db/replica";

export type Season = {
  id: string;
  name: string;
  /** The season's start (publication or creation) as a day of the brand's calendar. */
  startDay: string;
};

type Row = { id: string; name: string; startDay: string; previousId: string | null; previousName: string | null; previousStartDay: string | null };

/** The brand's catalog and the season before it; current null when the catalog is not the brand's. */
export async function seasonAndPrevious(brandId: string, catalogId: string): Promise<{ current: Season | null; previous: Season | null }> {
  const db = await readPrisma();
  const [row] = await db.$queryRaw<Row[]>`
    SELECT c.id, c.name, to_char(report_day(COALESCE(c."publicationDate", c."createdAt"), b."timeZone"), 'YYYY-MM-DD') AS "startDay",
           p.id AS "previousId", p.name AS "previousName", p."startDay" AS "previousStartDay"
    FROM "Catalog" c
    JOIN "Brand" b ON b.id = c."brandId"
    LEFT JOIN LATERAL (
      SELECT p.id, p.name, to_char(report_day(COALESCE(p."publicationDate", p."createdAt"), b."timeZone"), 'YYYY-MM-DD') AS "startDay"
      FROM "Catalog" p
      WHERE p."brandId" = c."brandId"
        AND (COALESCE(p."publicationDate", p."createdAt"), p."createdAt", p.id) < (COALESCE(c."publicationDate", c."createdAt"), c."createdAt", c.id)
      ORDER BY COALESCE(p."publicationDate", p."createdAt") DESC, p."createdAt" DESC, p.id DESC
      LIMIT 1
    ) p ON true
    WHERE c.id = ${catalogId} AND c."brandId" = ${brandId}`;
  if (!row) return { current: null, previous: null };
  return {
    current: { id: row.id, name: row.name, startDay: row.startDay },
    previous: row.previousId ? { id: row.previousId, name: row.previousName!, startDay: row.previousStartDay! } : null,
  };
}
