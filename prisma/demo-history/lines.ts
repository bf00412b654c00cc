// The lines of one demo order, as a checkout would have written them: real SKUs, the unit price the
// pricing module gives in the order's currency, each product's order rules kept (prepacks, case
// packs, minimums; checked by the rule engine itself) and the minimum order value reached.
import { checkProductOrder, type ProductRules } from "../../lib/order-rules/product-rules";
import { unitPrice } from "../../lib/pricing/unit-price";

export type DemoSku = { id: string; code: string; color: string; size: string; prices: Record<string, number> };

export type DemoProduct = {
  id: string;
  code: string;
  name: string;
  /** Products without one fail to release, so a shipped history never holds them. */
  deliveryName: string | null;
  discountRate: number | null;
  rules: ProductRules;
  skus: DemoSku[];
};

export type DemoCatalog = {
  id: string;
  name: string;
  season: string | null;
  discountRate: number | null;
  /** Days from now (negative: past), as in demo-data's catalog specs. */
  pub: number;
  deadline: number;
  products: { productId: string; discountRate: number | null }[];
};

export type LineDraft = {
  skuId: string; productId: string; productCode: string; productName: string; skuCode: string; color: string; size: string;
  quantity: number; packQuantity: number; unitPrice: number; lineTotal: number; catalogId: string;
};

export type PackDraft = {
  prepackId: string; productId: string; productCode: string; productName: string; name: string;
  contents: Record<string, number>; color: string; packs: number;
};

export type BasketInput = {
  random: () => number;
  /** The catalogs lines may come from: the first always, the others for one product now and then. */
  catalogs: DemoCatalog[];
  products: Map<string, DemoProduct>;
  currency: string;
  /** The buyer's trading terms or the link's discount rate. */
  terms: number;
  scale: number;
  /** The minimum order value the checkout held the cart to (minor units), if any. */
  minimum: number | null;
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Best sellers first: a product's weight falls with its place in the catalog, with a bump every third. */
function popularity(position: number): number {
  return 1 / (1 + position * 0.12) + (position % 3 === 0 ? 0.4 : 0);
}

function weightedDistinct<T>(random: () => number, items: { item: T; weight: number }[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length) {
    let r = random() * pool.reduce((s, x) => s + x.weight, 0);
    const index = Math.max(0, pool.findIndex((x) => (r -= x.weight) < 0));
    chosen.push(pool.splice(index, 1)[0].item);
  }
  return chosen;
}

/** Units per SKU a shop of this scale orders: more in the middle sizes. */
function singleUnits(random: () => number, size: string, scale: number): number {
  const middle = size === "M" || size === "L" ? 1 : 0;
  return Math.max(1, Math.round((1 + random() * 2) * scale * 0.7) + middle);
}

type Selection = { singles: Map<string, number>; packs: { prepackId: string; color: string; packs: number }[] };

/** One product's selection, shaped by its rules so the rule engine accepts it. */
function selectProduct(random: () => number, product: DemoProduct, scale: number): Selection {
  const rules = product.rules;
  const colors = [...new Set(product.skus.map((s) => s.color))];
  const chosenColors = weightedDistinct(random, colors.map((c) => ({ item: c, weight: 1 })), random() < 0.75 ? 1 : 2);
  const selection: Selection = { singles: new Map(), packs: [] };
  const usePacks = rules.prepacks.length > 0 && (rules.saleMode === "PACKS_ONLY" || (rules.saleMode === "PACKS_AND_SINGLES" && random() < 0.5));
  for (const color of chosenColors) {
    if (usePacks) {
      selection.packs.push({ prepackId: pick(random, rules.prepacks).id, color, packs: 1 + Math.floor(random() * 2 * scale) });
      continue;
    }
    const skus = product.skus.filter((s) => s.color === color);
    // The full size run, or the two sizes that sell most.
    const sizes = random() < 0.4 ? skus : skus.filter((s) => s.size === "M" || s.size === "L");
    for (const sku of sizes.length ? sizes : skus) {
      let quantity = singleUnits(random, sku.size, scale);
      // A case pack: each SKU's single units a multiple of it.
      if (rules.orderMultiple && rules.orderMultiple > 1) quantity = Math.max(1, Math.round(quantity / rules.orderMultiple)) * rules.orderMultiple;
      if (rules.minQuantityPerSku) quantity = Math.max(quantity, rules.minQuantityPerSku);
      selection.singles.set(sku.id, quantity);
    }
  }
  // The product minimum, topped up in steps the other rules allow.
  const step = rules.orderMultiple && rules.orderMultiple > 1 ? rules.orderMultiple : 1;
  while (rules.minQuantity && totalUnits(product, selection) < rules.minQuantity) {
    if (selection.packs.length) selection.packs[0].packs += 1;
    else {
      const first = selection.singles.keys().next().value!;
      selection.singles.set(first, selection.singles.get(first)! + step);
    }
  }
  return selection;
}

function expandedUnits(product: DemoProduct, selection: Selection) {
  const check = checkProductOrder(product.rules, product.skus, {
    singles: [...selection.singles].map(([skuId, quantity]) => ({ skuId, quantity })),
    packs: selection.packs,
  });
  return check;
}

function totalUnits(product: DemoProduct, selection: Selection): number {
  return [...expandedUnits(product, selection).units.values()].reduce((a, b) => a + b, 0);
}

/** A product can absorb single units one at a time (no rule to break) when topping up to a minimum order value. */
function takesSingleUnits(product: DemoProduct): boolean {
  const r = product.rules;
  return r.saleMode === "SINGLES" && !(r.orderMultiple && r.orderMultiple > 1) && !r.minQuantityPerSku && !r.maxQuantity;
}

export type Basket = { lines: LineDraft[]; packs: PackDraft[]; subtotal: number };

export function buildBasket(input: BasketInput): Basket {
  const { random, catalogs, products, currency, terms, scale } = input;
  const chosen: { product: DemoProduct; catalog: DemoCatalog; selection: Selection }[] = [];
  // Two to four products; key accounts take more.
  const count = 2 + (random() < 0.4 ? 1 : 0) + (scale >= 3 && random() < 0.5 ? 1 : 0);
  const sources = [catalogs[0], ...(catalogs.length > 1 && random() < 0.3 ? [pick(random, catalogs.slice(1))] : [])];
  for (const [s, catalog] of sources.entries()) {
    const taken = new Set(chosen.map((c) => c.product.id));
    const candidates = catalog.products
      .map((p, position) => ({ item: products.get(p.productId)!, weight: popularity(position) }))
      .filter((c) => c.item.deliveryName && !taken.has(c.item.id));
    for (const product of weightedDistinct(random, candidates, s === 0 ? count : 1)) {
      chosen.push({ product, catalog, selection: selectProduct(random, product, scale) });
    }
  }

  // The minimum order value: more units of a product that takes single units, else one more such product.
  const subtotal = () => priced().reduce((sum, l) => sum + l.lineTotal, 0);
  const priced = () => chosen.flatMap((c) => linesOf(c.product, c.catalog, c.selection, currency, terms));
  while (input.minimum && subtotal() < input.minimum) {
    const flexible = chosen.find((c) => takesSingleUnits(c.product) && c.selection.singles.size > 0);
    if (flexible) {
      // As many more of each of its SKUs as the shortfall needs, in one step.
      const perRound = linesOf(flexible.product, flexible.catalog, flexible.selection, currency, terms).reduce((sum, l) => sum + l.unitPrice, 0);
      const more = Math.max(1, Math.ceil((input.minimum - subtotal()) / Math.max(1, perRound)));
      for (const [skuId, quantity] of flexible.selection.singles) flexible.selection.singles.set(skuId, quantity + more);
      continue;
    }
    const taken = new Set(chosen.map((c) => c.product.id));
    const extra = catalogs[0].products.map((p) => products.get(p.productId)!).find((p) => p.deliveryName && takesSingleUnits(p) && !taken.has(p.id));
    if (!extra) throw new Error(`Demo history: ${catalogs[0].name} has no product to reach the minimum order value.`);
    chosen.push({ product: extra, catalog: catalogs[0], selection: selectProduct(random, extra, scale) });
  }

  for (const c of chosen) {
    const violations = expandedUnits(c.product, c.selection).violations;
    if (violations.length) throw new Error(`Demo history broke an order rule of ${c.product.code}: ${JSON.stringify(violations)}`);
  }
  const lines = priced().sort((a, b) => a.productCode.localeCompare(b.productCode) || a.skuCode.localeCompare(b.skuCode));
  const packs = chosen.flatMap((c) => packsOf(c.product, c.selection));
  return { lines, packs, subtotal: lines.reduce((sum, l) => sum + l.lineTotal, 0) };
}

/** One line per SKU: single units plus the units its packs expand to (packQuantity of them), as checkout writes them. */
function linesOf(product: DemoProduct, catalog: DemoCatalog, selection: Selection, currency: string, terms: number): LineDraft[] {
  const check = expandedUnits(product, selection);
  const rates = { catalogProduct: catalog.products.find((p) => p.productId === product.id)?.discountRate, product: product.discountRate, catalog: catalog.discountRate, terms };
  return product.skus
    .filter((sku) => (check.units.get(sku.id) ?? 0) > 0)
    .map((sku) => {
      const quantity = check.units.get(sku.id)!;
      const wholesale = sku.prices[currency];
      if (wholesale === undefined) throw new Error(`Demo history: ${sku.code} has no ${currency} price.`);
      const price = unitPrice(wholesale, rates);
      return {
        skuId: sku.id, productId: product.id, productCode: product.code, productName: product.name, skuCode: sku.code, color: sku.color, size: sku.size,
        quantity, packQuantity: check.packUnits.get(sku.id) ?? 0, unitPrice: price, lineTotal: price * quantity, catalogId: catalog.id,
      };
    });
}

function packsOf(product: DemoProduct, selection: Selection): PackDraft[] {
  return selection.packs.map((p) => {
    const prepack = product.rules.prepacks.find((x) => x.id === p.prepackId)!;
    return {
      prepackId: prepack.id, productId: product.id, productCode: product.code, productName: product.name, name: prepack.name,
      contents: Object.fromEntries(prepack.sizes.map((s) => [s.size, s.quantity])), color: p.color, packs: p.packs,
    };
  });
}
