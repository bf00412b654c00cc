// The pure parts of order rules on the buyer side: the cart view (packs priced from their SKUs,
// lines that stopped being orderable left out, the rules the cart breaks), the order lines it
// becomes, "Order again" fitting a past order to today's rules, the minimum order sentences and the
// requested delivery days.
import { describe, expect, it } from "vitest";
import { buildCartView, orderLinesOf, orderPackLinesOf, packSkuIds, type CartRows } from "@/lib/cart/cart-view";
import { minimumNotice } from "@/lib/cart/minimum-message";
import type { PricedSku } from "@/lib/cart/price-skus";
import { fitToRules, sumSelections } from "@/lib/buyer-app/reorder-fit";
import { isCalendarDay, todayIn } from "@/lib/checkout/calendar-day";
import { checkoutSchema } from "@/lib/checkout/schemas";
import { translateMessage } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";
import type { ProductRules, SkuRef } from "@/lib/order-rules/product-rules";

const en = (m: string) => translateMessage(translatorFor("en"), m);
const plain: ProductRules = { productId: "p", minQuantity: null, maxQuantity: null, minQuantityPerSku: null, orderMultiple: null, saleMode: "SINGLES", prepacks: [] };
const runA = { id: "run-a", name: "Run A", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }] };
const skus: SkuRef[] = ["Navy", "Ecru"].flatMap((color) => ["S", "M"].map((size) => ({ id: `${color}-${size}`, color, size })));

function priced(rules: ProductRules, prices: Record<string, number>): Map<string, PricedSku> {
  return new Map(
    Object.entries(prices).map(([id, unitPrice]) => {
      const [color, size] = id.split("-");
      return [id, { skuId: id, code: `P-${id}`, color, size, productId: "p", productCode: "P", productName: "Linen Shirt", catalogId: "c", wholesalePrice: unitPrice, unitPrice, rules }];
    }),
  );
}
const packRow = (color: string, packs: number): CartRows["packLines"][number] => ({ prepackId: runA.id, color, packs, prepack: { id: runA.id, name: runA.name, productId: "p", sizes: runA.sizes, product: { skus } } });

describe("the cart view", () => {
  const rules = { ...plain, saleMode: "PACKS_AND_SINGLES" as const, prepacks: [runA] };

  it("prices a pack as its SKUs' unit prices × units, and counts its units", () => {
    const rows: CartRows = { lines: [{ skuId: "Navy-S", quantity: 2 }], packLines: [packRow("Navy", 3)] };
    expect(packSkuIds(rows)).toEqual(["Navy-S", "Navy-M"]);
    const view = buildCartView(rows, priced(rules, { "Navy-S": 1000, "Navy-M": 1500 }), "JPY");
    expect(view.packLines).toMatchObject([{ name: "Run A", color: "Navy", packs: 3, unitsPerPack: 3, packPrice: 4000, lineTotal: 12000 }]);
    expect(view).toMatchObject({ subtotal: 14000, quantity: 11, problems: [] });
  });

  it("leaves out a pack whose SKU is no longer orderable, and a line whose SKU is not priced", () => {
    const rows: CartRows = { lines: [{ skuId: "Ecru-S", quantity: 1 }, { skuId: "Navy-S", quantity: 1 }], packLines: [packRow("Navy", 1), packRow("Ecru", 1)] };
    const view = buildCartView(rows, priced(rules, { "Navy-S": 1000, "Navy-M": 1000, "Ecru-M": 1000 }), "JPY");
    expect(view.lines.map((l) => l.skuId)).toEqual(["Navy-S"]);
    expect(view.packLines.map((p) => p.color)).toEqual(["Navy"]);
  });

  it("reports each rule the cart breaks now, about the product or one SKU", () => {
    const strict = { ...rules, orderMultiple: 2, minQuantity: 10 };
    const view = buildCartView({ lines: [{ skuId: "Navy-S", quantity: 3 }], packLines: [packRow("Ecru", 1)] }, priced(strict, { "Navy-S": 1000, "Ecru-S": 1000, "Ecru-M": 1000 }), "JPY");
    expect(view.problems.map((p) => ({ sku: p.sku, message: en(p.message) }))).toEqual([
      { sku: { color: "Navy", size: "S" }, message: "Sold in cases of 2: 3 → 2 or 4" },
      { sku: undefined, message: "At least 10 units of this product: the order has 6" },
    ]);
  });

  it("becomes one order line per SKU, pack units included and counted apart, and pack snapshots", () => {
    const view = buildCartView({ lines: [{ skuId: "Navy-S", quantity: 2 }], packLines: [packRow("Navy", 2)] }, priced(rules, { "Navy-S": 1000, "Navy-M": 1500 }), "JPY");
    expect(orderLinesOf(view).map((l) => ({ skuId: l.skuId, quantity: l.quantity, packQuantity: l.packQuantity, lineTotal: l.lineTotal }))).toEqual([
      { skuId: "Navy-M", quantity: 4, packQuantity: 4, lineTotal: 6000 },
      { skuId: "Navy-S", quantity: 4, packQuantity: 2, lineTotal: 4000 },
    ]);
    expect(orderLinesOf(view).reduce((s, l) => s + l.lineTotal, 0)).toBe(view.subtotal);
    expect(orderPackLinesOf(view)).toEqual([{ prepackId: "run-a", productId: "p", productCode: "P", productName: "Linen Shirt", name: "Run A", contents: { S: 1, M: 2 }, color: "Navy", packs: 2, position: 0 }]);
  });
});

describe("Order again: a past order fitted to today's rules", () => {
  const sel = (singles: [string, number][], packs: [string, number][] = []) => ({
    singles: singles.map(([skuId, quantity]) => ({ skuId, quantity })),
    packs: packs.map(([color, n]) => ({ prepackId: runA.id, color, packs: n })),
  });

  it("rounds up to the case pack and raises to the minimum per SKU, saying why", () => {
    const fit = fitToRules({ ...plain, orderMultiple: 6, minQuantityPerSku: 8 }, skus, sel([["Navy-S", 7], ["Navy-M", 12]]));
    expect(fit).toEqual({
      ok: true,
      selection: sel([["Navy-S", 12], ["Navy-M", 12]]),
      changes: [{ skuId: "Navy-S", from: 7, to: 12, reason: 'buyerApp.reorder.raisedToSkuMinimum|{"minimum":8}' }],
    });
    expect(fitToRules({ ...plain, orderMultiple: 6 }, skus, sel([["Navy-S", 7]]))).toMatchObject({ changes: [{ from: 7, to: 12, reason: 'buyerApp.reorder.roundedToCase|{"multiple":6}' }] });
  });

  it("tops up the product minimum on the first line (in case packs), or with packs when there are only packs", () => {
    expect(fitToRules({ ...plain, orderMultiple: 2, minQuantity: 10 }, skus, sel([["Navy-S", 2], ["Navy-M", 2]]))).toMatchObject({
      ok: true, selection: sel([["Navy-S", 8], ["Navy-M", 2]]), changes: [{ skuId: "Navy-S", from: 2, to: 8 }],
    });
    const packsOnly = { ...plain, saleMode: "PACKS_ONLY" as const, prepacks: [runA], minQuantity: 7 };
    expect(fitToRules(packsOnly, skus, sel([], [["Navy", 1]]))).toMatchObject({
      ok: true, selection: sel([], [["Navy", 3]]), changes: [{ pack: { prepackId: "run-a", color: "Navy" }, from: 1, to: 3, reason: 'buyerApp.reorder.raisedToProductMinimum|{"minimum":7}' }],
    });
  });

  it("does not fit what raising cannot fix: the rule is the reason", () => {
    const fit = fitToRules({ ...plain, maxQuantity: 10 }, skus, sel([["Navy-S", 8], ["Navy-M", 4]]));
    expect(fit.ok).toBe(false);
    expect(!fit.ok && en(fit.reason)).toBe("At most 10 units of this product per order: the order has 12");
  });

  it("adds two selections of a product together", () => {
    expect(sumSelections(sel([["Navy-S", 2]], [["Navy", 1]]), sel([["Navy-S", 3], ["Navy-M", 1]], [["Navy", 2], ["Ecru", 1]]))).toEqual(sel([["Navy-S", 5], ["Navy-M", 1]], [["Navy", 3], ["Ecru", 1]]));
  });
});

describe("the minimum order value sentences", () => {
  it("the shortfall, the first-order wording and the minimum reached, in the reader's locale", () => {
    const jpy = { amount: 30000, currency: "JPY", scope: "brand" as const, firstOrder: false };
    expect(en(minimumNotice(jpy, 4200, "en")!.message)).toBe("Add ¥4,200 more to reach the ¥30,000 minimum");
    expect(en(minimumNotice({ ...jpy, firstOrder: true }, 4200, "en")!.message)).toBe("Add ¥4,200 more to reach the ¥30,000 minimum for a first order");
    expect(minimumNotice(jpy, 0, "en")).toMatchObject({ met: true });
    expect(en(minimumNotice(jpy, 0, "en")!.message)).toBe("The ¥30,000 minimum order is reached.");
    expect(translateMessage(translatorFor("ja"), minimumNotice({ ...jpy, currency: "USD", amount: 30000 }, 1250, "ja")!.message)).toBe("最低注文金額$300.00まであと$12.50です");
    expect(minimumNotice(null, 0, "en")).toBeNull();
  });
});

describe("requested delivery days", () => {
  it("today is the brand's today", () => {
    const now = new Date("2026-12-01T16:30:00Z");
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-12-02");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-12-01");
    expect(todayIn("Not/AZone", now)).toBe("2026-12-01");
  });

  it("only real calendar days", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2027-02-29")).toBe(false);
    expect(isCalendarDay("2027-13-01")).toBe(false);
    expect(isCalendarDay("27-01-01")).toBe(false);
  });

  it("the checkout schema: a day or a window, from the brand's today, the last day not before the first", () => {
    const schema = checkoutSchema({ guest: false, addressField: "HIDE", shippingApplies: false, paymentMethods: ["PAY_OUTSIDE_APP"], timeZone: "Asia/Tokyo" });
    const base = { idempotencyKey: "k".repeat(20), contactName: "A", email: "a@test.example", phone: "", country: "JP", paymentMethod: "PAY_OUTSIDE_APP" };
    const errors = (extra: Record<string, string>) => {
      const r = schema.safeParse({ ...base, ...extra });
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), en(i.message)]));
    };
    expect(errors({ requestedDeliveryFrom: "2999-01-10", requestedDeliveryTo: "2999-01-20", poNumber: " PO-1 " })).toEqual({});
    expect(schema.parse({ ...base, poNumber: " PO-1 " }).poNumber).toBe("PO-1");
    expect(errors({ requestedDeliveryFrom: "2000-01-10" })).toEqual({ requestedDeliveryFrom: "Choose today or a later date." });
    expect(errors({ requestedDeliveryFrom: "2999-01-10", requestedDeliveryTo: "2999-01-09" })).toEqual({ requestedDeliveryTo: "The last day is before the first day." });
    expect(errors({ requestedDeliveryTo: "2999-01-09" })).toEqual({ requestedDeliveryFrom: "Enter the first day of the window." });
    expect(errors({ poNumber: "P".repeat(51) })).toEqual({ poNumber: "This is too long." });
  });
});
