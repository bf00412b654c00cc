import "server-only";
// The cart of one purchase context (one row per owner key and brand, so it survives reloads and
// devices sharing the session). Writes refuse when the context cannot order (view-only) or the
// SKU is not orderable in it; reads drop lines that stopped being orderable.
import { cache } from "react";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import type { PurchaseContext } from "@/lib/checkout/purchase-context";
import { priceSkus, type PricedSku } from "./price-skus";

export type CartLineView = PricedSku & { quantity: number; lineTotal: number };
export type CartView = { lines: CartLineView[]; subtotal: number; quantity: number; currency: string };

export function assertCanOrder(ctx: PurchaseContext) {
  if (!ctx.canOrder) throw new AppError("VIEW_ONLY", msg("cart.errors.viewOnly"));
}

function findCart(db: Pick<Tx, "cart">, ownerKey: string, brandId: string) {
  return db.cart.findUnique({ where: { ownerKey_brandId: { ownerKey, brandId } }, include: { lines: true } });
}

export async function loadCart(ctx: PurchaseContext, db: Pick<Tx, "cart" | "sku"> = prisma): Promise<CartView> {
  return priceCart(ctx, await findCart(db, ctx.cartOwnerKey, ctx.brand.id), db);
}

// Pages only (never after a write): the header badge and the catalog grid of one request read
// the same cart once.
const findPageCart = cache((ownerKey: string, brandId: string) => findCart(prisma, ownerKey, brandId));

/** The cart as a page shows it, read once per request. */
export const loadPageCart = cache(async (ctx: PurchaseContext) => priceCart(ctx, await findPageCart(ctx.cartOwnerKey, ctx.brand.id), prisma));

async function priceCart(ctx: PurchaseContext, cart: Awaited<ReturnType<typeof findCart>>, db: Pick<Tx, "sku">): Promise<CartView> {
  const lines = cart?.lines ?? [];
  const priced = await priceSkus(db, ctx, lines.map((l) => l.skuId));
  const view = lines
    .filter((l) => priced.has(l.skuId) && l.quantity > 0)
    .map((l) => {
      const p = priced.get(l.skuId)!;
      return { ...p, quantity: l.quantity, lineTotal: p.unitPrice * l.quantity };
    })
    .sort((a, b) => a.productCode.localeCompare(b.productCode) || a.code.localeCompare(b.code));
  return {
    lines: view,
    subtotal: view.reduce((sum, l) => sum + l.lineTotal, 0),
    quantity: view.reduce((sum, l) => sum + l.quantity, 0),
    currency: ctx.currency,
  };
}

/** Quantities of one product's SKUs in the cart (for the grid's initial values). */
export async function cartQuantities(ctx: PurchaseContext): Promise<Map<string, number>> {
  const cart = await findPageCart(ctx.cartOwnerKey, ctx.brand.id);
  return new Map((cart?.lines ?? []).map((l) => [l.skuId, l.quantity]));
}

/** Sets the quantities of one product's SKUs (0 removes the line). */
export async function setProductQuantities(ctx: PurchaseContext, productId: string, input: { skuId: string; quantity: number }[]) {
  assertCanOrder(ctx);
  // A SKU named twice takes its last quantity, as if typed over.
  const quantities = [...new Map(input.map((q) => [q.skuId, q.quantity])).entries()].map(([skuId, quantity]) => ({ skuId, quantity }));
  const priced = await priceSkus(prisma, ctx, quantities.map((q) => q.skuId));
  for (const q of quantities) {
    const sku = priced.get(q.skuId);
    if (!sku || sku.productId !== productId) throw new NotFoundError(msg("cart.errors.notOrderableHere"));
  }
  await prisma.$transaction(async (tx) => {
    const cart = await tx.cart.upsert({
      where: { ownerKey_brandId: { ownerKey: ctx.cartOwnerKey, brandId: ctx.brand.id } },
      create: { ownerKey: ctx.cartOwnerKey, brandId: ctx.brand.id, linkId: ctx.source.kind === "ORDER_LINK" ? ctx.source.linkId : null, buyerId: ctx.buyer?.id ?? null },
      update: {},
    });
    const zero = quantities.filter((q) => q.quantity === 0).map((q) => q.skuId);
    if (zero.length) await tx.cartLine.deleteMany({ where: { cartId: cart.id, skuId: { in: zero } } });
    // Every line of the grid in one statement (a product has up to a few dozen SKUs); the upsert
    // keeps two saves of the same grid at once from colliding on a line.
    const kept = quantities.filter((q) => q.quantity > 0);
    if (kept.length) {
      await tx.$executeRaw`
        INSERT INTO "CartLine" ("cartId", "skuId", "quantity")
        SELECT ${cart.id}, v.sku, v.q FROM unnest(${kept.map((q) => q.skuId)}::text[], ${kept.map((q) => q.quantity)}::int[]) AS v(sku, q)
        ON CONFLICT ("cartId", "skuId") DO UPDATE SET "quantity" = EXCLUDED."quantity"`;
    }
    // A changed cart is no longer the one an earlier order emptied.
    await tx.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date(), placedOrderId: null } });
  });
  return loadCart(ctx);
}

export async function removeCartLine(ctx: PurchaseContext, skuId: string) {
  assertCanOrder(ctx);
  await prisma.cartLine.deleteMany({ where: { skuId, cart: { ownerKey: ctx.cartOwnerKey, brandId: ctx.brand.id } } });
  return loadCart(ctx);
}
