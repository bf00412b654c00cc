// Orders of a fixture brand in any state, with real products and SKUs.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import type { BrandFixture } from "../../support/fixtures";

export async function createProductWithSkus(f: BrandFixture, count = 2) {
  const code = `P-${randomBytes(3).toString("hex")}`;
  return prisma.product.create({
    data: {
      brandId: f.brand.id, productCode: code, name: `Product ${code}`, deliveryName: `Product ${code}`,
      skus: {
        create: Array.from({ length: count }, (_, i) => ({
          brandId: f.brand.id, code: `${code}-${i}`, color: "Navy", size: ["S", "M", "L"][i % 3], stockQuantity: 100, position: i,
          prices: { create: [{ currency: "JPY", wholesalePrice: 1000 * (i + 1) }, { currency: "USD", wholesalePrice: 1500 * (i + 1) }] },
        })),
      },
    },
    include: { skus: { orderBy: { position: "asc" } } },
  });
}

export async function createOrder(f: BrandFixture, state: { status?: OrderStatus; releaseStatus?: ReleaseStatus | null; quantities?: number[] } = {}) {
  const product = await createProductWithSkus(f, state.quantities?.length ?? 2);
  const brand = await prisma.brand.update({ where: { id: f.brand.id }, data: { lastOrderNumber: { increment: 1 } } });
  const quantities = state.quantities ?? [3, 2];
  const lines = product.skus.map((sku, i) => ({
    skuId: sku.id, productId: product.id, productCode: product.productCode, productName: product.name, skuCode: sku.code, color: sku.color, size: sku.size,
    quantity: quantities[i], unitPrice: 1000 * (i + 1), lineTotal: 1000 * (i + 1) * quantities[i], position: i,
  }));
  const subtotal = lines.reduce((s, l) => s + l.lineTotal, 0);
  return prisma.order.create({
    data: {
      brandId: f.brand.id, buyerId: f.buyer.id, number: brand.lastOrderNumber, source: "STANDARD_ORDER", placedVia: "USER_ACCOUNT", placedByUserId: f.buyerUser.id,
      idempotencyKey: randomBytes(8).toString("hex"), currency: "JPY", subtotal, shippingFee: 1000, total: subtotal + 1000,
      contactName: "Aiko Buyer", contactEmail: f.buyerUser.email, shipRecipient: "Aiko Buyer", shipLine1: "1-2-3 Jinnan", shipCity: "Tokyo", shipPostalCode: "150-0041", shipCountry: "JP",
      paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP", status: state.status ?? "PLEASE_CREATE_OC", releaseStatus: state.releaseStatus ?? null,
      lines: { create: lines },
    },
    include: { lines: { orderBy: { position: "asc" } } },
  });
}
