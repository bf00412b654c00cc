import "server-only";
// Orders as the integration API reads them: the brand's list with the Order Management filters
// on a cursor (createdAt, id: the list's own index order), and one order with everything an ERP
// or warehouse needs. Always scoped to the key's brand: another brand's id is not found.
import { prisma, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { lineQuantities } from "@/lib/orders/queries";
import { afterCursor, decodeCursor, pageOf } from "./cursor";
import type { orderResource, orderSummaryResource, Resource } from "./resources";
import type { orderListQuerySchema } from "./schemas";
import type { z } from "zod";

type Brand = { id: string; orderPrefix: string };

const summarySelect = {
  id: true, number: true, status: true, releaseStatus: true, source: true, placedVia: true, sourceLinkName: true, poNumber: true, currency: true,
  subtotal: true, shippingFee: true, total: true, paymentMethod: true, paymentStatus: true, createdAt: true, updatedAt: true,
  buyer: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { name: true } } } },
} satisfies Prisma.OrderSelect;

type SummaryRow = Prisma.OrderGetPayload<{ select: typeof summarySelect }>;

function summaryOf(brand: Brand, o: SummaryRow): Resource<typeof orderSummaryResource> {
  return {
    id: o.id, number: formatOrderNumber(brand.orderPrefix, o.number), status: o.status, releaseStatus: o.releaseStatus, source: o.source, placedVia: o.placedVia,
    sourceLinkName: o.sourceLinkName, buyer: o.buyer, poNumber: o.poNumber, currency: o.currency, subtotal: o.subtotal, shippingFee: o.shippingFee, total: o.total,
    paymentMethod: o.paymentMethod, paymentStatus: o.paymentStatus, tags: o.tags.map((t) => t.tag.name).sort(), placedAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString(),
  };
}

const dayStart = (date: string) => new Date(`${date}T00:00:00.000Z`);

export async function listOrdersForApi(brand: Brand, query: z.output<typeof orderListQuerySchema>) {
  const where: Prisma.OrderWhereInput = { brandId: brand.id, ...afterCursor(decodeCursor(query.cursor)) };
  if (query.status) where.status = query.status;
  if (query.buyer) where.buyerId = query.buyer;
  if (query.updatedSince) where.updatedAt = { gte: new Date(query.updatedSince) };
  if (query.tag) where.tags = { some: { tag: { brandId: brand.id, name: { equals: query.tag, mode: "insensitive" } } } };
  if (query.placedFrom || query.placedTo) {
    where.AND = [{ createdAt: { ...(query.placedFrom ? { gte: dayStart(query.placedFrom) } : {}), ...(query.placedTo ? { lt: new Date(dayStart(query.placedTo).getTime() + 86_400_000) } : {}) } }];
  }
  const rows = await prisma.order.findMany({ where, select: summarySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const page = pageOf(rows, query.limit);
  return { data: page.rows.map((o) => summaryOf(brand, o)), nextCursor: page.nextCursor };
}

const detailSelect = {
  ...summarySelect,
  language: true, contactName: true, contactEmail: true, contactPhone: true,
  shipRecipient: true, shipLine1: true, shipLine2: true, shipCity: true, shipRegion: true, shipPostalCode: true, shipPhone: true, shipCountry: true,
  shippingOptionName: true, shippingRequestNote: true, requestedDeliveryFrom: true, requestedDeliveryTo: true, buyerNote: true,
  ocConfirmedAt: true, rejectedReason: true, cancelledReason: true,
  lines: { orderBy: { position: "asc" } },
  packLines: { orderBy: { position: "asc" } },
  deliveryNotes: { orderBy: { sequence: "asc" }, include: { lines: true } },
  undeliveredSkus: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.OrderSelect;

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function contentsOf(value: Prisma.JsonValue): Record<string, number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === "number"));
}

/** `db`: a transaction's, to read an order as that transaction leaves it (webhook events, lib/webhooks/payloads). */
export async function getOrderForApi(brand: Brand, orderId: string, db: Pick<Tx, "order"> = prisma): Promise<Resource<typeof orderResource>> {
  const o = await db.order.findFirst({ where: { id: orderId, brandId: brand.id }, select: detailSelect });
  if (!o) throw new NotFoundError(msg("orders.errors.orderNotFound"));
  const quantities = new Map(lineQuantities(o).map((q) => [q.id, q]));
  const hasAddress = [o.shipRecipient, o.shipLine1, o.shipCity, o.shipPostalCode].some(Boolean);
  return {
    ...summaryOf(brand, o),
    language: o.language,
    contact: { name: o.contactName, email: o.contactEmail, phone: o.contactPhone },
    shippingAddress: hasAddress
      ? { recipient: o.shipRecipient, line1: o.shipLine1, line2: o.shipLine2, city: o.shipCity, region: o.shipRegion, postalCode: o.shipPostalCode, phone: o.shipPhone }
      : null,
    shipCountry: o.shipCountry,
    shippingOption: o.shippingOptionName,
    shippingRequestNote: o.shippingRequestNote,
    requestedDelivery: { from: isoDay(o.requestedDeliveryFrom), to: isoDay(o.requestedDeliveryTo) },
    buyerNote: o.buyerNote,
    ocConfirmedAt: o.ocConfirmedAt?.toISOString() ?? null,
    rejectedReason: o.rejectedReason,
    cancelledReason: o.cancelledReason,
    lines: o.lines.map((l) => ({
      id: l.id, skuId: l.skuId, skuCode: l.skuCode, productId: l.productId, productCode: l.productCode, productName: l.productName, color: l.color, size: l.size,
      quantity: l.quantity, packQuantity: l.packQuantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal,
      delivered: quantities.get(l.id)?.delivered ?? 0, undelivered: quantities.get(l.id)?.undelivered ?? 0,
    })),
    packs: o.packLines.map((p) => ({ id: p.id, productCode: p.productCode, productName: p.productName, name: p.name, color: p.color, packs: p.packs, contents: contentsOf(p.contents) })),
    deliveryNotes: o.deliveryNotes.map((n) => ({
      id: n.id, sequence: n.sequence, carrier: n.carrier, trackingNumber: n.trackingNumber, createdAt: n.createdAt.toISOString(),
      lines: n.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
    })),
    undeliveredSkus: o.undeliveredSkus.map((u) => ({ orderLineId: u.orderLineId, quantity: u.quantity, createdAt: u.createdAt.toISOString() })),
  };
}
