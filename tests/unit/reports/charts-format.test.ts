// Report numbers read like money everywhere else in the app: the chart formatter gives exactly what
// lib/money's formatMoney gives for stored minor-unit amounts, in each currency and language.
import { describe, expect, it } from "vitest";
import { formatMeasure, formatMeasureCompact, type MeasureFormat } from "@/components/reports/charts/format-measure";
import { formatMoney } from "@/lib/money/format";

const AMOUNTS = [0, 5, 1250, 12000, 123456, 98765432, -4200];

describe("formatMeasure", () => {
  it.each([
    ["JPY", "en"], ["JPY", "ja"], ["USD", "en"], ["USD", "ja"], ["EUR", "en"], ["EUR", "ja-JP"],
  ])("a %s value in %s reads as the app's money formatter writes it", (currency, locale) => {
    for (const amount of AMOUNTS) {
      expect(formatMeasure(amount, { measure: "value", currency, locale })).toBe(formatMoney(amount, currency, locale));
    }
  });

  it("keeps each currency's minor units: yen have none, dollars two", () => {
    expect(formatMeasure(12000, { measure: "value", currency: "JPY", locale: "en" })).toBe("¥12,000");
    expect(formatMeasure(12000, { measure: "value", currency: "JPY", locale: "ja" })).toBe("￥12,000");
    expect(formatMeasure(1250, { measure: "value", currency: "USD", locale: "en" })).toBe("$12.50");
    expect(formatMeasure(123456, { measure: "value", currency: "USD", locale: "ja" })).toBe("$1,234.56");
  });

  it("counts units and orders as whole numbers in the reader's grouping, ignoring any currency", () => {
    expect(formatMeasure(1234567, { measure: "units", locale: "en" })).toBe("1,234,567");
    expect(formatMeasure(1234567, { measure: "orders", locale: "ja", currency: "JPY" })).toBe("1,234,567");
    expect(formatMeasure(1234567, { measure: "units", locale: "de" })).toBe("1.234.567");
    expect(formatMeasure(0, { measure: "orders", locale: "en" })).toBe("0");
  });

  it("refuses a value without its currency rather than showing minor units as whole amounts", () => {
    const unchecked = { measure: "value", currency: null, locale: "en" } as unknown as MeasureFormat;
    expect(() => formatMeasure(1250, unchecked)).toThrow(TypeError);
    expect(() => formatMeasureCompact(1250, unchecked)).toThrow(TypeError);
  });
});

describe("formatMeasureCompact (axis ticks)", () => {
  it("shortens large amounts in the reader's language, converting minor units first", () => {
    expect(formatMeasureCompact(12_000_000, { measure: "value", currency: "JPY", locale: "en" })).toBe("¥12M");
    expect(formatMeasureCompact(12_000_000, { measure: "value", currency: "JPY", locale: "ja" })).toBe("￥1200万");
    expect(formatMeasureCompact(1_500_000, { measure: "value", currency: "USD", locale: "en" })).toBe("$15K");
    expect(formatMeasureCompact(500, { measure: "value", currency: "USD", locale: "en" })).toBe("$5");
    expect(formatMeasureCompact(0, { measure: "value", currency: "USD", locale: "en" })).toBe("$0");
    expect(formatMeasureCompact(12_345, { measure: "units", locale: "en" })).toBe("12.3K");
    expect(formatMeasureCompact(12_345, { measure: "orders", locale: "ja" })).toBe("1.2万");
  });
});
