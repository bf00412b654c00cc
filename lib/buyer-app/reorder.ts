import "server-only";
// "Order again" in My orders: puts a past order's still-orderable lines and packs into the cart of
// that brand's Standard Order, at today's prices and rules. A line whose product is gone or
// archived, that is in no catalog the buyer can order from now, has no price in the buyer's
// currency, or breaks a rule that raising cannot fix is left out; quantities are raised to the case
// pack and the minimums (lib/buyer-app/reorder-fit). The answer lists what was left out or changed
// and why. Only the active organization's own orders (another's: not found); a Closed connection
// is refused as every Standard Order action refuses it.
import type { BuyerContext } from "@/lib/auth/context";
import { NO_LONGER_CONNECTED_MESSAGE } from "@/lib/buyers/connection-access";
import { cartSelectionsByProduct, writeSelections } from "@/lib/cart/cart";
import { priceProducts, type PricedProduct } from "@/lib/cart/price-skus";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { violationMessage } from "@/lib/order-rules/messages";
import { expandPacks, type ProductSelection } from "@/lib/order-rules/product-rules";
import { fitToRules, sumSelections } from "./reorder-fit";
import { standardOrderPurchase } from "./standard-order";

/** A line of the past order: a SKU's single units, or packs of a prepack in a colour. */
export type ReorderItem = { kind: "sku"; color: string; size: string } | { kind: "pack"; pack: string; color: string };
/** `reason` is a catalogue message; `from` / `to` the quantity (units, or packs) when it was changed. */
export type ReorderNote = { product: string; item: ReorderItem; reason: string; from?: number; to?: number };
export type ReorderResult = { brandId: string; cartUrl: string; added: number; changed: ReorderNote[]; dropped: ReorderNote[] };

/** Why a SKU of the past order cannot be ordered now, or null when it can. */
function unavailable(product: PricedProduct | undefined, skuId: string, currency: string): string | null {
  if (!product || !product.skus.some((s) => s.id === skuId)) return msg("buyerApp.reorder.gone");
  if (product.archived) return msg("buyerApp.reorder.archived");
  if (!product.inOrderableCatalog) return msg("buyerApp.reorder.notInCatalog");
  if (!product.priced.has(skuId)) return msg("buyerApp.reorder.noPrice", { currency });
  return null;
}

export async function reorder(ctx: BuyerContext, orderId: string): Promise<ReorderResult> {
  const order = await prisma.order.findFirst({
    where: { id: orderId, buyerId: ctx.buyer.id },
    select: {
      brandId: true,
      lines: { orderBy: { position: "asc" }, select: { skuId: true, productId: true, productName: true, color: true, size: true, quantity: true, packQuantity: true } },
      packLines: { orderBy: { position: "asc" }, select: { prepackId: true, productId: true, productName: true, name: true, color: true, packs: true } },
    },
  });
  if (!order) throw new NotFoundError(msg("buyerApp.errors.orderNotFound"));
  const access = await standardOrderPurchase(ctx, order.brandId);
  if (!access) throw new NotFoundError(msg("buyerApp.errors.orderNotFound"));
  if (access.state === "closed") throw new AppError("NOT_CONNECTED", NO_LONGER_CONNECTED_MESSAGE);
  const { purchase } = access;
  const productIds = [...new Set([...order.lines.map((l) => l.productId), ...order.packLines.map((p) => p.productId)])];
  const [products, inCart] = await Promise.all([priceProducts(prisma, purchase, productIds), cartSelectionsByProduct(purchase)]);

  const dropped: ReorderNote[] = [];
  const changed: ReorderNote[] = [];
  const wanted = new Map<string, { name: string; selection: ProductSelection; items: ReorderItem[] }>();
  const wantedOf = (productId: string, name: string) => wanted.get(productId) ?? wanted.set(productId, { name, selection: { singles: [], packs: [] }, items: [] }).get(productId)!;

  for (const line of order.lines) {
    const singles = line.quantity - line.packQuantity;
    if (singles <= 0) continue;
    const item: ReorderItem = { kind: "sku", color: line.color, size: line.size };
    const product = products.get(line.productId);
    const why = unavailable(product, line.skuId, purchase.currency) ?? (product!.rules.saleMode === "PACKS_ONLY" ? violationMessage({ code: "PACKS_ONLY", productId: line.productId }) : null);
    if (why) {
      dropped.push({ product: line.productName, item, reason: why });
      continue;
    }
    const entry = wantedOf(line.productId, line.productName);
    entry.selection.singles.push({ skuId: line.skuId, quantity: singles });
    entry.items.push(item);
  }

  for (const pack of order.packLines) {
    const item: ReorderItem = { kind: "pack", pack: pack.name, color: pack.color };
    const product = products.get(pack.productId);
    const prepack = product?.rules.prepacks.find((p) => p.id === pack.prepackId);
    let why: string | null = null;
    if (!product) why = msg("buyerApp.reorder.gone");
    else if (product.archived) why = msg("buyerApp.reorder.archived");
    else if (!prepack) why = violationMessage({ code: "UNKNOWN_PACK", productId: pack.productId, prepackId: pack.prepackId ?? "" });
    else if (product.rules.saleMode === "SINGLES") why = violationMessage({ code: "NO_PACKS", productId: pack.productId });
    else {
      const line = { prepackId: prepack.id, color: pack.color, packs: pack.packs };
      const expanded = expandPacks(product.rules, product.skus, [line]);
      why = expanded.violations[0] ? violationMessage(expanded.violations[0]) : [...expanded.units.keys()].map((skuId) => unavailable(product, skuId, purchase.currency)).find((w) => w !== null) ?? null;
    }
    if (why) {
      dropped.push({ product: pack.productName, item, reason: why });
      continue;
    }
    const entry = wantedOf(pack.productId, pack.productName);
    entry.selection.packs.push({ prepackId: prepack!.id, color: pack.color, packs: pack.packs });
    entry.items.push(item);
  }

  // Added to what the cart already holds of each product, then fitted to today's rules as a whole.
  const writes: Parameters<typeof writeSelections>[1] = [];
  let added = 0;
  for (const [productId, { name, selection, items }] of wanted) {
    const product = products.get(productId)!;
    const before = inCart.get(productId) ?? { singles: [], packs: [] };
    const fit = fitToRules(product.rules, product.skus, sumSelections(before, selection));
    if (!fit.ok) {
      for (const item of items) dropped.push({ product: name, item, reason: fit.reason });
      continue;
    }
    writes.push({ productId, selection: fit.selection });
    added += items.length;
    for (const c of fit.changes) {
      const sku = c.skuId ? product.skus.find((s) => s.id === c.skuId) : undefined;
      const pack = c.pack ? product.rules.prepacks.find((p) => p.id === c.pack!.prepackId) : undefined;
      const item: ReorderItem = sku ? { kind: "sku", color: sku.color, size: sku.size } : { kind: "pack", pack: pack?.name ?? "", color: c.pack?.color ?? "" };
      changed.push({ product: name, item, reason: c.reason, from: c.from, to: c.to });
    }
  }
  if (writes.length > 0) await writeSelections(purchase, writes);
  return { brandId: order.brandId, cartUrl: `/buyer/brands/${order.brandId}/cart`, added, changed, dropped };
}
