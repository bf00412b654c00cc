// A brand's catalog, products and order links for link-page tests (on top of createBrand()).
import { randomBytes } from "node:crypto";
import { hashSecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import type { OrderLinkType, PaymentMethod } from "@/lib/db/generated/enums";
import { createBrand } from "../../support/fixtures";

// bcrypt is slow on purpose; hash each fixture secret once per test file.
const hashes = new Map<string, Promise<string>>();
function hashOnce(secret: string) {
  if (!hashes.has(secret)) hashes.set(secret, hashSecret(secret));
  return hashes.get(secret)!;
}

export async function createLinkWorld(options: { currency?: string } = {}) {
  const world = await createBrand({ currency: options.currency ?? "JPY" });
  const { brand } = world;
  const catalog = await prisma.catalog.create({ data: { brandId: brand.id, name: "Main", status: "OPEN", discountRate: null } });
  const product = await prisma.product.create({ data: { brandId: brand.id, productCode: `P-${randomBytes(3).toString("hex")}`, name: "Linen Shirt", deliveryName: "Linen Shirt" } });
  const skus = [];
  for (const [i, [color, size]] of [["Navy", "S"], ["Navy", "M"], ["Ecru", "S"], ["Ecru", "M"]].entries()) {
    skus.push(
      await prisma.sku.create({
        data: {
          brandId: brand.id, productId: product.id, code: `${product.productCode}-${i}`, color, size, stockQuantity: 10, position: i,
          prices: { create: [{ currency: "JPY", wholesalePrice: 10000 }, { currency: "USD", wholesalePrice: 7000 }] },
        },
      }),
    );
  }
  const catalogProduct = await prisma.catalogProduct.create({ data: { catalogId: catalog.id, productId: product.id } });
  await prisma.connection.updateMany({ where: { brandId: brand.id }, data: { discountRate: 10 } });
  await prisma.buyer.update({ where: { id: world.offlineBuyer.id }, data: { linkLoginEmail: `login-${world.offlineBuyer.id}@test.example`, linkLoginPasswordHash: await hashOnce("offline-pass-1") } });
  await prisma.connection.update({
    where: { brandId_buyerId: { brandId: brand.id, buyerId: world.buyer.id } },
    data: { uniqueCode: `CODE-${randomBytes(3).toString("hex")}`, passcodeHash: await hashOnce("123456") },
  });
  const connection = await prisma.connection.findUniqueOrThrow({ where: { brandId_buyerId: { brandId: brand.id, buyerId: world.buyer.id } } });
  return { ...world, catalog, product, skus, catalogProduct, uniqueCode: connection.uniqueCode!, offlineLoginEmail: `login-${world.offlineBuyer.id}@test.example` };
}

export type LinkWorld = Awaited<ReturnType<typeof createLinkWorld>>;

export async function createLink(
  world: LinkWorld,
  options: {
    type?: OrderLinkType; passcode?: string; viewOnly?: boolean; releaseAt?: Date; expiresAt?: Date; status?: "OPEN" | "VOID";
    currency?: string; discountRate?: number; addressField?: "SHOW" | "HIDE"; paymentMethods?: PaymentMethod[]; rateGroupIds?: string[];
    offlineBuyerTransition?: boolean; catalogIds?: string[];
  } = {},
) {
  const type = options.type ?? "CUSTOMER";
  return prisma.orderLink.create({
    data: {
      brandId: world.brand.id, type, token: randomBytes(12).toString("base64url"), name: `Link ${type}`,
      status: options.status ?? "OPEN", viewOnly: options.viewOnly ?? false,
      passcodeHash: options.passcode ? await hashOnce(options.passcode) : null,
      releaseAt: options.releaseAt, expiresAt: options.expiresAt,
      addressField: options.addressField ?? "HIDE", paymentMethods: options.paymentMethods ?? ["PAY_OUTSIDE_APP"],
      offlineBuyerTransition: options.offlineBuyerTransition ?? false,
      ...(type === "CUSTOMER" ? {} : { currency: options.currency ?? "JPY", language: "EN", discountRate: options.discountRate ?? 0 }),
      catalogs: { create: (options.catalogIds ?? [world.catalog.id]).map((catalogId, position) => ({ catalogId, position })) },
      shippingRateGroups: options.rateGroupIds ? { create: options.rateGroupIds.map((rateGroupId) => ({ rateGroupId })) } : undefined,
    },
  });
}

export function checkoutInput(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomBytes(12).toString("hex"),
    companyName: "Guest Shop",
    contactName: "Guest Person",
    email: "guest@test.example",
    phone: "+81 3 0000 0000",
    country: "JP",
    shipRecipient: "Guest Person",
    shipLine1: "1-2-3 Jinnan",
    shipCity: "Tokyo",
    shipPostalCode: "150-0041",
    paymentMethod: "PAY_OUTSIDE_APP" as const,
    ...overrides,
  };
}
