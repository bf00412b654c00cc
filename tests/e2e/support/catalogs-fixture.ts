// A fresh brand (owner + one connected buyer) in the end-to-end database, so tests that change
// catalogs, products or settings own their rows and can run in parallel.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashSecret } from "../../../lib/auth/password";
import { PrismaClient } from "../../../lib/db/generated/client";

export const E2E_PASSWORD = "e2e-pass-2026";

let client: PrismaClient | undefined;
export function e2ePrisma(): PrismaClient {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: these tests need the PostgreSQL server.");
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  return client;
}

export async function createE2eBrand() {
  const prisma = e2ePrisma();
  const suffix = randomBytes(4).toString("hex");
  const brand = await prisma.brand.create({
    data: { name: `E2E Brand ${suffix}`, slug: `e2e-${suffix}`, homeCountry: "JP", defaultCurrency: "JPY", orderPrefix: `E${suffix.slice(0, 3).toUpperCase()}` },
  });
  const owner = await prisma.user.create({ data: { email: `owner-${suffix}@e2e.example`, name: `Owner ${suffix}`, passwordHash: await hashSecret(E2E_PASSWORD) } });
  await prisma.brandMember.create({ data: { brandId: brand.id, userId: owner.id, role: "OWNER" } });
  const buyer = await prisma.buyer.create({ data: { name: `E2E Shop ${suffix}`, country: "JP", ownership: "OFFLINE", ownerBrandId: brand.id, email: `shop-${suffix}@e2e.example` } });
  await prisma.connection.create({ data: { brandId: brand.id, buyerId: buyer.id, currency: "JPY" } });
  return { brand, owner, buyer, suffix };
}

export async function signInAs(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
}
