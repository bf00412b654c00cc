import "server-only";
// How far the cart is from the minimum order value that applies to it (lib/order-rules: the
// link's, else the highest of the cart's catalogs', else the brand's, in the cart's currency; the
// first-order amount for a buyer's first order with the brand). A guest counts as a first order:
// the e-mail a guest types proves nothing (lib/checkout/place-order), so it cannot earn the
// reorder amount. The buyer's earlier orders are read only when the first-order amount differs.
import { prisma, type Tx } from "@/lib/db/client";
import { effectiveMinimum, minimumShortfall, type EffectiveMinimum } from "@/lib/order-rules/minimum-order-value";
import type { PurchaseContext } from "@/lib/checkout/purchase-context";
import type { CartView } from "./cart-view";

export type CartMinimum = { minimum: EffectiveMinimum | null; shortfall: number };
export type MinimumSettings = { brand: unknown; catalogs: unknown[]; link?: unknown };

export function minimumSettings(ctx: PurchaseContext, brand: unknown, catalogs: unknown[]): MinimumSettings {
  return { brand, catalogs, link: ctx.source.kind === "ORDER_LINK" ? ctx.source.minimumOrder : undefined };
}

/** The catalogs the cart's lines are priced through (their minimums count). */
export function cartCatalogIds(cart: Pick<CartView, "lines" | "packLines">): string[] {
  return [...new Set([...cart.lines.map((l) => l.catalogId), ...cart.packLines.map((p) => p.catalogId)])];
}

/** No earlier order with the brand that was not cancelled or rejected. */
export async function isFirstOrder(db: Pick<Tx, "order">, brandId: string, buyerId: string | null): Promise<boolean> {
  if (!buyerId) return true;
  const earlier = await db.order.findFirst({ where: { brandId, buyerId, status: { notIn: ["CANCELLED", "ORDER_REJECTED"] } }, select: { id: true } });
  return !earlier;
}

/** The minimum for the subtotal, reading the buyer's order history only when it changes the answer. */
export async function resolveMinimum(db: Pick<Tx, "order">, ctx: PurchaseContext, settings: MinimumSettings, subtotal: number): Promise<CartMinimum> {
  const asFirst = effectiveMinimum(settings, ctx.currency, true);
  const asReorder = effectiveMinimum(settings, ctx.currency, false);
  const first = (asFirst?.amount ?? 0) === (asReorder?.amount ?? 0) ? false : await isFirstOrder(db, ctx.brand.id, ctx.buyer?.id ?? null);
  const minimum = first ? asFirst : asReorder;
  return { minimum, shortfall: minimumShortfall(subtotal, minimum) };
}

/** For the cart and checkout pages: reads the cart's catalogs' settings. */
export async function loadCartMinimum(ctx: PurchaseContext, cart: CartView, db: Pick<Tx, "catalog" | "order"> = prisma): Promise<CartMinimum> {
  const ids = cartCatalogIds(cart);
  const catalogs = ids.length ? await db.catalog.findMany({ where: { id: { in: ids }, brandId: ctx.brand.id }, select: { minimumOrder: true } }) : [];
  return resolveMinimum(db, ctx, minimumSettings(ctx, ctx.brand.minimumOrder, catalogs.map((c) => c.minimumOrder)), cart.subtotal);
}
