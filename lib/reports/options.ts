import "server-only";
// What the reports' filter bar offers and names: the brand's currencies with orders, its catalogs
// and tags, the names of the link, buyer, catalog and tag a report's address names (another
// brand's id is not found), and name searches for the link and buyer pickers.
import { readPrisma } from "@/lib/db/replica";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { escapeLike } from "@/lib/orders/po-number-search";
import type { ReportFilters } from "./filters";

export type ReportFilterOptions = {
  /** Currencies the brand has orders in (its default first). */
  currencies: string[];
  catalogs: { id: string; name: string; season: string | null }[];
  tags: { id: string; name: string }[];
};

/** What the filter bar offers. */
export async function getReportFilterOptions(brandId: string): Promise<ReportFilterOptions> {
  const db = await readPrisma();
  const [currencies, catalogs, tags] = await Promise.all([
    // The brand's default, then each currency of ReportSkuTotal, found by skipping along its
    // (brandId, catalogId, currency, ...) key: a few index probes however many rows it holds.
    db.$queryRaw<{ currency: string }[]>`
      WITH RECURSIVE k AS (
        (SELECT "catalogId", currency FROM "ReportSkuTotal" WHERE "brandId" = ${brandId} ORDER BY "catalogId", currency LIMIT 1)
        UNION ALL
        SELECT n."catalogId", n.currency FROM k, LATERAL (
          SELECT "catalogId", currency FROM "ReportSkuTotal"
          WHERE "brandId" = ${brandId} AND ("catalogId", currency) > (k."catalogId", k.currency)
          ORDER BY "catalogId", currency LIMIT 1
        ) n
      )
      SELECT currency FROM (
        SELECT "defaultCurrency" AS currency, 0 AS rank FROM "Brand" WHERE id = ${brandId}
        UNION ALL SELECT DISTINCT currency, 1 FROM k
      ) c
      GROUP BY currency ORDER BY min(rank), currency`,
    db.$queryRaw<{ id: string; name: string; season: string | null }[]>`
      SELECT id, name, season FROM "Catalog" WHERE "brandId" = ${brandId}
      ORDER BY COALESCE("publicationDate", "createdAt") DESC, "createdAt" DESC, id DESC`,
    db.tag.findMany({ where: { brandId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return { currencies: currencies.map((c) => c.currency), catalogs, tags };
}

type Subject = { id: string; name: string } | null;
type SubjectsRow = { link: string | null; buyer: string | null; catalog: string | null; tag: string | null };

/** Names of the link, buyer, catalog and tag the filters name; NotFoundError when one is not this brand's. */
export async function describeReportSubjects(brandId: string, filters: ReportFilters): Promise<{ link: Subject; buyer: Subject; catalog: Subject; tag: Subject }> {
  const { linkId, buyerId, catalogId, tagId } = filters;
  if (!linkId && !buyerId && !catalogId && !tagId) return { link: null, buyer: null, catalog: null, tag: null };
  const db = await readPrisma();
  // A buyer is the brand's when connected to it, managed by it (offline) or ever ordered from it.
  const [row] = await db.$queryRaw<SubjectsRow[]>`
    SELECT
      (SELECT name FROM "OrderLink" WHERE id = ${linkId} AND "brandId" = ${brandId}) AS link,
      (SELECT b.name FROM "Buyer" b WHERE b.id = ${buyerId} AND (
         b."ownerBrandId" = ${brandId}
         OR EXISTS (SELECT 1 FROM "Connection" c WHERE c."brandId" = ${brandId} AND c."buyerId" = b.id)
         OR EXISTS (SELECT 1 FROM "Order" o WHERE o."buyerId" = b.id AND o."brandId" = ${brandId}))) AS buyer,
      (SELECT name FROM "Catalog" WHERE id = ${catalogId} AND "brandId" = ${brandId}) AS catalog,
      (SELECT name FROM "Tag" WHERE id = ${tagId} AND "brandId" = ${brandId}) AS tag`;
  const subject = (id: string | null, name: string | null): Subject => {
    if (!id) return null;
    if (name === null) throw new NotFoundError(msg("errors.notFound"));
    return { id, name };
  };
  return { link: subject(linkId, row.link), buyer: subject(buyerId, row.buyer), catalog: subject(catalogId, row.catalog), tag: subject(tagId, row.tag) };
}

export const SEARCH_LIMIT = 20;

/** The typed text as an ILIKE "contains" pattern: trimmed, at most 200 characters, % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${escapeLike(String(text ?? "").trim().slice(0, 200))}%`;
}

/** Up to 20 of the brand's links (any status, deleted excluded) whose name contains the text. */
export async function searchReportLinks(brandId: string, text: string): Promise<{ id: string; name: string; type: string }[]> {
  const db = await readPrisma();
  // A deleted link's row is gone; OrderLink_name_trgm_idx answers the "contains".
  return db.$queryRaw<{ id: string; name: string; type: string }[]>`
    SELECT id, name, type::text AS type FROM "OrderLink"
    WHERE "brandId" = ${brandId} AND name ILIKE ${containsPattern(text)}
    ORDER BY name, id LIMIT ${SEARCH_LIMIT}`;
}

/** Up to 20 of the brand's buyers (connected or not, who ever ordered or are connected) whose name contains the text. */
export async function searchReportBuyers(brandId: string, text: string): Promise<{ id: string; name: string }[]> {
  const db = await readPrisma();
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT b.id, b.name FROM "Buyer" b
    WHERE b.name ILIKE ${containsPattern(text)}
      AND (b."ownerBrandId" = ${brandId}
        OR EXISTS (SELECT 1 FROM "Connection" c WHERE c."brandId" = ${brandId} AND c."buyerId" = b.id)
        OR EXISTS (SELECT 1 FROM "Order" o WHERE o."buyerId" = b.id AND o."brandId" = ${brandId}))
    ORDER BY b.name, b.id LIMIT ${SEARCH_LIMIT}`;
}
