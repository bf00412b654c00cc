// The cart as the buyer sees it and as checkout orders it, built from its stored rows and the
// prices of its SKUs (pure: lib/cart/cart.ts reads the rows and prices). Single units are lines;
// prepacks are pack lines priced as the sum of their SKUs' unit prices x units per pack (the same
// unit prices as singles). Rows that stopped being orderable (SKU gone, archived, no price here, a
// pack size the colour no longer has) are left out. Every product is checked against its current
// order rules; what breaks them is a problem that holds up checkout.
import { violationMessage } from "@/lib/order-rules/messages";
import { checkProductOrder, type ProductRules, type ProductSelection, type SkuRef } from "@/lib/order-rules/product-rules";
import type { PricedSku } from "./price-skus";

export type CartRows = {
  lines: { skuId: string; quantity: number }[];
  packLines: {
    prepackId: string;
    color: string;
    packs: number;
    prepack: { id: string; name: string; productId: string; sizes: { size: string; quantity: number }[]; product: { skus: SkuRef[] } };
  }[];
};

export type CartLineView = PricedSku & { quantity: number; lineTotal: number };
export type CartPackContent = { size: string; quantity: number; sku: PricedSku };
export type CartPackLineView = {
  prepackId: string;
  color: string;
  packs: number;
  name: string;
  productId: string;
  productCode: string;
  productName: string;
  catalogId: string;
  contents: CartPackContent[];
  unitsPerPack: number;
  packPrice: number;
  lineTotal: number;
};
/** A broken order rule: `message` is a catalogue message (lib/i18n/message-text); `sku` when it is about one SKU. */
export type CartProblem = { productId: string; productName: string; productCode: string; message: string; sku?: { color: string; size: string } };
export type CartView = {
  /** Single units, one line per SKU. */
  lines: CartLineView[];
  packLines: CartPackLineView[];
  subtotal: number;
  /** Units, singles and packs' contents. */
  quantity: number;
  currency: string;
  problems: CartProblem[];
};

/** The SKUs the rows' prepacks expand to (to be priced with the singles). */
export function packSkuIds(rows: CartRows): string[] {
  const ids: string[] = [];
  for (const row of rows.packLines) {
    for (const { size } of row.prepack.sizes) {
      const sku = row.prepack.product.skus.find((s) => s.color === row.color && s.size === size);
      if (sku) ids.push(sku.id);
    }
  }
  return ids;
}

function packLineOf(row: CartRows["packLines"][number], priced: Map<string, PricedSku>): CartPackLineView | null {
  if (row.packs <= 0 || row.prepack.sizes.length === 0) return null;
  const contents: CartPackContent[] = [];
  for (const { size, quantity } of row.prepack.sizes) {
    const ref = row.prepack.product.skus.find((s) => s.color === row.color && s.size === size);
    const sku = ref && priced.get(ref.id);
    if (!sku) return null;
    contents.push({ size, quantity, sku });
  }
  const first = contents[0].sku;
  const packPrice = contents.reduce((sum, c) => sum + c.sku.unitPrice * c.quantity, 0);
  return {
    prepackId: row.prepackId, color: row.color, packs: row.packs, name: row.prepack.name,
    productId: first.productId, productCode: first.productCode, productName: first.productName, catalogId: first.catalogId,
    contents, unitsPerPack: contents.reduce((sum, c) => sum + c.quantity, 0), packPrice, lineTotal: packPrice * row.packs,
  };
}

export function buildCartView(rows: CartRows | null, priced: Map<string, PricedSku>, currency: string): CartView {
  const lines = (rows?.lines ?? [])
    .filter((l) => priced.has(l.skuId) && l.quantity > 0)
    .map((l) => {
      const p = priced.get(l.skuId)!;
      return { ...p, quantity: l.quantity, lineTotal: p.unitPrice * l.quantity };
    })
    .sort((a, b) => a.productCode.localeCompare(b.productCode) || a.code.localeCompare(b.code));
  const packLines = (rows?.packLines ?? [])
    .map((row) => packLineOf(row, priced))
    .filter((p): p is CartPackLineView => p !== null)
    .sort((a, b) => a.productCode.localeCompare(b.productCode) || a.name.localeCompare(b.name) || a.color.localeCompare(b.color));
  const skusOf = new Map((rows?.packLines ?? []).map((r) => [r.prepack.productId, r.prepack.product.skus]));
  return {
    lines,
    packLines,
    subtotal: lines.reduce((sum, l) => sum + l.lineTotal, 0) + packLines.reduce((sum, p) => sum + p.lineTotal, 0),
    quantity: lines.reduce((sum, l) => sum + l.quantity, 0) + packLines.reduce((sum, p) => sum + p.unitsPerPack * p.packs, 0),
    currency,
    problems: cartProblems(lines, packLines, skusOf),
  };
}

/** Each product of the cart checked against its rules as they are now. */
function cartProblems(lines: CartLineView[], packLines: CartPackLineView[], skusOf: Map<string, SkuRef[]>): CartProblem[] {
  const products = new Map<string, { rules: ProductRules; name: string; code: string; selection: ProductSelection; skus: Map<string, PricedSku> }>();
  const productOf = (sku: PricedSku) => {
    let entry = products.get(sku.productId);
    if (!entry) {
      entry = { rules: sku.rules, name: sku.productName, code: sku.productCode, selection: { singles: [], packs: [] }, skus: new Map() };
      products.set(sku.productId, entry);
    }
    entry.skus.set(sku.skuId, sku);
    return entry;
  };
  for (const l of lines) productOf(l).selection.singles.push({ skuId: l.skuId, quantity: l.quantity });
  for (const p of packLines) {
    const entry = productOf(p.contents[0].sku);
    for (const c of p.contents) entry.skus.set(c.sku.skuId, c.sku);
    entry.selection.packs.push({ prepackId: p.prepackId, color: p.color, packs: p.packs });
  }
  const problems: CartProblem[] = [];
  for (const [productId, entry] of products) {
    const check = checkProductOrder(entry.rules, skusOf.get(productId) ?? [...entry.skus.values()].map((s) => ({ id: s.skuId, color: s.color, size: s.size })), entry.selection);
    for (const v of check.violations) {
      const sku = "skuId" in v ? entry.skus.get(v.skuId) : undefined;
      problems.push({ productId, productName: entry.name, productCode: entry.code, message: violationMessage(v), ...(sku ? { sku: { color: sku.color, size: sku.size } } : {}) });
    }
  }
  return problems;
}

export type OrderLineDraft = PricedSku & { quantity: number; packQuantity: number; lineTotal: number };

/** One order line per SKU: its single units plus the units its packs expand to (packQuantity of them). */
export function orderLinesOf(cart: Pick<CartView, "lines" | "packLines">): OrderLineDraft[] {
  const bySku = new Map<string, OrderLineDraft>();
  const add = (sku: PricedSku, quantity: number, fromPacks: number) => {
    const line = bySku.get(sku.skuId) ?? { ...sku, quantity: 0, packQuantity: 0, lineTotal: 0 };
    line.quantity += quantity;
    line.packQuantity += fromPacks;
    line.lineTotal = line.unitPrice * line.quantity;
    bySku.set(sku.skuId, line);
  };
  for (const l of cart.lines) add(l, l.quantity, 0);
  for (const p of cart.packLines) for (const c of p.contents) add(c.sku, c.quantity * p.packs, c.quantity * p.packs);
  return [...bySku.values()].sort((a, b) => a.productCode.localeCompare(b.productCode) || a.code.localeCompare(b.code));
}

/** The order's pack snapshots: the prepack as it was ordered (name and contents: units per size per pack). */
export function orderPackLinesOf(cart: Pick<CartView, "packLines">) {
  return cart.packLines.map((p, position) => ({
    prepackId: p.prepackId, productId: p.productId, productCode: p.productCode, productName: p.productName,
    name: p.name, contents: Object.fromEntries(p.contents.map((c) => [c.size, c.quantity])), color: p.color, packs: p.packs, position,
  }));
}
