import "server-only";
// Reads of Order Management, every one scoped to the brand (or, for the Buyer App, the buyer).
// The list filters in SQL on indexed orderings and counts at most COUNT_CAP rows, so it stays fast
// with a million orders.
import { ttlCache } from "@/lib/cache/ttl-cache";
import { prisma } from "@/lib/db/client";
import { readPrisma } from "@/lib/db/replica";
import type { Prisma } from "@/lib/db/generated/client";
import { CAPPED_COUNT_TAKE } from "@/lib/pagination/capped-count";
import type { OrderEnding } from "./buyer-order-progress";
import { BUYER_CANCEL_ACTION } from "./order-events";
import type { AppLocale } from "@/lib/i18n/locales";
import { PRODUCT_RULES_SELECT, productRulesOf } from "@/lib/order-rules/product-rules-select";
import type { ProductRules } from "@/lib/order-rules/product-rules";
import { describeOrderActor, describeOrderEvent } from "./order-events";
import { parseOrderNumber } from "./order-number";
import { poNumberWhere } from "./po-number-search";
import type { OrderFilters, OrderSort } from "./schemas";

const ORDER_BY: Record<OrderSort, Prisma.OrderOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  number_desc: [{ number: "desc" }],
  number_asc: [{ number: "asc" }],
};

function dayStart(date: string) {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The brand whose orders a list shows: its prefix decides which typed order numbers are its own. */
export type OrderListBrand = { id: string; orderPrefix: string };

export function orderWhere(brand: OrderListBrand, f: OrderFilters): Prisma.OrderWhereInput {
  const brandId = brand.id;
  const where: Prisma.OrderWhereInput = { brandId };
  // Another brand's prefix, or no number at all, matches nothing rather than a lookalike number.
  if (f.number) where.number = parseOrderNumber(f.number, brand.orderPrefix) ?? -1;
  if (f.po) Object.assign(where, poNumberWhere(f.po));
  if (f.status) where.status = f.status;
  if (f.currency) where.currency = f.currency;
  if (f.buyer) where.buyer = { name: { contains: f.buyer, mode: "insensitive" } };
  if (f.link) where.sourceLinkName = { contains: f.link, mode: "insensitive" };
  if (f.tag) where.tags = { some: { tagId: f.tag, tag: { brandId } } };
  if (f.from || f.to) {
    where.createdAt = {
      ...(f.from ? { gte: dayStart(f.from) } : {}),
      ...(f.to ? { lt: new Date(dayStart(f.to).getTime() + 86_400_000) } : {}),
    };
  }
  return where;
}

export const orderListSelect = {
  id: true, number: true, status: true, releaseStatus: true, currency: true, total: true, createdAt: true, source: true, sourceLinkName: true, contactEmail: true,
  paymentMethod: true, paymentStatus: true, poNumber: true,
  buyer: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { id: true, name: true } } } },
} satisfies Prisma.OrderSelect;

/** One page of orders; `total` stops past COUNT_CAP (see lib/pagination/capped-count). Read on a replica. */
export async function listOrders(brand: OrderListBrand, filters: OrderFilters, page: { skip: number; take: number }) {
  const db = await readPrisma();
  const where = orderWhere(brand, filters);
  const orderBy = ORDER_BY[filters.sort];
  // Deep pages: skip over ids only (an index-only scan), then read the page's rows by id. The
  // count is capped and ordered like the index, or Prisma would sort every match by id first.
  const [ids, total] = await Promise.all([
    db.order.findMany({ where, select: { id: true }, orderBy, skip: page.skip, take: page.take }),
    db.order.count({ where, orderBy, take: CAPPED_COUNT_TAKE }),
  ]);
  const rows = ids.length ? await db.order.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: orderListSelect }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const orders = ids.flatMap(({ id }) => byId.get(id) ?? []);
  return { orders, total };
}

/** What the CSV export adds to a list row: the buyer's request and the packs (one more query a batch). */
const exportSelect = {
  ...orderListSelect,
  requestedDeliveryFrom: true, requestedDeliveryTo: true, buyerNote: true,
  packLines: { orderBy: { position: "asc" }, select: { id: true, productId: true, productCode: true, productName: true, name: true, color: true, packs: true, contents: true } },
  lines: { where: { packQuantity: { gt: 0 } }, orderBy: { position: "asc" }, select: { productId: true, color: true, size: true, position: true } },
} satisfies Prisma.OrderSelect;

/** Every filtered order, in batches (CSV export). Read on a replica. */
export async function* iterateOrders(brand: OrderListBrand, filters: OrderFilters, batch = 1000) {
  const db = await readPrisma();
  const where = orderWhere(brand, filters);
  let last: OrderKey | undefined;
  for (;;) {
    const rows = await db.order.findMany({
      where: last ? { AND: [where, after(filters.sort, last)] } : where,
      select: exportSelect,
      orderBy: ORDER_BY[filters.sort],
      take: batch,
    });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
    last = rows[rows.length - 1];
  }
}

type OrderKey = { id: string; number: number; createdAt: Date };

/**
 * The rows after `last` in the sort's order, as an index range (keyset): Prisma's own cursor
 * compares against subqueries that the planner cannot use as a range, 300 ms a batch at 400,000
 * orders. Order numbers are unique per brand; dates are tied apart by id, as ORDER_BY sorts them.
 */
function after(sort: OrderSort, last: OrderKey): Prisma.OrderWhereInput {
  switch (sort) {
    case "number_desc":
      return { number: { lt: last.number } };
    case "number_asc":
      return { number: { gt: last.number } };
    case "newest":
      return { createdAt: { lte: last.createdAt }, OR: [{ createdAt: { lt: last.createdAt } }, { id: { lt: last.id } }] };
    case "oldest":
      return { createdAt: { gte: last.createdAt }, OR: [{ createdAt: { gt: last.createdAt } }, { id: { gt: last.id } }] };
  }
}

/** The currencies of the brand's connections: read over every connection, so kept a minute. */
const connectionCurrencies = ttlCache(60_000, async (brandId) =>
  (await prisma.connection.groupBy({ by: ["currency"], where: { brandId }, orderBy: { currency: "asc" } })).map((c) => c.currency),
);

export async function listFilterOptions(brandId: string) {
  const [tags, currencies] = await Promise.all([
    prisma.tag.findMany({ where: { brandId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    connectionCurrencies(brandId),
  ]);
  return { tags, currencies };
}

export function listBrandTags(brandId: string) {
  return prisma.tag.findMany({ where: { brandId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

const detailInclude = {
  buyer: { select: { id: true, name: true, country: true, email: true, contactName: true, phone: true } },
  lines: { orderBy: { position: "asc" } },
  packLines: { orderBy: { position: "asc" } },
  tags: { select: { tag: { select: { id: true, name: true } } } },
  deliveryNotes: { orderBy: { sequence: "asc" }, include: { lines: true } },
  undeliveredSkus: { orderBy: { createdAt: "asc" } },
  brand: { select: { id: true, name: true, orderPrefix: true, homeCountry: true, timeZone: true } },
} satisfies Prisma.OrderInclude;

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;

/** The brand's order with everything its detail page and PDFs show, or null (-> 404). */
export async function getOrderDetail(brandId: string, orderId: string) {
  return prisma.order.findFirst({ where: { id: orderId, brandId }, include: detailInclude });
}

/** A buyer's order: the user must be a member of the order's buyer organization. */
// The order pages of buyers read the primary (`prisma`), never a replica: a buyer who just ordered
// lands on them and must see the order (read-your-writes).
export async function getBuyerOrderDetail(userId: string, orderId: string) {
  return prisma.order.findFirst({ where: { id: orderId, buyer: { members: { some: { userId } } } }, include: detailInclude });
}

/** An order placed through the link (its order page checks the visitor first: lib/link-access/link-order). */
export async function getLinkOrderDetail(linkId: string, orderId: string) {
  return prisma.order.findFirst({ where: { id: orderId, sourceLinkId: linkId }, include: detailInclude });
}

export async function getOrderByApprovalToken(token: string) {
  return prisma.order.findUnique({ where: { approvalToken: token }, include: detailInclude });
}

/** The order's status history, oldest first, each entry in brand staff's words in the reader's language. */
export async function orderHistory(brandId: string, orderId: string, locale: AppLocale) {
  const events = await prisma.auditEvent.findMany({
    where: { brandId, entityType: "Order", entityId: orderId },
    select: { id: true, createdAt: true, actorLabel: true, action: true, fromStatus: true, toStatus: true, data: true },
    // Events of one transaction can share a timestamp (the OC save and its rules override): the
    // ids (cuid, increasing within a process) keep them in the order they were written.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  return events.map((e) => ({ id: e.id, createdAt: e.createdAt, actorLabel: describeOrderActor(e.actorLabel, locale), text: describeOrderEvent(e, locale) }));
}

const ENDING_BY: Record<string, OrderEnding["by"]> = { "order.cancel": "brand", [BUYER_CANCEL_ACTION]: "buyer", "order.reject": "brand" };

/** Who ended a cancelled or rejected order, and when (from its status history); null while it runs. */
export async function orderEnding(order: { id: string; status: string }): Promise<OrderEnding | null> {
  if (order.status !== "CANCELLED" && order.status !== "ORDER_REJECTED") return null;
  const event = await prisma.auditEvent.findFirst({
    where: { entityType: "Order", entityId: order.id, action: { in: Object.keys(ENDING_BY) } },
    orderBy: { createdAt: "desc" },
    select: { action: true, createdAt: true },
  });
  return event ? { by: ENDING_BY[event.action], at: event.createdAt } : null;
}

/** Delivered and undelivered quantity per line of an order. */
export function lineQuantities(order: Pick<OrderDetail, "lines" | "deliveryNotes" | "undeliveredSkus">) {
  return order.lines.map((l) => ({
    id: l.id,
    quantity: l.quantity,
    delivered: order.deliveryNotes.reduce((s, n) => s + n.lines.filter((x) => x.orderLineId === l.id).reduce((a, x) => a + x.quantity, 0), 0),
    undelivered: order.undeliveredSkus.filter((u) => u.orderLineId === l.id).reduce((a, u) => a + u.quantity, 0),
  }));
}

/** A SKU of the brand by code, with its wholesale price in the order currency after the buyer's terms. */
export async function findSkuForOrder(brandId: string, orderId: string, code: string) {
  const order = await prisma.order.findFirst({ where: { id: orderId, brandId }, select: { currency: true, buyerId: true } });
  if (!order) return null;
  const sku = await prisma.sku.findFirst({
    where: { brandId, code: { equals: code, mode: "insensitive" } },
    include: { product: { select: { name: true, productCode: true, discountRate: true, ...PRODUCT_RULES_SELECT } }, prices: { where: { currency: order.currency } } },
  });
  if (!sku) return { order, sku: null };
  const connection = await prisma.connection.findUnique({ where: { brandId_buyerId: { brandId, buyerId: order.buyerId } }, select: { discountRate: true } });
  return { order, sku, connection };
}

/** The current order rules of the brand's products, by product id (the OC editor checks edits against them). */
export async function productRulesById(brandId: string, productIds: string[], db: Pick<typeof prisma, "product"> = prisma): Promise<Record<string, ProductRules>> {
  if (productIds.length === 0) return {};
  const rows = await db.product.findMany({ where: { brandId, id: { in: [...new Set(productIds)] } }, select: PRODUCT_RULES_SELECT });
  return Object.fromEntries(rows.map((r) => [r.id, productRulesOf(r)]));
}
