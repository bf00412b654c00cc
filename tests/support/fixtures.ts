// Fixtures that make a fresh brand with its staff and buyers, so each test owns its data.
import { randomBytes } from "node:crypto";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import type { BrandRole } from "@/lib/db/generated/enums";

export const FIXTURE_PASSWORD = "fixture-pass-123";
let passwordHash: Promise<string> | undefined;

function uid() {
  return randomBytes(4).toString("hex");
}

export async function createUser(prefix = "user") {
  passwordHash ??= hashSecret(FIXTURE_PASSWORD);
  const email = `${prefix}-${uid()}@test.example`;
  return prisma.user.create({ data: { email, name: `${prefix} ${uid()}`, passwordHash: await passwordHash } });
}

export type BrandFixture = Awaited<ReturnType<typeof createBrand>>;

/** A brand with one member per role and two connected buyers (one customer-owned, one offline). */
export async function createBrand(options: { homeCountry?: string; currency?: string } = {}) {
  const suffix = uid();
  const brand = await prisma.brand.create({
    data: { name: `Brand ${suffix}`, slug: `brand-${suffix}`, homeCountry: options.homeCountry ?? "JP", defaultCurrency: options.currency ?? "JPY", orderPrefix: `B${suffix.slice(0, 3).toUpperCase()}` },
  });
  const members = {} as Record<Lowercase<BrandRole>, Awaited<ReturnType<typeof createUser>>>;
  for (const role of ["OWNER", "ADMIN", "STAFF", "OPS"] as const) {
    const user = await createUser(role.toLowerCase());
    await prisma.brandMember.create({ data: { brandId: brand.id, userId: user.id, role } });
    members[role.toLowerCase() as Lowercase<BrandRole>] = user;
  }
  const buyerUser = await createUser("buyer");
  const buyer = await prisma.buyer.create({
    data: { name: `Shop ${suffix}`, country: brand.homeCountry, ownership: "CUSTOMER_OWNED", email: buyerUser.email, members: { create: { userId: buyerUser.id, role: "OWNER" } } },
  });
  const offlineBuyer = await prisma.buyer.create({
    data: { name: `Offline shop ${suffix}`, country: brand.homeCountry, ownership: "OFFLINE", ownerBrandId: brand.id, email: `offline-${suffix}@test.example` },
  });
  for (const b of [buyer, offlineBuyer]) {
    await prisma.connection.create({ data: { brandId: brand.id, buyerId: b.id, currency: brand.defaultCurrency, language: "EN" } });
  }
  return { brand, ...members, buyerUser, buyer, offlineBuyer };
}
