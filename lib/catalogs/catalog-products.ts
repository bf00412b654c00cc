import "server-only";
// The products of a catalog: add (appended in order), remove, move up/down, and the per-catalog
// overrides (discount rate, the strongest price level; delivery date). Every id is checked
// against the brand through the catalog.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/context";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";

async function entryOf(tx: Tx, brandId: string, catalogProductId: string) {
  const entry = await tx.catalogProduct.findFirst({ where: { id: catalogProductId, catalog: { brandId } }, select: { id: true, catalogId: true, productId: true, position: true } });
  if (!entry) throw new NotFoundError("This product is no longer in the catalog.");
  return entry;
}

export async function addCatalogProducts(brandId: string, user: SessionUser, catalogId: string, productIds: string[]) {
  return prisma.$transaction(async (tx) => {
    const catalog = await tx.catalog.findFirst({ where: { id: catalogId, brandId }, select: { id: true } });
    if (!catalog) throw new NotFoundError("This catalog no longer exists.");
    const products = await tx.product.findMany({ where: { brandId, id: { in: productIds }, archivedAt: null }, select: { id: true } });
    if (products.length !== new Set(productIds).size) throw new AppError("VALIDATION", "Some of the chosen products are archived or no longer exist.", { productIds: "Choose active products of your brand." });
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
    if (deleted.count === 0) throw new NotFoundError("This product is no longer in the catalog.");
    await recordAudit(tx, { brandId, actor: memberActor(user), entityType: "Catalog", entityId: entry.catalogId, action: "catalog.products.remove", data: { productId: entry.productId } });
    return { catalogId: entry.catalogId };
  });
}

export async function moveCatalogProduct(brandId: string, catalogProductId: string, direction: "up" | "down") {
  return prisma.$transaction(async (tx) => {
    const entry = await entryOf(tx, brandId, catalogProductId);
    const all = await tx.catalogProduct.findMany({ where: { catalogId: entry.catalogId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    const index = all.findIndex((e) => e.id === entry.id);
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= all.length) return { catalogId: entry.catalogId };
    [all[index], all[target]] = [all[target], all[index]];
    // Renumber so positions stay dense even after removals.
    for (const [position, e] of all.entries()) await tx.catalogProduct.update({ where: { id: e.id }, data: { position } });
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
