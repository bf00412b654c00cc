// A fresh brand for a shipping end-to-end test, written straight into the e2e server's database:
// an ops member who signs in through the UI, a buyer, products with SKUs, and orders waiting in
// New (To Ship) Orders.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashSecret } from "../../../lib/auth/password";
import { PrismaClient } from "../../../lib/db/generated/client";
import { createProductWithSkus, createToShipOrders, type OrderSpec, type SkuRef } from "../../support/shipping-orders";

export const SHIPPING_PASSWORD = "shipping-e2e-pass";

export function e2ePrisma(): PrismaClient {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: shipping e2e tests need the PostgreSQL server.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
}

export async function createShippingBrand(db: PrismaClient) {
  const suffix = randomBytes(4).toString("hex");
  const brand = await db.brand.create({
    data: { name: `Ship Co ${suffix}`, slug: `ship-${suffix}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: `S${suffix.slice(0, 3).toUpperCase()}` },
  });
  const ops = await db.user.create({ data: { email: `ops-${suffix}@ship.example`, name: `Ops ${suffix}`, passwordHash: await hashSecret(SHIPPING_PASSWORD) } });
  await db.brandMember.create({ data: { brandId: brand.id, userId: ops.id, role: "OPS" } });
  const buyer = await db.buyer.create({ data: { name: `Shop ${suffix}`, country: "JP", ownership: "OFFLINE", ownerBrandId: brand.id, email: `shop-${suffix}@buyer.example` } });
  await db.connection.create({ data: { brandId: brand.id, buyerId: buyer.id, currency: "JPY" } });
  return {
    brand,
    ops,
    buyer,
    suffix,
    product: (stock: number[], options: { deliveryName?: string | null } = {}) => createProductWithSkus(db, brand.id, { stock, ...options }),
    orders: (specs: OrderSpec[]) => createToShipOrders(db, brand, buyer.id, specs),
    rateGroup: (name: string, currency: string, country: string | null) => db.shippingRateGroup.create({ data: { brandId: brand.id, name, currency, country } }),
    orderNumber: (n: number) => `${brand.orderPrefix}-${String(n).padStart(6, "0")}`,
  };
}

export type { SkuRef };
