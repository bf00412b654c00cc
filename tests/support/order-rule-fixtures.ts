// Order rules for tests, written straight to the database: a product's rules, its prepacks and
// minimum order values on a brand, catalog or link (the brand admin's forms are another area).
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ProductSaleMode } from "@/lib/db/generated/enums";
import type { MinimumOrderSetting } from "@/lib/order-rules/minimum-order-value";

export type RulesInput = { minQuantity?: number | null; maxQuantity?: number | null; minQuantityPerSku?: number | null; orderMultiple?: number | null; saleMode?: ProductSaleMode };

export function setProductRules(productId: string, rules: RulesInput) {
  return prisma.product.update({ where: { id: productId }, data: rules });
}

/** A prepack of the product: sizes as [size, units per pack] in order. */
export async function addPrepack(product: { id: string; brandId: string }, name: string, sizes: [string, number][], position = 0) {
  return prisma.prepack.create({
    data: { brandId: product.brandId, productId: product.id, name, position, sizes: { create: sizes.map(([size, quantity], i) => ({ size, quantity, position: i })) } },
    include: { sizes: true },
  });
}

export function setBrandMinimum(brandId: string, setting: MinimumOrderSetting | null) {
  return prisma.brand.update({ where: { id: brandId }, data: { minimumOrder: setting ?? Prisma.DbNull } });
}

export function setCatalogMinimum(catalogId: string, setting: MinimumOrderSetting) {
  return prisma.catalog.update({ where: { id: catalogId }, data: { minimumOrder: setting } });
}

export function setLinkMinimum(linkId: string, setting: MinimumOrderSetting) {
  return prisma.orderLink.update({ where: { id: linkId }, data: { minimumOrder: setting } });
}

/** Every cart row of the brand (lines and packs), to show that a refused write wrote nothing. */
export async function cartRowsOf(brandId: string) {
  const [lines, packs] = await Promise.all([
    prisma.cartLine.findMany({ where: { cart: { brandId } }, orderBy: { skuId: "asc" }, select: { skuId: true, quantity: true } }),
    prisma.cartPackLine.findMany({ where: { cart: { brandId } }, orderBy: { prepackId: "asc" }, select: { prepackId: true, color: true, packs: true } }),
  ]);
  return { lines, packs };
}
