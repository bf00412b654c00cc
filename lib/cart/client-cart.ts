// The cart as client components get it: plain values only (no rules or pricing internals).
import type { CartProblem, CartView } from "./cart-view";

export type ClientCart = {
  lines: { skuId: string; productId: string; productName: string; productCode: string; code: string; color: string; size: string; quantity: number; unitPrice: number; lineTotal: number }[];
  packLines: {
    prepackId: string; color: string; packs: number; name: string; productId: string; productName: string; productCode: string;
    contents: { size: string; quantity: number }[]; unitsPerPack: number; packPrice: number; lineTotal: number;
  }[];
  subtotal: number;
  quantity: number;
  currency: string;
  problems: CartProblem[];
};

export function clientCart(cart: CartView): ClientCart {
  return {
    lines: cart.lines.map((l) => ({
      skuId: l.skuId, productId: l.productId, productName: l.productName, productCode: l.productCode, code: l.code, color: l.color, size: l.size,
      quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal,
    })),
    packLines: cart.packLines.map((p) => ({
      prepackId: p.prepackId, color: p.color, packs: p.packs, name: p.name, productId: p.productId, productName: p.productName, productCode: p.productCode,
      contents: p.contents.map((c) => ({ size: c.size, quantity: c.quantity })), unitsPerPack: p.unitsPerPack, packPrice: p.packPrice, lineTotal: p.lineTotal,
    })),
    subtotal: cart.subtotal,
    quantity: cart.quantity,
    currency: cart.currency,
    problems: cart.problems,
  };
}
