import "server-only";
// Unit prices of a catalog's SKUs as a buyer would pay them: every override level of the catalog
// and the product fed to the one price function (lib/pricing/unit-price.ts).
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { unitPrice, type PriceRates } from "@/lib/pricing/unit-price";

/** `productIds` narrows it to some of the catalog's products (one page of the admin list). */
export async function catalogSkuPrices(brandId: string, catalogId: string, currency: string, termsRate: PriceRates["terms"] = null, productIds?: string[]) {
  const catalog = await prisma.catalog.findFirst({
    where: { id: catalogId, brandId },
    select: {
      discountRate: true,
      products: {
        where: productIds ? { productId: { in: productIds } } : undefined,
        orderBy: { position: "asc" },
        select: {
          discountRate: true,
          product: { select: { id: true, discountRate: true, skus: { orderBy: { position: "asc" }, select: { id: true, code: true, prices: { where: { currency }, select: { wholesalePrice: true } } } } } },
        },
      },
    },
  });
  if (!catalog) throw new NotFoundError(msg("catalogs.errors.notFound"));
  return catalog.products.flatMap((entry) =>
    entry.product.skus
      .filter((sku) => sku.prices.length > 0)
      .map((sku) => ({
        productId: entry.product.id,
        skuId: sku.id,
        skuCode: sku.code,
        wholesalePrice: sku.prices[0].wholesalePrice,
        unitPrice: unitPrice(sku.prices[0].wholesalePrice, { catalogProduct: entry.discountRate, product: entry.product.discountRate, catalog: catalog.discountRate, terms: termsRate }),
      })),
  );
}
