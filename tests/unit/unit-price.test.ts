import { describe, expect, it } from "vitest";
import { effectiveDiscountRate, unitPrice } from "@/lib/pricing/unit-price";

describe("unit price precedence", () => {
  it("uses the trading terms when nothing overrides them", () => {
    expect(unitPrice(10_000, { terms: 10 })).toBe(9_000);
  });

  it("a catalog rate beats the trading terms", () => {
    expect(effectiveDiscountRate({ catalog: 20, terms: 10 })).toBe(20);
  });

  it("a product override beats the catalog", () => {
    expect(effectiveDiscountRate({ product: 5, catalog: 20, terms: 10 })).toBe(5);
  });

  it("a catalog-product override beats everything, even a zero rate", () => {
    expect(effectiveDiscountRate({ catalogProduct: 0, product: 5, catalog: 20, terms: 10 })).toBe(0);
  });

  it("accepts Prisma Decimal-like rates and rounds half up to minor units", () => {
    expect(unitPrice(999, { terms: { toString: () => "12.50" } })).toBe(874);
  });

  it("charges the wholesale price when no rate applies", () => {
    expect(unitPrice(4_500, {})).toBe(4_500);
  });
});
