import "server-only";
// Reads of catalogs for the admin, scoped by brand. The Links area reads the Catalog table
// directly to offer catalogs in its form.
import { prisma } from "@/lib/db/client";
import type { CatalogStatus } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import type { PageParams } from "@/lib/pagination/page-params";
import { skuFiguresOf } from "@/lib/products/queries";

export async function listCatalogs(brandId: string, filter: { q?: string; status?: CatalogStatus }, page: PageParams) {
  const where: Prisma.CatalogWhereInput = { brandId };
  if (filter.status) where.status = filter.status;
  if (filter.q?.trim()) where.OR = [{ name: { contains: filter.q.trim(), mode: "insensitive" } }, { season: { contains: filter.q.trim(), mode: "insensitive" } }];
  const [total, rows, counts] = await Promise.all([
    prisma.catalog.count({ where }),
    prisma.catalog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, name: true, season: true, status: true, publicationDate: true, orderDeadline: true, _count: { select: { products: true, buyerAccess: true } } },
    }),
    prisma.catalog.groupBy({ by: ["status"], where: { brandId }, _count: { _all: true } }),
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<CatalogStatus, number>>;
  return { total, rows, byStatus };
}

export async function getCatalog(brandId: string, id: string) {
  return prisma.catalog.findFirst({
    where: { id, brandId },
    include: {
      buyerAccess: { select: { buyerId: true } },
      shippingRateGroups: { select: { rateGroupId: true } },
    },
  });
}

/** One page of a catalog's products in their order, with each product's SKU count. */
export async function listCatalogProducts(catalogId: string, page: PageParams) {
  const where = { catalogId };
  const [total, entries] = await Promise.all([
    prisma.catalogProduct.count({ where }),
    prisma.catalogProduct.findMany({
      where,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      include: { product: { select: { id: true, productCode: true, name: true, archivedAt: true } } },
    }),
  ]);
  const figuresOf = await skuFiguresOf(entries.map((e) => e.productId));
  return { total, rows: entries.map((e) => ({ ...e, skuCount: figuresOf(e.productId).skuCount })) };
}

/** How many buyers the Limited catalog picker lists at once; more are found by searching. */
export const BUYER_OPTION_LIMIT = 50;

const BUYER_OPTION_SELECT = { status: true, buyer: { select: { id: true, name: true, country: true } } } as const;

/** A choice of the picker: the buyer's name, with its country and whether the connection is Closed (the picker words it). */
export type BuyerOption = { id: string; label: string; country: string; closed: boolean };

function buyerOption({ status, buyer }: { status: string; buyer: { id: string; name: string; country: string } }): BuyerOption {
  return { id: buyer.id, label: buyer.name, country: buyer.country, closed: status === "CLOSED" };
}

/**
 * Buyers the brand may grant a Limited catalog (those with a connection to it, Closed ones too,
 * marked) whose name contains `q`, alphabetically, at most BUYER_OPTION_LIMIT: a brand may have
 * tens of thousands, far too many for one list.
 */
export async function searchConnectedBuyerOptions(brandId: string, q: string): Promise<BuyerOption[]> {
  const name = q.trim();
  const rows = await prisma.connection.findMany({
    where: { brandId, ...(name ? { buyer: { name: { contains: name, mode: "insensitive" } } } : {}) },
    orderBy: [{ buyer: { name: "asc" } }, { buyerId: "asc" }],
    take: BUYER_OPTION_LIMIT,
    select: BUYER_OPTION_SELECT,
  });
  return rows.map(buyerOption);
}

/** The brand's connected buyers among `buyerIds` (those a catalog already grants). */
export async function connectedBuyerOptionsById(brandId: string, buyerIds: string[]): Promise<BuyerOption[]> {
  if (buyerIds.length === 0) return [];
  const rows = await prisma.connection.findMany({ where: { brandId, buyerId: { in: buyerIds } }, orderBy: { buyer: { name: "asc" } }, select: BUYER_OPTION_SELECT });
  return rows.map(buyerOption);
}
