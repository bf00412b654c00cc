// The order-rule cells of the product spreadsheet: prepacks written and read back, both
// multiplication signs and Japanese separators, sale modes in either language, counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMessage } from "@/lib/i18n/message-text";
import { mergeRules, NO_RULES, parsePrepacksCell, parseRuleCell, prepacksCell, ruleProblems, saleModeCell } from "@/lib/import/rule-columns";
import { hostileString } from "../../support/hostile";

describe("prepack cells", () => {
  it("reads the documented form, with x as well as ×, and Japanese punctuation", () => {
    const packs = [
      { name: "Size run A", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 2 }, { size: "XL", quantity: 1 }] },
      { name: "Size run B", sizes: [{ size: "XS", quantity: 2 }, { size: "XXL", quantity: 3 }] },
    ];
    expect(parsePrepacksCell("Size run A: S×1, M×2, L×2, XL×1; Size run B: XS x 2, XXLx3")).toEqual({ packs });
    expect(parsePrepacksCell("Size run A：S×1、M×2，L×2, XL×1；Size run B: XSｘ2, XXL*3")).toEqual({ packs });
    expect(parsePrepacksCell(" ")).toEqual({ packs: [] });
    expect(prepacksCell(packs)).toBe("Size run A: S×1, M×2, L×2, XL×1; Size run B: XS×2, XXL×3");
  });

  it("says what is wrong with a cell that does not fit", () => {
    const key = (text: string) => {
      const parsed = parsePrepacksCell(text);
      return "error" in parsed ? parseMessage(parsed.error)?.key : null;
    };
    expect(key("Size run A S×1")).toBe("products.import.errors.prepacksFormat");
    expect(key("Run: S, M")).toBe("products.import.errors.prepacksFormat");
    expect(key("Run: S×1, S×2")).toBe("orderRules.errors.packSizeTwice");
    expect(key("Run: S×1; run: M×1")).toBe("orderRules.errors.packNameTwice");
    expect(key(": S×1")).toBe("validation.required");
    expect(key("Run: S×0")).toBe("validation.numberTooSmall");
  });

  it("reads back whatever it writes", () => {
    const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && !/[;\n\r:；：，、ｘＸ＊]/.test(s) && s !== "");
    const size = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && !/[;\n\r:,×xX*；：，、ｘＸ＊]/.test(s) && !/\d$/.test(s) && s !== "");
    const pack = fc.record({ name, sizes: fc.uniqueArray(fc.record({ size, quantity: fc.integer({ min: 1, max: 1000 }) }), { minLength: 1, maxLength: 6, selector: (s) => s.size }) });
    fc.assert(fc.property(fc.uniqueArray(pack, { maxLength: 4, selector: (p) => p.name.toLowerCase() }), (packs) => {
        expect(parsePrepacksCell(prepacksCell(packs))).toEqual({ packs });
      }), { numRuns: 300 });
  });

  it("never throws on hostile text", () => {
    fc.assert(fc.property(hostileString, (text) => {
        const parsed = parsePrepacksCell(text);
        expect("packs" in parsed || parseMessage(parsed.error) !== null).toBe(true);
      }), { numRuns: 300 });
  });
});

describe("rule cells", () => {
  it("reads counts, sale modes by name in either language or by code, and blanks as no value", () => {
    expect(parseRuleCell("orderMultiple", " 6 ")).toEqual({ value: 6 });
    expect(parseRuleCell("maxQuantity", "1,000")).toEqual({ value: 1000 });
    expect(parseRuleCell("minQuantity", "")).toEqual({ value: undefined });
    for (const bad of ["0", "-1", "1.5", "six", "100001"]) expect(parseRuleCell("minQuantity", bad)).toHaveProperty("error");
    expect(parseRuleCell("saleMode", "prepacks ONLY")).toEqual({ value: "PACKS_ONLY" });
    expect(parseRuleCell("saleMode", "アソートパックと単品")).toEqual({ value: "PACKS_AND_SINGLES" });
    expect(parseRuleCell("saleMode", "SINGLES")).toEqual({ value: "SINGLES" });
    expect(parseRuleCell("saleMode", "sometimes")).toHaveProperty("error");
    expect(saleModeCell("PACKS_AND_SINGLES")).toBe("Prepacks and units");
  });

  it("checks the merged rules as the product form does", () => {
    const rules = mergeRules({ maxQuantity: 10 }, { ...NO_RULES, minQuantity: 12 });
    expect(rules).toMatchObject({ minQuantity: 12, maxQuantity: 10 });
    expect(ruleProblems(rules, ["M"]).map((p) => [p.field, parseMessage(p.message)?.key])).toEqual([["minQuantity", "orderRules.errors.minAboveMax"]]);
    const packs = mergeRules({ saleMode: "PACKS_ONLY", prepacks: [{ name: "Run", sizes: [{ size: "XL", quantity: 1 }] }] }, null);
    expect(ruleProblems(packs, ["S", "M"]).map((p) => [p.field, parseMessage(p.message)?.key])).toEqual([["prepacks", "orderRules.errors.packSizeUnknown"]]);
  });
});
