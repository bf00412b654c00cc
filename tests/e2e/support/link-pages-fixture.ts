// A fresh brand with a catalog, a buyer user, an offline buyer, brand-specific credentials and
// its own order links, written straight to the e2e database so link-page tests own their rows.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashSecret } from "../../../lib/auth/password";
import { PrismaClient } from "../../../lib/db/generated/client";

let client: PrismaClient | undefined;
export function e2ePrisma() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set");
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return client;
}

export const LINK_PASSWORD = "link-pass-2026";

export async function createLinkBrand() {
  const prisma = e2ePrisma();
  const id = randomBytes(4).toString("hex");
  const hash = await hashSecret(LINK_PASSWORD);
  const brand = await prisma.brand.create({ data: { name: `Atelier ${id}`, slug: `atelier-${id}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: `E${id.slice(0, 3).toUpperCase()}` } });
  const catalog = await prisma.catalog.create({ data: { brandId: brand.id, name: "Spring Line", status: "OPEN" } });
  const product = await prisma.product.create({ data: { brandId: brand.id, productCode: `E-${id}`, name: "Linen Shirt", deliveryName: "Linen Shirt" } });
  let position = 0;
  for (const color of ["Navy", "Ecru"]) {
    for (const size of ["S", "M"]) {
      await prisma.sku.create({
        data: {
          brandId: brand.id, productId: product.id, code: `E-${id}-${color}-${size}`, color, size, stockQuantity: 20, position: position++,
          prices: { create: [{ currency: "JPY", wholesalePrice: 12000 }, { currency: "USD", wholesalePrice: 8000 }] },
        },
      });
    }
  }
  await prisma.catalogProduct.create({ data: { catalogId: catalog.id, productId: product.id } });
  const rateGroup = await prisma.shippingRateGroup.create({ data: { brandId: brand.id, name: "Japan", currency: "JPY", country: "JP", rates: { create: [{ name: "Standard", minAmount: 0, maxAmount: null, fee: 1000 }] } } });

  const user = await prisma.user.create({ data: { email: `buyer-${id}@e2e.example`, name: "Rin Aoki", passwordHash: hash } });
  const buyer = await prisma.buyer.create({
    data: {
      name: `Shop ${id}`, country: "JP", ownership: "CUSTOMER_OWNED", email: user.email, contactName: "Rin Aoki", phone: "+81 3 1111 2222",
      members: { create: { userId: user.id, role: "OWNER" } },
      addresses: { create: { recipientName: "Rin Aoki", line1: "1-2-3 Jinnan", city: "Shibuya-ku, Tokyo", postalCode: "150-0041", country: "JP", isDefault: true } },
    },
  });
  const offline = await prisma.buyer.create({
    data: {
      name: `Offline ${id}`, country: "JP", ownership: "OFFLINE", ownerBrandId: brand.id, email: `offline-${id}@e2e.example`, contactName: "Kai Mori", phone: "+81 3 3333 4444",
      linkLoginEmail: `offline-${id}@e2e.example`, linkLoginPasswordHash: hash,
    },
  });
  const closedBuyer = await prisma.buyer.create({ data: { name: `Closed ${id}`, country: "JP", ownership: "OFFLINE", ownerBrandId: brand.id, linkLoginEmail: `closed-${id}@e2e.example`, linkLoginPasswordHash: hash } });
  await prisma.connection.create({ data: { brandId: brand.id, buyerId: buyer.id, currency: "JPY", language: "JA", discountRate: 10, uniqueCode: `CODE-${id}`, passcodeHash: hash } });
  await prisma.connection.create({ data: { brandId: brand.id, buyerId: offline.id, currency: "USD", language: "EN", discountRate: 0 } });
  await prisma.connection.create({ data: { brandId: brand.id, buyerId: closedBuyer.id, currency: "JPY", language: "EN", status: "CLOSED" } });

  const link = (type: "CUSTOMER" | "INSTANT", extra: Record<string, unknown> = {}) =>
    prisma.orderLink.create({
      data: {
        brandId: brand.id, type, token: `e2e-${type.toLowerCase()}-${randomBytes(10).toString("base64url")}`, name: `${type} ${id}`,
        catalogs: { create: [{ catalogId: catalog.id }] },
        contacts: { create: [{ firstName: "Haruka", lastName: "Sato", email: "sales@e2e.example", note: "Sales" }] },
        ...(type === "INSTANT" ? { currency: "JPY", language: "EN" as const, discountRate: 0 } : {}),
        ...extra,
      },
    });
  const customerLink = await link("CUSTOMER", { addressField: "HIDE", shippingRateGroups: { create: [{ rateGroupId: rateGroup.id }] } });
  const plainCustomerLink = await link("CUSTOMER", { addressField: "HIDE" });
  const instantLink = await link("INSTANT", { addressField: "SHOW" });
  return { brand, user, buyer, offline, closedBuyer, customerLink, plainCustomerLink, instantLink, code: `CODE-${id}` };
}
