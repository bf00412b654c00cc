// A fresh brand with a staff member, a customer-owned buyer organization (with its user) connected
// to it, and one Open catalog with a priced product, written straight into the e2e database so a
// test that changes data owns its rows.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import bcrypt from "bcryptjs";
import { PrismaClient } from "../../../lib/db/generated/client";

export const E2E_PASSWORD = "e2e-pass-2026";

export async function createConnectedBuyer() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (run with DATABASE_URL).");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const id = randomBytes(4).toString("hex");
    const passwordHash = await bcrypt.hash(E2E_PASSWORD, 4);
    const brand = await prisma.brand.create({
      data: { name: `E2E Brand ${id}`, slug: `e2e-brand-${id}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: `E${id.slice(0, 3).toUpperCase()}` },
    });
    const staff = await prisma.user.create({ data: { email: `staff-${id}@e2e.example`, name: `Staff ${id}`, passwordHash } });
    await prisma.brandMember.create({ data: { brandId: brand.id, userId: staff.id, role: "STAFF" } });
    const buyerUser = await prisma.user.create({ data: { email: `buyer-${id}@e2e.example`, name: `Buyer ${id}`, passwordHash } });
    const buyer = await prisma.buyer.create({
      data: { name: `E2E Shop ${id}`, country: "JP", ownership: "CUSTOMER_OWNED", email: buyerUser.email, members: { create: { userId: buyerUser.id, role: "OWNER" } } },
    });
    await prisma.connection.create({ data: { brandId: brand.id, buyerId: buyer.id, currency: "JPY", discountRate: 10, paymentTerms: "Net 30" } });
    const product = await prisma.product.create({ data: { brandId: brand.id, productCode: `E2E-${id}`, name: `Linen Shirt ${id}` } });
    await prisma.sku.create({
      data: { brandId: brand.id, productId: product.id, code: `E2E-${id}-NAV-M`, color: "Navy", size: "M", prices: { create: [{ currency: "JPY", wholesalePrice: 12000 }] } },
    });
    const catalog = await prisma.catalog.create({
      data: { brandId: brand.id, name: `E2E Catalog ${id}`, status: "OPEN", publicationDate: new Date(Date.now() - 86_400_000), products: { create: [{ productId: product.id }] } },
    });
    return { brand, staff, buyerUser, buyer, catalog, product };
  } finally {
    await prisma.$disconnect();
  }
}
