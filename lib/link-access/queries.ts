import "server-only";
// Reads for the link pages: the home (lookbooks, video, contacts) and one catalog's products with
// their colour × size SKUs priced for the purchase. Only reachable catalogs can be read.
import { ttlCache } from "@/lib/cache/ttl-cache";
import type { GridSku } from "@/lib/cart/grid-sku";
import { prisma } from "@/lib/db/client";
import { readPrisma } from "@/lib/db/replica";
import { fileUrl } from "@/lib/storage/storage";
import { PRODUCT_RULES_SELECT, productRulesOf } from "@/lib/order-rules/product-rules-select";
import { hasOrderRules, type ProductRules } from "@/lib/order-rules/product-rules";
import { unitPrice } from "@/lib/pricing/unit-price";
import type { ResolvedLink } from "./resolve-link";

export async function linkHomeContent(linkId: string) {
  const link = await prisma.orderLink.findUniqueOrThrow({
    where: { id: linkId },
    select: {
      videoUrl: true,
      videoFileId: true,
      contacts: { orderBy: { position: "asc" }, select: { id: true, firstName: true, lastName: true, email: true, phone: true, note: true } },
      // Only Public lookbooks are shown to buyers; Draft ones never leave the admin.
      lookbooks: {
        where: { lookbook: { status: "PUBLIC" } },
        select: { lookbook: { select: { id: true, name: true, images: { orderBy: { position: "asc" }, take: 12, select: { id: true, caption: true, file: { select: { key: true } } } } } } },
      },
    },
  });
  const videoFile = link.videoFileId ? await prisma.storedFile.findUnique({ where: { id: link.videoFileId }, select: { key: true } }) : null;
  return {
    videoUrl: link.videoUrl,
    videoFileUrl: videoFile ? fileUrl(videoFile.key) : null,
    contacts: link.contacts,
    lookbooks: link.lookbooks.map(({ lookbook }) => ({ id: lookbook.id, name: lookbook.name, images: lookbook.images.map((i) => ({ id: i.id, caption: i.caption, url: fileUrl(i.file.key) })) })),
  };
}

export async function backgroundMedia(link: { backgroundType: string; backgroundImageFileId: string | null; backgroundVideoUrl: string | null }) {
  if (link.backgroundType === "IMAGE" && link.backgroundImageFileId) {
    const file = await prisma.storedFile.findUnique({ where: { id: link.backgroundImageFileId }, select: { key: true } });
    return file ? ({ kind: "image", url: fileUrl(file.key) } as const) : null;
  }
  if (link.backgroundType === "VIDEO" && link.backgroundVideoUrl) return { kind: "video", url: link.backgroundVideoUrl } as const;
  return null;
}

export type GridProduct = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  imageUrl: string | null;
  deliveryDate: Date | null;
  colors: string[];
  sizes: string[];
  skus: GridSku[];
  /** Its order rules, shown as hints and checked by the grid; null when it has none. */
  rules: ProductRules | null;
};

// Twelve products (each with its colour × size grid) keep a phone page short and its render light.
export const CATALOG_PAGE_SIZE = 12;

/**
 * How many live products a catalog has, for its pagination. Counting joins every product of the
 * catalog, and every buyer opening the catalog asks it: kept for half a minute.
 */
const catalogProductCount = ttlCache(30_000, (catalogId) => prisma.catalogProduct.count({ where: liveProductsOf(catalogId) }));

/** The catalog's products that are not archived. */
function liveProductsOf(catalogId: string) {
  return { catalogId, product: { archivedAt: null } };
}

/**
 * A reachable (browsable) catalog of the link with one page of products; null when not reachable.
 * The products of an anonymous link (Instant Order, Dynamic Brand) are read on a replica: the
 * access decision before this, the cart and the checkout read the primary, which is the law for
 * prices and stock; a Customer Order Link's page (a signed-in buyer's) stays on the primary.
 */
export async function linkCatalogPage(resolved: ResolvedLink, catalogId: string, page: number) {
  const entry = resolved.catalogs.find((c) => c.id === catalogId);
  const purchase = resolved.purchase;
  if (!entry || entry.access === "upcoming" || !purchase) return null;
  const db = resolved.link.type === "CUSTOMER" ? prisma : await readPrisma();
  const where = liveProductsOf(catalogId);
  const [total, catalog, rows] = await Promise.all([
    catalogProductCount(catalogId),
    db.catalog.findUniqueOrThrow({ where: { id: catalogId }, select: { discountRate: true } }),
    db.catalogProduct.findMany({
      where,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      skip: (page - 1) * CATALOG_PAGE_SIZE,
      take: CATALOG_PAGE_SIZE,
      select: {
        discountRate: true,
        deliveryDate: true,
        product: {
          select: {
            // The order rules in the same statement: the page's statement count does not grow with its products.
            ...PRODUCT_RULES_SELECT,
            productCode: true, name: true, description: true, discountRate: true,
            images: { orderBy: { position: "asc" }, take: 1, select: { file: { select: { key: true } } } },
            skus: { orderBy: { position: "asc" }, select: { id: true, color: true, size: true, prices: { where: { currency: purchase.currency }, select: { wholesalePrice: true } } } },
          },
        },
      },
    }),
  ]);
  const products: GridProduct[] = rows.map(({ product, discountRate, deliveryDate }) => ({
    id: product.id,
    code: product.productCode,
    name: product.name,
    description: product.description,
    imageUrl: product.images[0] ? fileUrl(product.images[0].file.key) : null,
    deliveryDate,
    colors: [...new Set(product.skus.map((s) => s.color))],
    sizes: [...new Set(product.skus.map((s) => s.size))],
    skus: product.skus.map((s) => ({
      id: s.id, color: s.color, size: s.size,
      unitPrice: s.prices[0] ? unitPrice(s.prices[0].wholesalePrice, { catalogProduct: discountRate, product: product.discountRate, catalog: catalog.discountRate, terms: purchase.termsDiscountRate }) : null,
    })),
    // None when the product has no rule: the grid then takes any quantity, as it would with them.
    rules: hasOrderRules(product) ? productRulesOf(product) : null,
  }));
  return { catalog: entry, products, total };
}
