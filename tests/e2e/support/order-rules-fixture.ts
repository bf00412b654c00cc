// Order rules on a link-pages brand (tests/e2e/support/link-pages-fixture), written straight to the
// e2e database: a case pack and a prepack on its product, a minimum order value on the brand, and a
// past Standard Order of its buyer for "Order again".
import { e2ePrisma } from "./link-pages-fixture";

type LinkBrand = { brand: { id: string }; buyer: { id: string }; user: { id: string; email: string } };

/** Linen Shirt sold in cases of 6 and as "Size run A" (S ×1, M ×2); the brand's minimum order 150,000 JPY. */
export async function addOrderRules(world: LinkBrand) {
  const prisma = e2ePrisma();
  const product = await prisma.product.findFirstOrThrow({ where: { brandId: world.brand.id } });
  await prisma.product.update({ where: { id: product.id }, data: { orderMultiple: 6, saleMode: "PACKS_AND_SINGLES" } });
  await prisma.prepack.create({
    data: { brandId: world.brand.id, productId: product.id, name: "Size run A", sizes: { create: [{ size: "S", quantity: 1, position: 0 }, { size: "M", quantity: 2, position: 1 }] } },
  });
  await prisma.brand.update({ where: { id: world.brand.id }, data: { minimumOrder: { JPY: { amount: 150000 } } } });
  return product;
}

/** A Standard Order the buyer placed earlier: Linen Shirt Navy / S ×4 (before the case pack of 6). */
export async function addPastOrder(world: LinkBrand) {
  const prisma = e2ePrisma();
  const sku = await prisma.sku.findFirstOrThrow({ where: { brandId: world.brand.id, color: "Navy", size: "S" }, include: { product: true } });
  const { lastOrderNumber } = await prisma.brand.update({ where: { id: world.brand.id }, data: { lastOrderNumber: { increment: 1 } } });
  return prisma.order.create({
    data: {
      brandId: world.brand.id, buyerId: world.buyer.id, number: lastOrderNumber, idempotencyKey: `e2e-reorder-${world.brand.id}`, source: "STANDARD_ORDER", placedVia: "USER_ACCOUNT",
      placedByUserId: world.user.id, currency: "JPY", language: "EN", subtotal: 43200, shippingFee: 0, total: 43200, contactName: "Rin Aoki", contactEmail: world.user.email,
      shipCountry: "JP", paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP", status: "OC_CONFIRMED",
      lines: { create: [{ skuId: sku.id, productId: sku.productId, productCode: sku.product.productCode, productName: sku.product.name, skuCode: sku.code, color: "Navy", size: "S", quantity: 4, unitPrice: 10800, lineTotal: 43200 }] },
    },
  });
}
