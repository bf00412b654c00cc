// The OC editor's order-rule check (lib/orders/oc-rules), and how prepacks and the requested
// delivery read on the brand's side (lib/orders/pack-lines, lib/orders/requested-delivery).
import { describe, expect, it } from "vitest";
import { translateMessage } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";
import type { ProductRules } from "@/lib/order-rules/product-rules";
import { changedProducts, ocRuleIssues, placeIssues, type OcRuleLine } from "@/lib/orders/oc-rules";
import { orderPacks, packSummary, unitsPerPack, type PackWords } from "@/lib/orders/pack-lines";
import { requestedDeliveryText, type DeliveryWords } from "@/lib/orders/requested-delivery";

const rules = (productId: string, r: Partial<ProductRules> = {}): ProductRules => ({
  productId, minQuantity: null, maxQuantity: null, minQuantityPerSku: null, orderMultiple: null, saleMode: "SINGLES", prepacks: [], ...r,
});
const line = (skuId: string, quantity: number, extra: Partial<OcRuleLine> = {}): OcRuleLine => ({ skuId, productId: "p1", color: "Navy", size: skuId, quantity, packQuantity: 0, ...extra });
const en = (message: string) => translateMessage(translatorFor("en"), message);

describe("the OC editor's order-rule check", () => {
  it("checks only the products whose quantities changed (a price change or a reorder is not a change)", () => {
    const original = [line("S", 6), line("M", 6), line("X", 1, { productId: "p2" })];
    expect(changedProducts(original, [line("M", 6), line("S", 6), line("X", 1, { productId: "p2" })])).toEqual([]);
    expect(changedProducts(original, [line("S", 6), line("M", 7), line("X", 1, { productId: "p2" })])).toEqual(["p1"]);
    expect(changedProducts(original, [line("S", 6), line("M", 6)])).toEqual(["p2"]);
    expect(changedProducts(original, [...original, line("L", 1)])).toEqual(["p1"]);
    // p2 breaks its case pack as ordered; staff did not touch it, so it is not an issue.
    const all = { p1: rules("p1", { orderMultiple: 6 }), p2: rules("p2", { orderMultiple: 6 }) };
    expect(ocRuleIssues(all, original, [line("S", 6), line("M", 12), line("X", 1, { productId: "p2" })])).toEqual([]);
  });

  it("gives the buyer's sentences: case pack per SKU, the product's minimum and maximum", () => {
    const original = [line("S", 6), line("M", 6)];
    const issues = ocRuleIssues({ p1: rules("p1", { orderMultiple: 6, minQuantity: 12, maxQuantity: 20 }) }, original, [line("S", 7), line("M", 6)]);
    expect(issues.map((i) => [i.code, i.skuId, en(i.message)])).toEqual([["MULTIPLE", "S", "Sold in cases of 6: 7 → 6 or 12"]]);
    const under = ocRuleIssues({ p1: rules("p1", { minQuantity: 12 }) }, original, [line("S", 5), line("M", 6)]);
    expect(under.map((i) => [i.code, i.skuId, en(i.message)])).toEqual([["MIN_PRODUCT", null, "At least 12 units of this product: the order has 11"]]);
    const over = ocRuleIssues({ p1: rules("p1", { maxQuantity: 12, minQuantityPerSku: 3 }) }, original, [line("S", 2), line("M", 11)]);
    expect(over.map((i) => i.code)).toEqual(["MIN_PER_SKU", "MAX_PRODUCT"]);
  });

  it("counts prepack units toward the minimum, not the case pack; below them is breaking the pack", () => {
    const original = [line("S", 2, { packQuantity: 2 }), line("M", 4, { packQuantity: 4 })];
    const r = { p1: rules("p1", { orderMultiple: 3, minQuantity: 6, saleMode: "PACKS_AND_SINGLES" }) };
    // 4 from packs + 3 singles: the singles are a case of 3, the 7 units meet the minimum.
    expect(ocRuleIssues(r, original, [line("S", 2), line("M", 7)])).toEqual([]);
    expect(ocRuleIssues(r, original, [line("S", 2), line("M", 5)]).map((i) => [i.code, en(i.message)])).toEqual([["MULTIPLE", "Sold in cases of 3: 1 → 3"]]);
    const below = ocRuleIssues(r, original, [line("S", 2), line("M", 3)]);
    expect(below.map((i) => [i.code, i.skuId, en(i.message)])).toEqual([
      ["BELOW_PACK_UNITS", "M", "4 of these units came from prepacks: 3 leaves a pack incomplete"],
      ["MIN_PRODUCT", null, "At least 6 units of this product: the order has 5"],
    ]);
    // A removed line from a pack has no line to show it beside.
    const removed = ocRuleIssues({}, original, [line("M", 4)]);
    expect(placeIssues(removed, [line("M", 4)])).toEqual({ byLine: new Map(), unplaced: [removed[0].message] });
  });

  it("a packs-only product takes no single units on top of its packs", () => {
    const original = [line("S", 2, { packQuantity: 2 })];
    const issues = ocRuleIssues({ p1: rules("p1", { saleMode: "PACKS_ONLY" }) }, original, [line("S", 3)]);
    expect(issues.map((i) => [i.code, en(i.message)])).toEqual([["PACKS_ONLY", "This product is sold in prepacks only."]]);
  });

  it("places a SKU's issue beside its line and a product's beside the product's first line", () => {
    const lines = [line("A", 1, { productId: "p0" }), line("S", 7), line("M", 5)];
    const issues = ocRuleIssues({ p1: rules("p1", { orderMultiple: 6, minQuantity: 13 }) }, [line("A", 1, { productId: "p0" }), line("S", 6), line("M", 6)], lines);
    const placed = placeIssues(issues, lines);
    expect([...placed.byLine].map(([index, messages]) => [index, messages.map(en)])).toEqual([
      [1, ["Sold in cases of 6: 7 → 6 or 12", "At least 13 units of this product: the order has 12"]],
      [2, ["Sold in cases of 6: 5 → 6"]],
    ]);
    expect(placed.unplaced).toEqual([]);
  });
});

describe("prepacks and the requested delivery in words", () => {
  const words = (locale: "en" | "ja"): PackWords => (key, values) => translatorFor(locale)(key, values);

  it("puts a pack's sizes in the order of the SKU lines and says what it holds", () => {
    const [pack] = orderPacks(
      [{ id: "pk", productId: "p1", productCode: "TEE", productName: "Tee", name: "Size run A", color: "Navy", packs: 3, contents: { L: 2, M: 2, S: 1, XL: 1 } }],
      ["S", "M", "L", "XL"].map((size, position) => ({ productId: "p1", color: "Navy", size, position })),
    );
    expect(unitsPerPack(pack)).toBe(6);
    expect(packSummary(words("en"), pack)).toBe("Size run A × 3 (Navy): S ×1, M ×2, L ×2, XL ×1");
    expect(packSummary(words("ja"), pack)).toBe("Size run A × 3（Navy）：S ×1、M ×2、L ×2、XL ×1");
    // Contents in another shape read as no sizes, never a crash.
    expect(orderPacks([{ ...{ id: "x", productId: "p", productCode: "c", productName: "n", name: "n", color: "c", packs: 1 }, contents: "S:1" }], [])[0].sizes).toEqual([]);
  });

  it("reads the requested delivery as calendar dates, whatever the reader's time zone", () => {
    const t = (locale: "en" | "ja"): DeliveryWords => (key, values) => translatorFor(locale, "America/Los_Angeles")(key, values);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(requestedDeliveryText(t("en"), "en", { requestedDeliveryFrom: day("2026-12-15"), requestedDeliveryTo: null })).toBe("Dec 15, 2026");
    expect(requestedDeliveryText(t("en"), "en", { requestedDeliveryFrom: day("2026-12-15"), requestedDeliveryTo: day("2026-12-15") })).toBe("Dec 15, 2026");
    expect(requestedDeliveryText(t("en"), "en", { requestedDeliveryFrom: day("2026-12-15"), requestedDeliveryTo: day("2026-12-20") })).toBe("Dec 15, 2026 – Dec 20, 2026");
    expect(requestedDeliveryText(t("en"), "en", { requestedDeliveryFrom: null, requestedDeliveryTo: day("2026-12-20") })).toBe("By Dec 20, 2026");
    expect(requestedDeliveryText(t("ja"), "ja", { requestedDeliveryFrom: day("2026-12-15"), requestedDeliveryTo: day("2026-12-20") })).toBe("2026/12/15～2026/12/20");
    expect(requestedDeliveryText(t("en"), "en", { requestedDeliveryFrom: null, requestedDeliveryTo: null })).toBeNull();
  });
});
