// Builds products, SKUs and confirmed orders waiting in New (To Ship) Orders, fast enough to make
// a thousand at once. Takes the client to use, so integration and end-to-end tests share it.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";

type Db = Pick<PrismaClient, "product" | "sku" | "order" | "orderLine" | "brand">;

export type SkuRef = { id: string; code: string; productId: string; productCode: string; productName: string };

export async function createProductWithSkus(
  db: Db,
  brandId: string,
  options: { stock: number[]; deliveryName?: string | null; name?: string },
): Promise<{ productCode: string; skus: SkuRef[] }> {
  const code = `P-${randomBytes(4).toString("hex").toUpperCase()}`;
  const name = options.name ?? `Product ${code}`;
  const product = await db.product.create({
    data: { brandId, productCode: code, name, deliveryName: options.deliveryName === undefined ? `${name} delivery` : options.deliveryName },
  });
  const skus: SkuRef[] = [];
  for (const [i, stock] of options.stock.entries()) {
    const sku = await db.sku.create({
      data: { brandId, productId: product.id, code: `${code}-${i + 1}`, color: "Navy", size: ["S", "M", "L", "XL"][i % 4], stockQuantity: stock, position: i },
    });
    skus.push({ id: sku.id, code: sku.code, productId: product.id, productCode: code, productName: name });
  }
  return { productCode: code, skus };
}

export type OrderSpec = {
  lines: { sku: SkuRef; quantity: number }[];
  shipCountry?: string;
  contactEmail?: string;
  address?: Partial<Record<"shipRecipient" | "shipLine1" | "shipCity" | "shipPostalCode", string | null>>;
  status?: OrderStatus;
  releaseStatus?: ReleaseStatus | null;
  shippingOptionName?: string;
  /** The order's shipping rate group (what the shipping desk calls its Shipping option); none by default. */
  shippingRateGroupId?: string | null;
  shippingRequestNote?: string;
  createdAt?: Date;
};

/** Confirmed orders, Not Yet Released unless told otherwise; returns them in the given order. */
export async function createToShipOrders(
  db: Db,
  brand: { id: string },
  buyerId: string,
  specs: OrderSpec[],
): Promise<{ id: string; number: number }[]> {
  const { lastOrderNumber } = await db.brand.update({ where: { id: brand.id }, data: { lastOrderNumber: { increment: specs.length } }, select: { lastOrderNumber: true } });
  const first = lastOrderNumber - specs.length + 1;
  const orders = await db.order.createManyAndReturn({
    data: specs.map((spec, i) => {
      const subtotal = spec.lines.reduce((sum, l) => sum + l.quantity * 1000, 0);
      return {
        brandId: brand.id, buyerId, number: first + i, source: "STANDARD_ORDER" as const, placedVia: "USER_ACCOUNT" as const,
        idempotencyKey: `test-${randomBytes(8).toString("hex")}`, currency: "JPY", subtotal, total: subtotal,
        contactName: "Test Buyer", contactEmail: spec.contactEmail ?? "buyer@test.example",
        shipRecipient: "Test Buyer", shipLine1: "1-2-3 Jinnan", shipCity: "Shibuya-ku, Tokyo", shipPostalCode: "150-0041",
        ...spec.address,
        shipCountry: spec.shipCountry ?? "JP", shippingOptionName: spec.shippingOptionName ?? "Standard",
        shippingRateGroupId: spec.shippingRateGroupId ?? null, shippingRequestNote: spec.shippingRequestNote ?? null,
        paymentMethod: "PAY_OUTSIDE_APP" as const, paymentStatus: "OUTSIDE_APP" as const,
        status: spec.status ?? "OC_CONFIRMED", releaseStatus: spec.releaseStatus === undefined ? "NOT_YET_RELEASED" : spec.releaseStatus,
        ocConfirmedAt: new Date(), createdAt: spec.createdAt ?? new Date(Date.now() - (specs.length - i) * 1000),
      };
    }),
    select: { id: true, number: true },
  });
  orders.sort((a, b) => a.number - b.number);
  await db.orderLine.createMany({
    data: specs.flatMap((spec, i) =>
      spec.lines.map((l, position) => ({
        orderId: orders[i].id, skuId: l.sku.id, productId: l.sku.productId, productCode: l.sku.productCode, productName: l.sku.productName,
        skuCode: l.sku.code, color: "Navy", size: "M", quantity: l.quantity, unitPrice: 1000, lineTotal: 1000 * l.quantity, position,
      })),
    ),
  });
  return orders;
}
