import "server-only";
// The cart of one purchase context (one row per owner key and brand, so it survives reloads and
// devices sharing the session). Writes refuse when the context cannot order (view-only), the SKU
// or prepack is not orderable in it, or the product's selection breaks its order rules; reads drop
// lines that stopped being orderable and report the rules the cart breaks now (lib/cart/cart-view).
import { cache } from "react";
import { prisma, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/new-id";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { violationMessage } from "@/lib/order-rules/messages";
import { checkProductOrder, type ProductSelection, type RuleViolation } from "@/lib/order-rules/product-rules";
import type { PurchaseContext } from "@/lib/checkout/purchase-context";
import { buildCartView, packSkuIds, type CartRows, type CartView } from "./cart-view";
import { priceProduct, priceSkus } from "./price-skus";

export type { CartLineView, CartPackLineView, CartProblem, CartView } from "./cart-view";

export function assertCanOrder(ctx: PurchaseContext) {
  if (!ctx.canOrder) throw new AppError("VIEW_ONLY", msg("cart.errors.viewOnly"));
}

// Pack lines come with their prepack and the product's SKUs (to expand the pack), in the cart's statement.
const CART_INCLUDE = {
  lines: { select: { skuId: true, quantity: true } },
  packLines: {
    select: {
      prepackId: true, color: true, packs: true,
      prepack: {
        select: {
          id: true, name: true, productId: true,
          sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } },
          product: { select: { skus: { select: { id: true, color: true, size: true } } } },
        },
      },
    },
  },
} as const;

function findCart(db: Pick<Tx, "cart">, ownerKey: string, brandId: string) {
  return db.cart.findUnique({ where: { ownerKey_brandId: { ownerKey, brandId } }, include: CART_INCLUDE });
}

export async function loadCart(ctx: PurchaseContext, db: Pick<Tx, "cart" | "sku" | "product"> = prisma): Promise<CartView> {
  return priceCart(ctx, await findCart(db, ctx.cartOwnerKey, ctx.brand.id), db);
}

// Pages only (never after a write): the header badge and the catalog grid of one request read
// the same cart once.
const findPageCart = cache((ownerKey: string, brandId: string) => findCart(prisma, ownerKey, brandId));

/** The cart as a page shows it, read once per request. */
export const loadPageCart = cache(async (ctx: PurchaseContext) => priceCart(ctx, await findPageCart(ctx.cartOwnerKey, ctx.brand.id), prisma));

async function priceCart(ctx: PurchaseContext, cart: CartRows | null, db: Pick<Tx, "sku" | "product">): Promise<CartView> {
  const ids = [...new Set([...(cart?.lines ?? []).map((l) => l.skuId), ...(cart ? packSkuIds(cart) : [])])];
  return buildCartView(cart, await priceSkus(db, ctx, ids), ctx.currency);
}

/** Quantities of the cart's single SKUs (for the grid's initial values). */
export async function cartQuantities(ctx: PurchaseContext): Promise<Map<string, number>> {
  const cart = await findPageCart(ctx.cartOwnerKey, ctx.brand.id);
  return new Map((cart?.lines ?? []).map((l) => [l.skuId, l.quantity]));
}

/** Packs in the cart by packKey(prepackId, colour) (for the grid's initial values). */
export async function cartPacks(ctx: PurchaseContext): Promise<Map<string, number>> {
  const cart = await findPageCart(ctx.cartOwnerKey, ctx.brand.id);
  return new Map((cart?.packLines ?? []).map((p) => [packKey(p.prepackId, p.color), p.packs]));
}

export function packKey(prepackId: string, color: string) {
  return `${prepackId}:${color}`;
}

/** Field errors of a refused selection: per SKU (`quantities.<skuId>`) or pack (`packs.<prepackId>.<colour>`) where the rule is about one. */
function violationFieldErrors(violations: RuleViolation[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const v of violations) {
    const field = "skuId" in v ? `quantities.${v.skuId}` : v.code === "PACK_SIZE_MISSING" ? `packs.${v.prepackId}.${v.color}` : "product";
    errors[field] ??= violationMessage(v);
  }
  return errors;
}

/**
 * Sets one product's whole selection in the cart, single units per SKU and packs per prepack and
 * colour (0 or absent removes): the grid saves a product at once. The product's current rules are
 * checked first; a selection that breaks one is refused and nothing is written.
 */
export async function setProductQuantities(ctx: PurchaseContext, productId: string, input: { quantities: { skuId: string; quantity: number }[]; packs?: { prepackId: string; color: string; packs: number }[] }) {
  assertCanOrder(ctx);
  // A SKU or pack named twice takes its last quantity, as if typed over.
  const singles = [...new Map(input.quantities.map((q) => [q.skuId, q.quantity])).entries()].map(([skuId, quantity]) => ({ skuId, quantity }));
  const packs = [...new Map((input.packs ?? []).map((p) => [packKey(p.prepackId, p.color), p])).values()];
  const product = await priceProduct(prisma, ctx, productId);
  if (!product) throw new NotFoundError(msg("cart.errors.notOrderableHere"));
  for (const q of singles) {
    if (!product.priced.has(q.skuId)) throw new NotFoundError(msg("cart.errors.notOrderableHere"));
  }
  for (const p of packs) {
    if (!product.rules.prepacks.some((pp) => pp.id === p.prepackId)) throw new NotFoundError(msg("orderRules.violations.unknownPack"));
  }
  const selection: ProductSelection = { singles: singles.filter((q) => q.quantity > 0), packs: packs.filter((p) => p.packs > 0) };
  const check = checkProductOrder(product.rules, product.skus, selection);
  if (check.violations.length > 0) throw new AppError("ORDER_RULES", violationMessage(check.violations[0]), violationFieldErrors(check.violations));
  // Every SKU a pack expands to must be orderable here too.
  for (const skuId of check.packUnits.keys()) {
    if (!product.priced.has(skuId)) throw new NotFoundError(msg("cart.errors.notOrderableHere"));
  }
  await writeSelections(ctx, [{ productId, selection }]);
  return loadCart(ctx);
}

/**
 * Replaces the product's lines of the cart with the selection, singles and packs, in ONE statement
 * (data-modifying CTEs): the cart row is made when missing (else touched and its "already ordered"
 * mark cleared), the product's other lines are deleted and these upserted, so two saves of one grid
 * at once never collide on a line, and a product with prepacks costs no extra statement.
 */
async function writeSelection(db: Pick<Tx, "$executeRaw">, ctx: PurchaseContext, productId: string, selection: ProductSelection) {
  const skuIds = selection.singles.map((q) => q.skuId);
  const packIds = selection.packs.map((p) => p.prepackId);
  const colors = selection.packs.map((p) => p.color);
  const linkId = ctx.source.kind === "ORDER_LINK" ? ctx.source.linkId : null;
  await db.$executeRaw`
    WITH cart AS (
      INSERT INTO "Cart" ("id", "brandId", "ownerKey", "linkId", "buyerId", "createdAt", "updatedAt")
      VALUES (${newId()}, ${ctx.brand.id}, ${ctx.cartOwnerKey}, ${linkId}, ${ctx.buyer?.id ?? null}, now(), now())
      ON CONFLICT ("ownerKey", "brandId") DO UPDATE SET "updatedAt" = now(), "placedOrderId" = NULL
      RETURNING "id"
    ), gone AS (
      DELETE FROM "CartLine" cl USING "Sku" s
      WHERE cl."cartId" = (SELECT "id" FROM cart) AND s."id" = cl."skuId" AND s."productId" = ${productId} AND NOT (cl."skuId" = ANY(${skuIds}::text[]))
    ), gone_packs AS (
      DELETE FROM "CartPackLine" cp USING "Prepack" p
      WHERE cp."cartId" = (SELECT "id" FROM cart) AND p."id" = cp."prepackId" AND p."productId" = ${productId}
        AND NOT EXISTS (SELECT 1 FROM unnest(${packIds}::text[], ${colors}::text[]) AS k(id, color) WHERE k.id = cp."prepackId" AND k.color = cp."color")
    ), packs AS (
      INSERT INTO "CartPackLine" ("cartId", "prepackId", "color", "packs")
      SELECT (SELECT "id" FROM cart), v.id, v.color, v.n FROM unnest(${packIds}::text[], ${colors}::text[], ${selection.packs.map((p) => p.packs)}::int[]) AS v(id, color, n)
      ON CONFLICT ("cartId", "prepackId", "color") DO UPDATE SET "packs" = EXCLUDED."packs"
    )
    INSERT INTO "CartLine" ("cartId", "skuId", "quantity")
    SELECT (SELECT "id" FROM cart), v.sku, v.q FROM unnest(${skuIds}::text[], ${selection.singles.map((q) => q.quantity)}::int[]) AS v(sku, q)
    ON CONFLICT ("cartId", "skuId") DO UPDATE SET "quantity" = EXCLUDED."quantity"`;
}

/** Removes one single line (skuId) or one pack line (prepackId and colour) of the cart: always allowed, the cart then shows what the rest breaks. */
export async function removeCartLine(ctx: PurchaseContext, line: { skuId?: string; prepackId?: string; color?: string }) {
  assertCanOrder(ctx);
  const cart = { ownerKey: ctx.cartOwnerKey, brandId: ctx.brand.id };
  if (line.skuId) await prisma.cartLine.deleteMany({ where: { skuId: line.skuId, cart } });
  else if (line.prepackId && line.color !== undefined) await prisma.cartPackLine.deleteMany({ where: { prepackId: line.prepackId, color: line.color, cart } });
  return loadCart(ctx);
}

/** Empties the cart (singles and packs) and marks it ordered, in one statement: checkout, after the order is written. */
export async function markCartOrdered(tx: Tx, cartId: string, orderId: string) {
  await tx.$executeRaw`WITH packs AS (DELETE FROM "CartPackLine" WHERE "cartId" = ${cartId}), lines AS (DELETE FROM "CartLine" WHERE "cartId" = ${cartId})
    UPDATE "Cart" SET "placedOrderId" = ${orderId}, "updatedAt" = now() WHERE "id" = ${cartId}`;
}

/** The cart's selection of each product (singles and packs, as stored), to add to it. */
export async function cartSelectionsByProduct(ctx: PurchaseContext, db: Pick<Tx, "cart"> = prisma): Promise<Map<string, ProductSelection>> {
  const cart = await db.cart.findUnique({
    where: { ownerKey_brandId: { ownerKey: ctx.cartOwnerKey, brandId: ctx.brand.id } },
    select: {
      lines: { select: { skuId: true, quantity: true, sku: { select: { productId: true } } } },
      packLines: { select: { prepackId: true, color: true, packs: true, prepack: { select: { productId: true } } } },
    },
  });
  const out = new Map<string, ProductSelection>();
  const of = (productId: string) => out.get(productId) ?? out.set(productId, { singles: [], packs: [] }).get(productId)!;
  for (const l of cart?.lines ?? []) of(l.sku.productId).singles.push({ skuId: l.skuId, quantity: l.quantity });
  for (const p of cart?.packLines ?? []) of(p.prepack.productId).packs.push({ prepackId: p.prepackId, color: p.color, packs: p.packs });
  return out;
}

/** Writes whole product selections into the context's cart: one statement each, several in one transaction. */
export async function writeSelections(ctx: PurchaseContext, selections: { productId: string; selection: ProductSelection }[]) {
  assertCanOrder(ctx);
  if (selections.length === 1) return writeSelection(prisma, ctx, selections[0].productId, selections[0].selection);
  await prisma.$transaction(async (tx) => {
    for (const s of selections) await writeSelection(tx, ctx, s.productId, s.selection);
  });
}
