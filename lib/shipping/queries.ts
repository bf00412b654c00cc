import "server-only";
// Reads of the shipping area: the New (To Ship) Orders queue with its counts, the release pop-up's
// per-SKU totals, one order's shipping detail and the Shipping view of released orders. Every read
// is scoped by the brand; lists paginate on the (brandId, releaseStatus, createdAt) index.
import { prisma } from "@/lib/db/client";
import { readPrisma, type ReadPrisma } from "@/lib/db/replica";
import type { Prisma } from "@/lib/db/generated/client";
import type { ReleaseStatus } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { CAPPED_COUNT_TAKE } from "@/lib/pagination/capped-count";
import type { PageParams } from "@/lib/pagination/page-params";
import { orderPacks, type OrderPack } from "@/lib/orders/pack-lines";
import { allocationOf, servedFirst } from "./allocation";
import { shippingWhere } from "./filters";
import { MAX_SELECTION, type QueueFilter, type QueueView, type ReleasedFilter, type ReleasedView } from "./schemas";
import { shippingOptionLabel, shippingOptionValue, type ShippingOptionWords } from "./shipping-option";

type BrandRef = { id: string; homeCountry: string; orderPrefix: string };

export const QUEUE_VIEW_STATUS: Record<QueueView, ReleaseStatus> = {
  "not-yet-released": "NOT_YET_RELEASED",
  "failed-to-release": "FAILED_TO_RELEASE",
};

export const RELEASED_VIEW_STATUSES: Record<ReleasedView, ReleaseStatus[]> = {
  all: ["PREPARING_PRODUCT", "PARTIALLY_SHIPPED", "SHIPPED"],
  "preparing-product": ["PREPARING_PRODUCT"],
  "partially-shipped": ["PARTIALLY_SHIPPED"],
  shipped: ["SHIPPED"],
};

const listSelect = {
  id: true,
  number: true,
  createdAt: true,
  status: true,
  releaseStatus: true,
  releaseFailureReason: true,
  releaseFailureDetail: true,
  releasedAt: true,
  currency: true,
  total: true,
  contactName: true,
  contactEmail: true,
  shipCountry: true,
  shippingOptionName: true,
  shippingRequestNote: true,
  buyer: { select: { id: true, name: true } },
  shippingRateGroup: { select: { name: true, currency: true, country: true } },
  lines: { select: { quantity: true, packQuantity: true } },
} as const;

const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.OrderOrderByWithRelationInput[];

/** Matching orders, counted up to the cap along the (brand, release state, newest) index. */
function cappedCount(db: ReadPrisma, where: Prisma.OrderWhereInput) {
  return db.order.count({ where, orderBy: NEWEST_FIRST, take: CAPPED_COUNT_TAKE });
}

/** One page of the queue; `total` stops past COUNT_CAP (see lib/pagination/capped-count). Read on a replica. */
export async function listQueueOrders(brand: BrandRef, filter: QueueFilter, page: PageParams) {
  const [db, base] = await Promise.all([readPrisma(), shippingWhere(brand, filter)]);
  const where = { AND: [base, { releaseStatus: QUEUE_VIEW_STATUS[filter.view] }] };
  const [rows, total] = await Promise.all([
    db.order.findMany({ where, select: listSelect, orderBy: NEWEST_FIRST, skip: page.skip, take: page.take }),
    cappedCount(db, where),
  ]);
  return { rows, total };
}

/** Counts for the view tabs (within the chosen scope) and the scope tabs (within the chosen view). Read on a replica. */
export async function queueCounts(brand: BrandRef, filter: QueueFilter) {
  const [db, here, other] = await Promise.all([
    readPrisma(),
    shippingWhere(brand, filter),
    shippingWhere(brand, { ...filter, scope: filter.scope === "domestic" ? "international" : "domestic" }),
  ]);
  const [notYetReleased, failedToRelease, otherScope] = await Promise.all([
    cappedCount(db, { AND: [here, { releaseStatus: "NOT_YET_RELEASED" }] }),
    cappedCount(db, { AND: [here, { releaseStatus: "FAILED_TO_RELEASE" }] }),
    cappedCount(db, { AND: [other, { releaseStatus: QUEUE_VIEW_STATUS[filter.view] }] }),
  ]);
  const thisScope = filter.view === "not-yet-released" ? notYetReleased : failedToRelease;
  return {
    notYetReleased,
    failedToRelease,
    domestic: filter.scope === "domestic" ? thisScope : otherScope,
    international: filter.scope === "international" ? thisScope : otherScope,
  };
}

/** Every order matching the search in the current view (for "select all"), oldest first. On the primary: a release follows. */
export async function matchingQueueOrderIds(brand: BrandRef, filter: QueueFilter): Promise<string[]> {
  const base = await shippingWhere(brand, filter);
  const rows = await prisma.order.findMany({
    where: { AND: [base, { releaseStatus: QUEUE_VIEW_STATUS[filter.view] }] },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_SELECTION,
  });
  return rows.map((r) => r.id);
}

/**
 * The choices behind "Optional +": the brand's shipping rate groups, labelled as the Shipping
 * option column labels them (in the viewer's words), then orders without one.
 */
export async function shippingOptions(brandId: string, words: ShippingOptionWords): Promise<{ value: string; label: string }[]> {
  const groups = await prisma.shippingRateGroup.findMany({
    where: { brandId },
    select: { id: true, name: true, currency: true, country: true },
    orderBy: [{ name: "asc" }, { currency: "asc" }, { country: "asc" }],
  });
  return [...groups, null].map((g) => ({ value: shippingOptionValue(g), label: shippingOptionLabel(g, words) }));
}

export type ReleasePreviewRow = {
  skuId: string;
  skuCode: string;
  productCode: string;
  productName: string;
  color: string;
  size: string;
  totalQuantity: number;
  /** Of the total, units that come in prepacks (listed in `packs`). */
  fromPacks: number;
  stockQuantity: number;
  orderCount: number;
};

/** A prepack across the selection: the same pack (product, name, colour, contents) summed over the orders. */
export type ReleasePreviewPack = OrderPack & { orderCount: number };

/**
 * The pop-up: total quantity and current stock for each SKU option across the selected orders,
 * and the selection in the order it is served (oldest first), the order the pop-up sends it in.
 */
export async function releasePreview(brandId: string, orderIds: string[]) {
  const ids = [...new Set(orderIds)];
  const selected = await prisma.order.findMany({
    where: { brandId, id: { in: ids } },
    select: {
      id: true, number: true, createdAt: true, releaseStatus: true,
      lines: { select: { skuId: true, productId: true, color: true, size: true, position: true, quantity: true, packQuantity: true, undelivered: { select: { quantity: true } } } },
      packLines: { orderBy: { position: "asc" }, select: { id: true, productId: true, productCode: true, productName: true, name: true, color: true, packs: true, contents: true } },
    },
  });
  // As the release itself: an id that is not this brand's order is a 404, not an empty preview.
  if (selected.length !== ids.length) throw new NotFoundError(msg("shipping.errors.orderNotFound"));
  const orders = selected.filter((o) => o.releaseStatus === "NOT_YET_RELEASED" || o.releaseStatus === "FAILED_TO_RELEASE");
  const rows = new Map<string, { totalQuantity: number; fromPacks: number; orderCount: number }>();
  const packs = new Map<string, ReleasePreviewPack>();
  for (const order of orders) {
    for (const [skuId, q] of allocationOf(order.lines)) {
      const row = rows.get(skuId) ?? { totalQuantity: 0, fromPacks: 0, orderCount: 0 };
      row.totalQuantity += q;
      // The units the allocation takes are the lines' own (OrderLine.quantity holds prepacks expanded);
      // of them, those in packs, at most what is still to go.
      row.fromPacks += Math.min(q, order.lines.filter((l) => l.skuId === skuId).reduce((sum, l) => sum + l.packQuantity, 0));
      row.orderCount += 1;
      rows.set(skuId, row);
    }
    for (const pack of orderPacks(order.packLines, order.lines)) {
      const key = JSON.stringify([pack.productId, pack.name, pack.color, pack.sizes]);
      const seen = packs.get(key);
      if (seen) packs.set(key, { ...seen, packs: seen.packs + pack.packs, orderCount: seen.orderCount + 1 });
      else packs.set(key, { ...pack, orderCount: 1 });
    }
  }
  const skus = await prisma.sku.findMany({
    where: { brandId, id: { in: [...rows.keys()] } },
    select: { id: true, code: true, color: true, size: true, stockQuantity: true, product: { select: { productCode: true, name: true } } },
    orderBy: { code: "asc" },
  });
  const skuRows: ReleasePreviewRow[] = skus.map((s) => ({
    skuId: s.id,
    skuCode: s.code,
    productCode: s.product.productCode,
    productName: s.product.name,
    color: s.color,
    size: s.size,
    stockQuantity: s.stockQuantity,
    ...rows.get(s.id)!,
  }));
  return {
    // Every selected order, releasable or not: the release reports on each one.
    orderIds: selected.sort(servedFirst).map((o) => o.id),
    orderCount: orders.length,
    totalQuantity: skuRows.reduce((sum, r) => sum + r.totalQuantity, 0),
    skus: skuRows,
    packs: [...packs.values()].sort((a, b) => a.productCode.localeCompare(b.productCode) || a.name.localeCompare(b.name) || a.color.localeCompare(b.color)),
  };
}
export type ReleasePreview = Awaited<ReturnType<typeof releasePreview>>;

/** One order as the shipping desk sees it; null when it is not this brand's. */
export async function getShippingOrder(brandId: string, orderId: string) {
  return prisma.order.findFirst({
    where: { id: orderId, brandId },
    include: {
      buyer: { select: { id: true, name: true } },
      shippingRateGroup: { select: { name: true, currency: true, country: true } },
      lines: {
        orderBy: { position: "asc" },
        include: {
          sku: { select: { stockQuantity: true, product: { select: { deliveryName: true } } } },
          undelivered: { select: { quantity: true } },
        },
      },
      deliveryNotes: { select: { id: true, sequence: true, createdAt: true }, orderBy: { sequence: "asc" } },
      packLines: { orderBy: { position: "asc" } },
    },
  });
}
export type ShippingOrder = NonNullable<Awaited<ReturnType<typeof getShippingOrder>>>;

/** The Shipping view: released orders (Preparing product, Partially Shipped, Shipped). Read on a replica. */
export async function listReleasedOrders(brand: BrandRef, filter: ReleasedFilter, page: PageParams) {
  const [db, base] = await Promise.all([readPrisma(), shippingWhere(brand, filter)]);
  const where = { AND: [base, { releaseStatus: { in: RELEASED_VIEW_STATUSES[filter.view] } }] };
  const [orders, total, groups] = await Promise.all([
    db.order.findMany({
      where,
      select: listSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
    }),
    db.order.count({ where }),
    db.order.groupBy({ by: ["releaseStatus"], where: { AND: [base, { releaseStatus: { in: RELEASED_VIEW_STATUSES.all } }] }, _count: { _all: true } }),
  ]);
  // Counted for this page's orders only: a relation count groups every delivery note first.
  const noteCounts = orders.length
    ? await db.deliveryNote.groupBy({ by: ["orderId"], where: { orderId: { in: orders.map((o) => o.id) } }, _count: { _all: true } })
    : [];
  const notesOf = new Map(noteCounts.map((c) => [c.orderId, c._count._all]));
  const countOf = (s: ReleaseStatus) => groups.find((g) => g.releaseStatus === s)?._count._all ?? 0;
  return {
    rows: orders.map((o) => ({ ...o, deliveryNoteCount: notesOf.get(o.id) ?? 0 })),
    total,
    counts: {
      all: groups.reduce((sum, g) => sum + g._count._all, 0),
      "preparing-product": countOf("PREPARING_PRODUCT"),
      "partially-shipped": countOf("PARTIALLY_SHIPPED"),
      shipped: countOf("SHIPPED"),
    } satisfies Record<ReleasedView, number>,
  };
}
