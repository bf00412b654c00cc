// A product's order rules and how a buyer's selection of it measures up: minimums per product and
// per SKU, a case pack (order multiple), a maximum, and prepacks expanded to SKU units. Pure: the
// order grid shows these as hints, add-to-cart and checkout enforce them (DESIGN: "Order rules").
import type { ProductSaleMode } from "@/lib/db/generated/enums";

export type PrepackRule = { id: string; name: string; sizes: { size: string; quantity: number }[] };

export type ProductRules = {
  productId: string;
  minQuantity: number | null;
  maxQuantity: number | null;
  minQuantityPerSku: number | null;
  orderMultiple: number | null;
  saleMode: ProductSaleMode;
  prepacks: PrepackRule[];
};

export type SkuRef = { id: string; color: string; size: string };

/** What a buyer asked for of one product: single units per SKU and prepacks per colour. */
export type ProductSelection = {
  singles: { skuId: string; quantity: number }[];
  packs: { prepackId: string; color: string; packs: number }[];
};

export type RuleViolation =
  | { code: "MULTIPLE"; productId: string; skuId: string; quantity: number; multiple: number; lower: number; higher: number }
  | { code: "MIN_PER_SKU"; productId: string; skuId: string; quantity: number; minimum: number }
  | { code: "MIN_PRODUCT"; productId: string; quantity: number; minimum: number }
  | { code: "MAX_PRODUCT"; productId: string; quantity: number; maximum: number }
  | { code: "PACKS_ONLY"; productId: string }
  | { code: "NO_PACKS"; productId: string }
  | { code: "UNKNOWN_PACK"; productId: string; prepackId: string }
  | { code: "PACK_SIZE_MISSING"; productId: string; prepackId: string; packName: string; color: string; size: string };

export type ProductOrderCheck = {
  violations: RuleViolation[];
  /** Units per SKU: singles plus prepacks expanded. */
  units: Map<string, number>;
  /** Of those, the units that came from prepacks. */
  packUnits: Map<string, number>;
};

/** The multiples of `multiple` on either side of `quantity` ("7 → 6 or 12"); lower may be 0. */
export function nearestMultiples(quantity: number, multiple: number): { lower: number; higher: number } {
  const lower = Math.floor(quantity / multiple) * multiple;
  return { lower, higher: lower === quantity ? quantity : lower + multiple };
}

/** Units of one pack of the prepack, summed over its sizes. */
export function unitsPerPack(prepack: PrepackRule): number {
  return prepack.sizes.reduce((sum, s) => sum + s.quantity, 0);
}

/**
 * Expands prepacks to SKU units: N packs of colour C give, for each size s of the pack, N x its
 * units of the SKU (C, s). A size the product lacks in that colour is a violation, not a guess.
 */
export function expandPacks(rules: Pick<ProductRules, "productId" | "prepacks">, skus: SkuRef[], packs: ProductSelection["packs"]): { units: Map<string, number>; violations: RuleViolation[] } {
  const units = new Map<string, number>();
  const violations: RuleViolation[] = [];
  const skuOf = new Map(skus.map((s) => [`${s.color}\u0000${s.size}`, s.id]));
  for (const line of packs) {
    if (line.packs <= 0) continue;
    const prepack = rules.prepacks.find((p) => p.id === line.prepackId);
    if (!prepack) {
      violations.push({ code: "UNKNOWN_PACK", productId: rules.productId, prepackId: line.prepackId });
      continue;
    }
    for (const { size, quantity } of prepack.sizes) {
      const skuId = skuOf.get(`${line.color}\u0000${size}`);
      if (!skuId) {
        violations.push({ code: "PACK_SIZE_MISSING", productId: rules.productId, prepackId: prepack.id, packName: prepack.name, color: line.color, size });
        continue;
      }
      units.set(skuId, (units.get(skuId) ?? 0) + quantity * line.packs);
    }
  }
  return { units, violations };
}

/** Every rule the selection breaks, with the SKU units it comes to. An empty selection breaks none. */
export function checkProductOrder(rules: ProductRules, skus: SkuRef[], selection: ProductSelection): ProductOrderCheck {
  const violations: RuleViolation[] = [];
  const singles = selection.singles.filter((s) => s.quantity > 0);
  const packs = selection.packs.filter((p) => p.packs > 0);
  const expanded = expandPacks(rules, skus, packs);
  violations.push(...expanded.violations);
  const units = new Map(expanded.units);
  for (const s of singles) units.set(s.skuId, (units.get(s.skuId) ?? 0) + s.quantity);
  const total = [...units.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return { violations, units, packUnits: expanded.units };

  if (rules.saleMode === "PACKS_ONLY" && singles.length > 0) violations.push({ code: "PACKS_ONLY", productId: rules.productId });
  if (rules.saleMode === "SINGLES" && packs.length > 0) violations.push({ code: "NO_PACKS", productId: rules.productId });
  // A case pack counts single units: a prepack is its own carton.
  if (rules.orderMultiple && rules.orderMultiple > 1) {
    for (const s of singles) {
      if (s.quantity % rules.orderMultiple !== 0) {
        violations.push({ code: "MULTIPLE", productId: rules.productId, skuId: s.skuId, quantity: s.quantity, multiple: rules.orderMultiple, ...nearestMultiples(s.quantity, rules.orderMultiple) });
      }
    }
  }
  if (rules.minQuantityPerSku) {
    for (const [skuId, quantity] of units) {
      if (quantity > 0 && quantity < rules.minQuantityPerSku) violations.push({ code: "MIN_PER_SKU", productId: rules.productId, skuId, quantity, minimum: rules.minQuantityPerSku });
    }
  }
  if (rules.minQuantity && total < rules.minQuantity) violations.push({ code: "MIN_PRODUCT", productId: rules.productId, quantity: total, minimum: rules.minQuantity });
  if (rules.maxQuantity && total > rules.maxQuantity) violations.push({ code: "MAX_PRODUCT", productId: rules.productId, quantity: total, maximum: rules.maxQuantity });
  return { violations, units, packUnits: expanded.units };
}

/** Whether a product has any rule a buyer should see before ordering. */
export function hasOrderRules(rules: Omit<ProductRules, "productId">): boolean {
  return Boolean(rules.minQuantity || rules.maxQuantity || rules.minQuantityPerSku || (rules.orderMultiple && rules.orderMultiple > 1) || rules.saleMode !== "SINGLES");
}
