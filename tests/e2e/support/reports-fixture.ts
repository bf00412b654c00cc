// A fresh brand for the Reports end-to-end tests, written straight into the e2e server's database:
// a staff manager and an ops member who sign in through the UI, two seasons (AW25, SS26), two
// buyers and a product, with orders whose report figures are known (see REPORT_ORDERS).
import { randomBytes } from "node:crypto";
import { hashSecret } from "../../../lib/auth/password";
import type { PrismaClient } from "../../../lib/db/generated/client";
import { createReportOrders, createReportProduct } from "../../support/report-orders";

export const REPORTS_PASSWORD = "reports-e2e-pass";

export async function createReportsBrand(db: PrismaClient) {
  const suffix = randomBytes(4).toString("hex");
  const brand = await db.brand.create({
    data: { name: `Report Co ${suffix}`, slug: `report-${suffix}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: `R${suffix.slice(0, 3).toUpperCase()}`, timeZone: "Asia/Tokyo" },
  });
  const passwordHash = await hashSecret(REPORTS_PASSWORD);
  const manager = await db.user.create({ data: { email: `manager-${suffix}@report.example`, name: `Manager ${suffix}`, passwordHash, language: "EN" } });
  const ops = await db.user.create({ data: { email: `ops-${suffix}@report.example`, name: `Ops ${suffix}`, passwordHash, language: "EN" } });
  await db.brandMember.create({ data: { brandId: brand.id, userId: manager.id, role: "STAFF" } });
  await db.brandMember.create({ data: { brandId: brand.id, userId: ops.id, role: "OPS" } });
  const buyer = (name: string, contact: { contactName?: string; phone?: string } = {}) =>
    db.buyer.create({
      data: { name, country: "JP", ownership: "OFFLINE", ownerBrandId: brand.id, email: `${name.split(" ")[0].toLowerCase()}-${suffix}@buyer.example`, ...contact, connections: { create: { brandId: brand.id, currency: "JPY" } } },
    });
  const kamakura = await buyer(`Kamakura Goods ${suffix}`);
  const sendai = await buyer(`Sendai Select ${suffix}`);
  const nara = await buyer(`Nara Crafts ${suffix}`, { contactName: "Mei Fujita", phone: "+81 742 00 0000" });
  const aw25 = await db.catalog.create({ data: { brandId: brand.id, name: "AW25", season: "AW25", publicationDate: new Date("2025-07-01T00:00:00Z") } });
  const ss26 = await db.catalog.create({ data: { brandId: brand.id, name: "SS26", season: "SS26", publicationDate: new Date("2026-01-01T00:00:00Z") } });
  const product = await createReportProduct(db, brand.id, { name: `Linen Shirt ${suffix}`, colors: ["Navy", "White"], sizes: ["S", "M"], stock: [10, 0, 5, 8] });
  const [navyS, navyM, whiteS] = product.skus;
  const noon = (day: string) => new Date(`${day}T03:00:00Z`); // noon in Tokyo
  await createReportOrders(db, brand, [
    // Kamakura in SS26: three orders over January and March (the figures the test filters to).
    { buyerId: kamakura.id, catalogId: ss26.id, placedAt: noon("2026-01-15"), shipRegion: "Kanagawa", lines: [{ sku: navyS, quantity: 2, unitPrice: 5000 }] },
    { buyerId: kamakura.id, catalogId: ss26.id, placedAt: noon("2026-01-20"), shipRegion: "Kanagawa", lines: [{ sku: navyM, quantity: 1, unitPrice: 5000 }] },
    { buyerId: kamakura.id, catalogId: ss26.id, placedAt: noon("2026-03-05"), shipRegion: "Kanagawa", lines: [{ sku: whiteS, quantity: 4, unitPrice: 5000 }] },
    // Left out by the filters: another buyer in SS26, the same buyer in AW25, a cancelled order.
    { buyerId: sendai.id, catalogId: ss26.id, placedAt: noon("2026-02-10"), shipRegion: "Miyagi", lines: [{ sku: navyS, quantity: 6, unitPrice: 5000 }] },
    { buyerId: kamakura.id, catalogId: aw25.id, placedAt: noon("2025-09-01"), shipRegion: "Kanagawa", lines: [{ sku: navyS, quantity: 9, unitPrice: 4000 }] },
    { buyerId: kamakura.id, catalogId: ss26.id, placedAt: noon("2026-02-01"), status: "CANCELLED", lines: [{ sku: navyS, quantity: 20, unitPrice: 5000 }] },
    // Nara ordered in AW25 only: the re-engagement list of SS26.
    { buyerId: nara.id, catalogId: aw25.id, placedAt: noon("2025-10-01"), shipRegion: "Nara", lines: [{ sku: navyM, quantity: 3, unitPrice: 4000 }] },
  ]);
  return { brand, manager, ops, kamakura, sendai, nara, aw25, ss26, product };
}

/** What Kamakura ordered in SS26 (not cancelled): the filtered report's totals. */
export const KAMAKURA_SS26 = { orders: 3, units: 7, value: "¥35,000" };
