// A fresh brand for link tests that change data: one staff user, catalogs of every status,
// lookbooks, shipping rate groups; Stripe and NEXT ENGINE add-ons on, so every form option shows.
// A Japanese brand: its link dates read in Tokyo time, the time zone the tests' browsers use.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import bcrypt from "bcryptjs";
import { PrismaClient } from "../../../lib/db/generated/client";

export const LINKS_FIXTURE_PASSWORD = "links-e2e-pass-1";

let client: PrismaClient | undefined;
export function e2ePrisma(): PrismaClient {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: tests that create rows need the PostgreSQL server.");
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  return client;
}

export async function createLinksBrand() {
  const db = e2ePrisma();
  const suffix = randomBytes(4).toString("hex");
  const brand = await db.brand.create({
    data: { name: `Links Brand ${suffix}`, slug: `links-${suffix}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: `L${suffix.slice(0, 3).toUpperCase()}`, stripeEnabled: true, nextEngineEnabled: true, timeZone: "Asia/Tokyo" },
  });
  const user = await db.user.create({ data: { email: `links-${suffix}@e2e.example`, name: `Links Staff ${suffix}`, passwordHash: await bcrypt.hash(LINKS_FIXTURE_PASSWORD, 10) } });
  await db.brandMember.create({ data: { brandId: brand.id, userId: user.id, role: "STAFF" } });
  const catalogs = [];
  for (const [name, status] of [["Spring Collection", "OPEN"], ["Key Accounts Only", "LIMITED"], ["Archive", "CLOSED"]] as const) {
    catalogs.push(await db.catalog.create({ data: { brandId: brand.id, name, status } }));
  }
  const lookbooks = [];
  for (const [name, status] of [["Spring Lookbook", "PUBLIC"], ["Draft Lookbook", "DRAFT"]] as const) {
    lookbooks.push(await db.lookbook.create({ data: { brandId: brand.id, name, status } }));
  }
  const rateGroups = [];
  for (const [name, currency, country] of [["Domestic Japan", "JPY", "JP"], ["Domestic Japan express", "JPY", "JP"], ["World USD", "USD", null]] as const) {
    rateGroups.push(await db.shippingRateGroup.create({ data: { brandId: brand.id, name, currency, country, rates: { create: [{ name: "Standard", fee: 1000 }] } } }));
  }
  return { brand, user, catalogs, lookbooks, rateGroups };
}
