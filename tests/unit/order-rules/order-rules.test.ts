// The order-rule engine: case packs, minimums per product and per SKU, maximums, prepacks expanded
// to SKU units, and the minimum order value per currency with its overrides.
import { describe, expect, it } from "vitest";
import { effectiveMinimum, minimumShortfall, parseMinimumOrder } from "@/lib/order-rules/minimum-order-value";
import { violationMessage } from "@/lib/order-rules/messages";
import { checkProductOrder, expandPacks, hasOrderRules, nearestMultiples, type ProductRules, type SkuRef } from "@/lib/order-rules/product-rules";
import { productRulesSchema, unknownPackSizes } from "@/lib/order-rules/schemas";
import { translateMessage } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";

const skus: SkuRef[] = ["S", "M", "L", "XL"].flatMap((size) => ["Navy", "Ecru"].map((color) => ({ id: `${color}-${size}`, color, size })));
const plain: ProductRules = { productId: "p", minQuantity: null, maxQuantity: null, minQuantityPerSku: null, orderMultiple: null, saleMode: "SINGLES", prepacks: [] };
const sizeRun = { id: "run-a", name: "Size run A", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 2 }, { size: "XL", quantity: 1 }] };
const en = (m: string) => translateMessage(translatorFor("en"), m);
const ja = (m: string) => translateMessage(translatorFor("ja"), m);

describe("case packs (order multiple)", () => {
  const rules = { ...plain, orderMultiple: 6 };

  it("accepts multiples and explains any other quantity with the nearest multiples", () => {
    expect(checkProductOrder(rules, skus, { singles: [{ skuId: "Navy-M", quantity: 12 }], packs: [] }).violations).toEqual([]);
    const [v] = checkProductOrder(rules, skus, { singles: [{ skuId: "Navy-M", quantity: 7 }], packs: [] }).violations;
    expect(v).toMatchObject({ code: "MULTIPLE", lower: 6, higher: 12 });
    expect(en(violationMessage(v))).toBe("Sold in cases of 6: 7 → 6 or 12");
    expect(ja(violationMessage(v))).toBe("6点単位での販売です：7 → 6 または 12");
    const [below] = checkProductOrder(rules, skus, { singles: [{ skuId: "Navy-M", quantity: 4 }], packs: [] }).violations;
    expect(en(violationMessage(below))).toBe("Sold in cases of 6: 4 → 6");
  });

  it("finds the multiples on either side", () => {
    expect(nearestMultiples(7, 6)).toEqual({ lower: 6, higher: 12 });
    expect(nearestMultiples(12, 6)).toEqual({ lower: 12, higher: 12 });
    expect(nearestMultiples(1, 6)).toEqual({ lower: 0, higher: 6 });
  });
});

describe("minimums and maximums", () => {
  it("counts the product's minimum over all its SKUs, the per-SKU minimum on each", () => {
    const rules = { ...plain, minQuantity: 12, minQuantityPerSku: 3 };
    expect(checkProductOrder(rules, skus, { singles: [{ skuId: "Navy-S", quantity: 6 }, { skuId: "Ecru-S", quantity: 6 }], packs: [] }).violations).toEqual([]);
    const { violations } = checkProductOrder(rules, skus, { singles: [{ skuId: "Navy-S", quantity: 8 }, { skuId: "Ecru-S", quantity: 2 }], packs: [] });
    expect(violations.map((v) => v.code)).toEqual(["MIN_PER_SKU", "MIN_PRODUCT"]);
    expect(en(violationMessage(violations[1]))).toBe("At least 12 units of this product: the order has 10");
  });

  it("refuses more than the maximum per order", () => {
    const { violations } = checkProductOrder({ ...plain, maxQuantity: 20 }, skus, { singles: [{ skuId: "Navy-S", quantity: 21 }], packs: [] });
    expect(violations).toEqual([{ code: "MAX_PRODUCT", productId: "p", quantity: 21, maximum: 20 }]);
  });

  it("an empty selection breaks no rule", () => {
    expect(checkProductOrder({ ...plain, minQuantity: 12, orderMultiple: 6 }, skus, { singles: [{ skuId: "Navy-S", quantity: 0 }], packs: [] }).violations).toEqual([]);
  });
});

describe("prepacks", () => {
  const rules: ProductRules = { ...plain, saleMode: "PACKS_AND_SINGLES", prepacks: [sizeRun], orderMultiple: 6, minQuantity: 12 };

  it("expand per colour to SKU units, added to singles; the case pack counts singles only", () => {
    const check = checkProductOrder(rules, skus, { singles: [{ skuId: "Navy-M", quantity: 6 }], packs: [{ prepackId: "run-a", color: "Navy", packs: 2 }] });
    expect(check.violations).toEqual([]);
    expect(Object.fromEntries(check.units)).toEqual({ "Navy-S": 2, "Navy-M": 10, "Navy-L": 4, "Navy-XL": 2 });
    expect(Object.fromEntries(check.packUnits)).toEqual({ "Navy-S": 2, "Navy-M": 4, "Navy-L": 4, "Navy-XL": 2 });
  });

  it("are the only way to order a packs-only product, and refused on a product without packs", () => {
    const packsOnly = { ...rules, saleMode: "PACKS_ONLY" as const, orderMultiple: null, minQuantity: null };
    expect(checkProductOrder(packsOnly, skus, { singles: [{ skuId: "Navy-M", quantity: 1 }], packs: [] }).violations.map((v) => v.code)).toEqual(["PACKS_ONLY"]);
    expect(checkProductOrder(plain, skus, { singles: [], packs: [{ prepackId: "run-a", color: "Navy", packs: 1 }] }).violations.map((v) => v.code)).toEqual(["UNKNOWN_PACK"]);
    expect(checkProductOrder({ ...plain, prepacks: [sizeRun] }, skus, { singles: [], packs: [{ prepackId: "run-a", color: "Navy", packs: 1 }] }).violations.map((v) => v.code)).toEqual(["NO_PACKS"]);
  });

  it("say so when a colour lacks a size of the pack", () => {
    const { violations } = expandPacks(rules, skus.filter((s) => s.id !== "Ecru-XL"), [{ prepackId: "run-a", color: "Ecru", packs: 1 }]);
    expect(violations).toEqual([{ code: "PACK_SIZE_MISSING", productId: "p", prepackId: "run-a", packName: "Size run A", color: "Ecru", size: "XL" }]);
  });

  it("hint rules exist only where a product has one", () => {
    expect(hasOrderRules(plain)).toBe(false);
    expect(hasOrderRules(rules)).toBe(true);
  });
});

describe("saving a product's rules", () => {
  const errors = (input: unknown) => {
    const result = productRulesSchema.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), en(i.message)]));
  };

  it("refuses a multiple of 0, a pack with no sizes, a minimum above the maximum and packs-only without packs", () => {
    expect(errors({ orderMultiple: 0 })).toHaveProperty("orderMultiple");
    expect(errors({ minQuantity: 30, maxQuantity: 20 })).toEqual({ minQuantity: "The minimum is above the maximum per order." });
    expect(errors({ saleMode: "PACKS_ONLY", prepacks: [{ name: "A", sizes: [] }] })).toEqual({ "prepacks.0.sizes": "Add at least one size to the prepack." });
    expect(errors({ saleMode: "PACKS_ONLY" })).toEqual({ prepacks: "Add a prepack, or sell by the unit." });
    expect(errors({ minQuantity: "", orderMultiple: "6", saleMode: "SINGLES" })).toEqual({});
    expect(productRulesSchema.parse({ minQuantity: "", orderMultiple: "6" })).toMatchObject({ minQuantity: null, orderMultiple: 6, saleMode: "SINGLES", prepacks: [] });
  });

  it("names pack sizes the product does not have", () => {
    expect(unknownPackSizes([sizeRun], ["S", "M", "L"])).toEqual({ "prepacks.0.sizes.3.size": "orderRules.errors.packSizeUnknown|{\"size\":\"XL\"}" });
  });
});

describe("minimum order value", () => {
  const brand = { JPY: { amount: 30000, firstOrder: 50000 }, USD: { amount: 30000 } };

  it("takes the link's, else the highest of the ordered catalogs', else the brand's, per currency", () => {
    expect(effectiveMinimum({ brand, catalogs: [] }, "JPY", false)).toEqual({ amount: 30000, currency: "JPY", scope: "brand", firstOrder: false });
    expect(effectiveMinimum({ brand, catalogs: [{ JPY: { amount: 40000 } }, { JPY: { amount: 35000 } }, null] }, "JPY", false)).toMatchObject({ amount: 40000, scope: "catalog" });
    expect(effectiveMinimum({ brand, catalogs: [{ JPY: { amount: 40000 } }], link: { JPY: { amount: 10000 } } }, "JPY", false)).toMatchObject({ amount: 10000, scope: "link" });
    expect(effectiveMinimum({ brand, catalogs: [] }, "EUR", false)).toBeNull();
  });

  it("uses the first-order amount for a buyer's first order where one is set", () => {
    expect(effectiveMinimum({ brand, catalogs: [] }, "JPY", true)).toMatchObject({ amount: 50000, firstOrder: true });
    expect(effectiveMinimum({ brand, catalogs: [] }, "USD", true)).toMatchObject({ amount: 30000, firstOrder: false });
  });

  it("says how far the subtotal is from it", () => {
    const minimum = effectiveMinimum({ brand, catalogs: [] }, "JPY", false);
    expect(minimumShortfall(25800, minimum)).toBe(4200);
    expect(minimumShortfall(30000, minimum)).toBe(0);
    expect(minimumShortfall(100, null)).toBe(0);
  });

  it("ignores a stored setting of the wrong shape", () => {
    expect(parseMinimumOrder({ JPY: { amount: -1 } })).toEqual({});
    expect(parseMinimumOrder("nonsense")).toEqual({});
    expect(parseMinimumOrder(null)).toEqual({});
  });
});
