// Orders for report tests, with what the reports group by: the catalog (season) of the order and
// of its lines, the link it came through, the buyer, the currency, the day it was placed and where
// it ships. The database's triggers keep the report rollups as these rows are written. Takes the
// client to use, so integration and end-to-end tests share it.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { OrderLinkType, OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";

type Db = Pick<PrismaClient, "order" | "orderLine" | "brand" | "product" | "sku">;

export type ReportSku = { id: string; code: string; productId: string; productCode: string; productName: string; color: string; size: string };

/** A product with one SKU per colour × size, each with the stock given (in order). */
export async function createReportProduct(db: Db, brandId: string, options: { name: string; colors: string[]; sizes: string[]; stock: number[] }): Promise<{ id: string; productCode: string; skus: ReportSku[] }> {
  const code = `RP-${randomBytes(4).toString("hex").toUpperCase()}`;
  const product = await db.product.create({ data: { brandId, productCode: code, name: options.name, deliveryName: options.name } });
  const skus: ReportSku[] = [];
  let i = 0;
  for (const color of options.colors) {
    for (const size of options.sizes) {
      const sku = await db.sku.create({ data: { brandId, productId: product.id, code: `${code}-${i + 1}`, color, size, stockQuantity: options.stock[i] ?? 0, position: i } });
      skus.push({ id: sku.id, code: sku.code, productId: product.id, productCode: code, productName: options.name, color, size });
      i++;
    }
  }
  return { id: product.id, productCode: code, skus };
}

export type ReportOrderSpec = {
  buyerId: string;
  placedAt: Date;
  lines: { sku: ReportSku; quantity: number; unitPrice: number }[];
  catalogId?: string | null;
  link?: { id: string; name: string; type: OrderLinkType } | null;
  currency?: string;
  shipCountry?: string;
  shipRegion?: string | null;
  status?: OrderStatus;
  releaseStatus?: ReleaseStatus | null;
};

/** The orders, in the given order; each line's total is quantity × unit price (minor units). */
export async function createReportOrders(db: Db, brand: { id: string }, specs: ReportOrderSpec[]): Promise<{ id: string; number: number }[]> {
  const { lastOrderNumber } = await db.brand.update({ where: { id: brand.id }, data: { lastOrderNumber: { increment: specs.length } }, select: { lastOrderNumber: true } });
  const first = lastOrderNumber - specs.length + 1;
  const created: { id: string; number: number }[] = [];
  for (const [i, spec] of specs.entries()) {
    const subtotal = spec.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
    const status = spec.status ?? "OC_CONFIRMED";
    const order = await db.order.create({
      data: {
        brandId: brand.id, buyerId: spec.buyerId, number: first + i,
        source: spec.link ? "ORDER_LINK" : "STANDARD_ORDER", placedVia: spec.link ? "GUEST" : "USER_ACCOUNT",
        sourceLinkId: spec.link?.id ?? null, sourceLinkName: spec.link?.name ?? null, sourceLinkType: spec.link?.type ?? null,
        catalogId: spec.catalogId ?? null,
        idempotencyKey: `report-${randomBytes(8).toString("hex")}`, currency: spec.currency ?? "JPY", subtotal, total: subtotal,
        contactName: "Report Buyer", contactEmail: "buyer@report.example",
        shipRecipient: "Report Buyer", shipLine1: "1-2-3 Jinnan", shipCity: "Shibuya-ku", shipPostalCode: "150-0041",
        shipCountry: spec.shipCountry ?? "JP", shipRegion: spec.shipRegion ?? null, shippingOptionName: "Standard",
        paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP",
        status, releaseStatus: spec.releaseStatus === undefined ? (status === "OC_CONFIRMED" ? "NOT_YET_RELEASED" : null) : spec.releaseStatus,
        ocConfirmedAt: status === "OC_CONFIRMED" ? spec.placedAt : null, createdAt: spec.placedAt,
        lines: {
          create: spec.lines.map((l, position) => ({
            skuId: l.sku.id, productId: l.sku.productId, productCode: l.sku.productCode, productName: l.sku.productName, skuCode: l.sku.code,
            color: l.sku.color, size: l.sku.size, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.quantity * l.unitPrice, position,
            catalogId: spec.catalogId ?? null,
          })),
        },
      },
      select: { id: true, number: true },
    });
    created.push(order);
  }
  return created;
}
