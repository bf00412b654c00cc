// Which catalogs of a brand a buyer sees in the Buyer App: Open ones, and Limited ones that list
// this buyer; never Closed ones; only once their publication date has come.
import type { Prisma } from "@/lib/db/generated/client";

export function visibleCatalogsWhere(brandId: string, buyerId: string, now: Date): Prisma.CatalogWhereInput {
  return {
    brandId,
    OR: [{ status: "OPEN" }, { status: "LIMITED", buyerAccess: { some: { buyerId } } }],
    AND: [{ OR: [{ publicationDate: null }, { publicationDate: { lte: now } }] }],
  };
}
