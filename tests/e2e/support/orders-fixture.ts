// A fresh brand for an Order Management test: an owner, a connected buyer with a user, three
// orders (one waiting for an OC, one OC Confirmed and released by the Shipping work queue, one OC
// Approved) and the tags asked for, created straight in the e2e server's database so parallel
// tests never share rows.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import bcrypt from "bcryptjs";
import { PrismaClient } from "../../../lib/db/generated/client";

export const ORDERS_PASSWORD = "orders-e2e-pass-1";

function e2ePrisma() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (the orders e2e tests need PostgreSQL).");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** Tags saved by someone else meanwhile (e.g. another staff member), straight in the database. */
export async function addTag(brandId: string, name: string) {
  const prisma = e2ePrisma();
  try {
    return await prisma.tag.create({ data: { brandId, name } });
  } finally {
    await prisma.$disconnect();
  }
}

export async function tagNames(brandId: string) {
  const prisma = e2ePrisma();
  try {
    return (await prisma.tag.findMany({ where: { brandId }, orderBy: { name: "asc" } })).map((t) => t.name);
  } finally {
    await prisma.$disconnect();
  }
}

export async function createOrdersFixture(options: { tags?: string[] } = {}) {
  const prisma = e2ePrisma();
  try {
    const id = randomBytes(4).toString("hex");
    const passwordHash = await bcrypt.hash(ORDERS_PASSWORD, 4);
    const prefix = `E${id.slice(0, 3).toUpperCase()}`;
    const brand = await prisma.brand.create({ data: { name: `Orders Brand ${id}`, slug: `orders-${id}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: prefix, lastOrderNumber: 3 } });
    const owner = await prisma.user.create({ data: { email: `owner-${id}@orders.example`, name: `Owner ${id}`, passwordHash } });
    await prisma.brandMember.create({ data: { brandId: brand.id, userId: owner.id, role: "OWNER" } });
    const buyerUser = await prisma.user.create({ data: { email: `buyer-${id}@orders.example`, name: `Buyer ${id}`, passwordHash } });
    const buyer = await prisma.buyer.create({
      data: { name: `Shop ${id}`, country: "JP", ownership: "CUSTOMER_OWNED", email: buyerUser.email, members: { create: { userId: buyerUser.id, role: "OWNER" } } },
    });
    await prisma.connection.create({ data: { brandId: brand.id, buyerId: buyer.id, currency: "JPY", language: "JA" } });
    const product = await prisma.product.create({
      data: {
        brandId: brand.id, productCode: `TEE-${id}`, name: "Organic Tee", deliveryName: "Organic Tee",
        skus: { create: ["S", "M"].map((size, i) => ({ brandId: brand.id, code: `TEE-${id}-${size}`, color: "Navy", size, stockQuantity: 50, position: i, prices: { create: { currency: "JPY", wholesalePrice: 2000 } } })) },
      },
      include: { skus: { orderBy: { position: "asc" } } },
    });
    const order = async (number: number, extra: { status: "PLEASE_CREATE_OC" | "OC_APPROVED" | "OC_CONFIRMED"; releaseStatus?: "PREPARING_PRODUCT" }) =>
      prisma.order.create({
        data: {
          brandId: brand.id, buyerId: buyer.id, number, source: "STANDARD_ORDER", placedVia: "USER_ACCOUNT", placedByUserId: buyerUser.id, idempotencyKey: `e2e-${id}-${number}`,
          currency: "JPY", language: "JA", subtotal: 10000, shippingFee: 1000, total: 11000, contactName: "青山 花子", contactEmail: buyerUser.email,
          shipRecipient: "青山 花子", shipLine1: "1-2-3 Jinnan", shipCity: "Shibuya-ku, Tokyo", shipPostalCode: "150-0041", shipCountry: "JP",
          paymentMethod: "PAY_OUTSIDE_APP", paymentStatus: "OUTSIDE_APP", ...extra, ocConfirmedAt: extra.status === "OC_CONFIRMED" ? new Date() : null,
          lines: {
            create: product.skus.map((sku, i) => ({
              skuId: sku.id, productId: product.id, productCode: product.productCode, productName: product.name, skuCode: sku.code, color: sku.color, size: sku.size,
              quantity: [3, 2][i], unitPrice: 2000, lineTotal: 2000 * [3, 2][i], position: i,
            })),
          },
        },
      });
    const fresh = await order(1, { status: "PLEASE_CREATE_OC" });
    const released = await order(2, { status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT" });
    const approved = await order(3, { status: "OC_APPROVED" });
    for (const name of options.tags ?? []) await prisma.tag.create({ data: { brandId: brand.id, name } });
    return { brand, owner, buyerUser, buyer, fresh, released, approved, number: (n: number) => `${prefix}-${String(n).padStart(6, "0")}` };
  } finally {
    await prisma.$disconnect();
  }
}
