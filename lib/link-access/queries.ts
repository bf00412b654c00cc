import "server-only";
// Reads for the link pages: the home (lookbooks, video, contacts) and one catalog's products with
// their colour × size SKUs priced for the purchase. Only reachable catalogs can be read.
import type { GridSku } from "@/lib/cart/grid-sku";
import { prisma } from "@/lib/db/client";
import { readPrisma } from "@/lib/db/replica";
import { fileUrl } from "@/lib/storage/storage";
import { unitPrice } from "@/lib/pricing/unit-price";
import { catalogContentPage, catalogHead, type ContentProduct } from "./catalog-content";
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

export type GridProduct = Omit<ContentProduct, "skus" | "rates"> & { skus: GridSku[] };

/**
 * A reachable (browsable) catalog of the link with one page of products priced for the purchase;
 * null when not reachable. The products are the catalog's kept content (catalog-content.ts); the
 * catalog's discount and its content version are read on every request. An anonymous link's
 * (Instant Order, Dynamic Brand) page is read on a replica: the access decision before this, the
 * cart and the checkout read the primary, which is the law for prices and stock; a Customer Order
 * Link's page (a signed-in buyer's) stays on the primary.
 */
export async function linkCatalogPage(resolved: ResolvedLink, catalogId: string, page: number) {
  const entry = resolved.catalogs.find((c) => c.id === catalogId);
  const purchase = resolved.purchase;
  if (!entry || entry.access === "upcoming" || !purchase) return null;
  const db = resolved.link.type === "CUSTOMER" ? prisma : await readPrisma();
  const head = await catalogHead(db, catalogId);
  if (!head) return null;
  const content = await catalogContentPage(db, catalogId, head.version, page, purchase.currency);
  const products: GridProduct[] = content.products.map(({ skus, rates, ...product }) => ({
    ...product,
    skus: skus.map((s) => ({
      id: s.id, color: s.color, size: s.size,
      unitPrice: s.wholesalePrice === null ? null : unitPrice(s.wholesalePrice, { ...rates, catalog: head.discountRate, terms: purchase.termsDiscountRate }),
    })),
  }));
  return { catalog: entry, products, total: content.total };
}
