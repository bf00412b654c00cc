import "server-only";
// The products of a catalog: add (appended in order), remove, move up/down, and the per-catalog
// overrides (discount rate, the strongest price level; delivery date). Every id is checked
// against the brand through the catalog.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

async function entryOf(tx: Tx, brandId: string, catalogProductId: string) {
  const entry = await tx.catalogProduct.findFirst({ where: { id: catalogProductId, catalog: { brandId } }, select: { id: true, catalogId: true, productId: true, position: true } });
  if (!entry) throw new NotFoundError(msg("catalogs.errors.productNotInCatalog"));
  return entry;
}

export async function addCatalogProducts(brandId: string, user: SessionUser, catalogId: string, productIds: string[]) {
  return prisma.$transaction(async (tx) => {
    const catalog = await tx.catalog.findFirst({ where: { id: catalogId, brandId }, select: { id: true } });
    if (!catalog) throw new NotFoundError(msg("catalogs.errors.notFound"));
    const products = await tx.product.findMany({ where: { brandId, id: { in: productIds }, archivedAt: null }, select: { id: true } });
    if (products.length !== new Set(productIds).size) throw new AppError("VALIDATION", msg("catalogs.errors.productsUnavailable"), { productIds: msg("catalogs.errors.chooseActiveProducts") });
    const last = await tx.catalogProduct.aggregate({ where: { catalogId }, _max: { position: true } });
    const already = new Set((await tx.catalogProduct.findMany({ where: { catalogId, productId: { in: productIds } }, select: { productId: true } })).map((p) => p.productId));
    const fresh = [...new Set(productIds)].filter((id) => !already.has(id));
    let position = (last._max.position ?? -1) + 1;
    await tx.catalogProduct.createMany({ data: fresh.map((productId) => ({ catalogId, productId, position: position++ })), skipDuplicates: true });
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Catalog", entityId: catalogId, action: "catalog.products.add", data: { added: fresh.length } });
    return { added: fresh.length, skipped: productIds.length - fresh.length };
  });
}

export async function removeCatalogProduct(brandId: string, user: SessionUser, catalogProductId: string) {
  return prisma.$transaction(async (tx) => {
    const entry = await entryOf(tx, brandId, catalogProductId);
    const deleted = await tx.catalogProduct.deleteMany({ where: { id: entry.id } });
    if (deleted.count === 0) throw new NotFoundError(msg("catalogs.errors.productNotInCatalog"));
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Catalog", entityId: entry.catalogId, action: "catalog.products.remove", data: { productId: entry.productId } });
    return { catalogId: entry.catalogId };
  });
}

export async function moveCatalogProduct(brandId: string, catalogProductId: string, direction: "up" | "down") {
  return prisma.$transaction(async (tx) => {
    const entry = await entryOf(tx, brandId, catalogProductId);
    // One move at a time per catalog; then positions are made dense (0, 1, 2, ... after removals
    // and ties) in one statement, and the entry trades places with its neighbour: a handful of
    // statements whatever the catalog's size.
    await tx.$queryRaw`SELECT "id" FROM "Catalog" WHERE "id" = ${entry.catalogId} FOR UPDATE`;
    await tx.$executeRaw`
      UPDATE "CatalogProduct" AS cp SET "position" = r.rn
      FROM (SELECT "id", (row_number() OVER (ORDER BY "position", "id") - 1)::int AS rn FROM "CatalogProduct" WHERE "catalogId" = ${entry.catalogId}) AS r
      WHERE cp."id" = r."id" AND cp."position" <> r.rn`;
    const { position } = await tx.catalogProduct.findUniqueOrThrow({ where: { id: entry.id }, select: { position: true } });
    const target = direction === "up" ? position - 1 : position + 1;
    const neighbour = await tx.catalogProduct.findFirst({ where: { catalogId: entry.catalogId, position: target }, select: { id: true } });
    if (!neighbour) return { catalogId: entry.catalogId };
    await tx.catalogProduct.update({ where: { id: neighbour.id }, data: { position } });
    await tx.catalogProduct.update({ where: { id: entry.id }, data: { position: target } });
    return { catalogId: entry.catalogId };
  });
}

export async function setCatalogProductOverride(brandId: string, user: SessionUser, input: { catalogProductId: string; discountRate: number | null; deliveryDate: Date | null }) {
  return prisma.$transaction(async (tx) => {
    const entry = await entryOf(tx, brandId, input.catalogProductId);
    await tx.catalogProduct.update({ where: { id: entry.id }, data: { discountRate: input.discountRate, deliveryDate: input.deliveryDate } });
    await recordAudit(tx, {
      brandId, actor: memberActor(user), entityType: "Catalog", entityId: entry.catalogId, action: "catalog.products.override",
      data: { productId: entry.productId, discountRate: input.discountRate, deliveryDate: input.deliveryDate?.toISOString() ?? null },
    });
    return { catalogId: entry.catalogId };
  });
}
