// A fresh brand with a row in every admin list, written straight into the e2e server's database:
// links of all three types, buyers (a connection and an invitation), catalogs, products, a
// lookbook, orders waiting to ship and released, mail, a shipping rate group, staff and tags. The
// names and e-mail addresses are long, as real ones can be, so the layout tests see the widths
// that push a table past the screen.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import bcrypt from "bcryptjs";
import { hashSecretToken } from "../../../lib/auth/secret-token";
import { PrismaClient } from "../../../lib/db/generated/client";
import { createProductWithSkus, createToShipOrders } from "../../support/shipping-orders";

export const ADMIN_LISTS_PASSWORD = "admin-lists-e2e-pass";

let client: PrismaClient | undefined;
export function e2ePrisma(): PrismaClient {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: the admin list tests need the PostgreSQL server.");
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  return client;
}

const DAY = 24 * 60 * 60 * 1000;

export async function createAdminListsBrand() {
  const db = e2ePrisma();
  const id = randomBytes(4).toString("hex");
  const longEmail = (who: string) => `${who}.purchasing-department+wholesale-orders-${id}@very-long-company-name-example.co.jp`;
  const brand = await db.brand.create({
    data: { name: `Layout Brand ${id}`, slug: `layout-${id}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: `Y${id.slice(0, 3).toUpperCase()}` },
  });
  const owner = await db.user.create({ data: { email: `owner-${id}@layout.example`, name: `Owner ${id}`, passwordHash: await bcrypt.hash(ADMIN_LISTS_PASSWORD, 4) } });
  await db.brandMember.create({ data: { brandId: brand.id, userId: owner.id, role: "OWNER" } });
  const staff = await db.user.create({ data: { email: longEmail("staff"), name: "Staff member with a rather long display name", passwordHash: "x" } });
  await db.brandMember.create({ data: { brandId: brand.id, userId: staff.id, role: "STAFF" } });
  await db.staffInvitation.create({ data: { brandId: brand.id, email: longEmail("new-staff"), role: "OPS", tokenHash: hashSecretToken(`staff-${id}`) } });

  const buyer = await db.buyer.create({
    data: { name: "Shibuya Select Lifestyle Goods & Apparel Cooperative (Head Office)", country: "JP", ownership: "OFFLINE", ownerBrandId: brand.id, email: longEmail("buyer"), contactName: "Hanako Aoyama-Takahashi" },
  });
  await db.connection.create({ data: { brandId: brand.id, buyerId: buyer.id, currency: "JPY", discountRate: 12.5, paymentTerms: "Net 60 days after the end of the month of delivery" } });
  await db.connectionInvitation.create({ data: { brandId: brand.id, email: longEmail("invited"), tokenHash: hashSecretToken(`inv-${id}`), currency: "JPY", discountRate: 10 } });

  const catalogs = [];
  for (const [name, status] of [["Spring/Summer 2027 main collection with accessories and home goods", "OPEN"], ["Key accounts only: Tokyo and Osaka flagship stores exclusive capsule", "LIMITED"]] as const) {
    catalogs.push(await db.catalog.create({ data: { brandId: brand.id, name, season: "SS27 (January–June deliveries)", status, publicationDate: new Date(Date.now() - DAY), orderDeadline: new Date(Date.now() + 60 * DAY) } }));
  }
  const product = await createProductWithSkus(db, brand.id, { stock: [40, 25, 10], name: "Organic cotton heavyweight crew-neck sweatshirt, garment-dyed, unisex relaxed fit" });
  await db.catalogProduct.create({ data: { catalogId: catalogs[0].id, productId: product.skus[0].productId, position: 0 } });
  const lookbook = await db.lookbook.create({ data: { brandId: brand.id, name: "Spring/Summer 2027 lookbook: city walks and seaside weekends", status: "PUBLIC" } });
  const rateGroup = await db.shippingRateGroup.create({
    data: { brandId: brand.id, name: "Domestic Japan standard and express delivery", currency: "JPY", country: "JP", rates: { create: [{ name: "Standard (3–5 business days)", fee: 1200 }, { name: "Express next day", fee: 2400, minAmount: 0, maxAmount: 100000 }] } },
  });
  const tag = await db.tag.create({ data: { brandId: brand.id, name: "Priority customer" } });

  const linkName = (kind: string) => `${kind} — Spring/Summer 2027 showroom follow-up orders for key accounts in Tokyo and Osaka`;
  const links = [];
  for (const [type, kind] of [["INSTANT", "Instant"], ["DYNAMIC_BRAND", "Dynamic"], ["CUSTOMER", "Customer"]] as const) {
    links.push(
      await db.orderLink.create({
        data: {
          brandId: brand.id, type, name: linkName(kind), token: `layout-${type.toLowerCase()}-${id}-${randomBytes(6).toString("hex")}`,
          releaseAt: new Date(Date.now() + 2 * DAY), expiresAt: new Date(Date.now() + 90 * DAY),
          currency: type === "CUSTOMER" ? null : "JPY", language: type === "CUSTOMER" ? null : "JA", discountRate: type === "CUSTOMER" ? null : 10,
          catalogs: { create: (type === "INSTANT" ? catalogs.slice(0, 1) : catalogs).map((c, position) => ({ catalogId: c.id, position })) },
        },
      }),
    );
  }

  const [toShip, released] = await createToShipOrders(db, brand, buyer.id, [
    { lines: [{ sku: product.skus[0], quantity: 3 }, { sku: product.skus[1], quantity: 2 }], contactEmail: longEmail("orders"), shippingOptionName: "Standard (3–5 business days)", shippingRequestNote: "Please deliver to the loading dock at the back of the building before 10 AM." },
    { lines: [{ sku: product.skus[2], quantity: 4 }], contactEmail: longEmail("orders"), releaseStatus: "PREPARING_PRODUCT" },
  ]);
  await db.order.updateMany({ where: { brandId: brand.id }, data: { source: "ORDER_LINK", sourceLinkName: linkName("Customer") } });
  await db.orderTag.create({ data: { orderId: toShip.id, tagId: tag.id } });
  await db.order.update({ where: { id: released.id }, data: { releasedAt: new Date() } });
  await db.outboxEmail.create({
    data: {
      brandId: brand.id, to: longEmail("buyer"), subject: `Your order ${brand.orderPrefix}-000001 is confirmed: Spring/Summer 2027 showroom follow-up`,
      text: `Thank you for your order. Review it at https://wholesale.example/oc/${"t".repeat(64)} — nothing else is needed from you.`,
    },
  });
  return { brand, owner, links, catalogs, product, lookbook, rateGroup, orders: { toShip, released }, buyer };
}
