// Counts in English read right for 1 and for many.
import { expect, it } from "vitest";
import { countOf, NOUNS } from "@/lib/format/plural";

it("counts read right for one and for many", () => {
  expect(countOf(1, NOUNS.unit)).toBe("1 unit");
  expect(countOf(0, NOUNS.unit)).toBe("0 units");
  expect(countOf(2, NOUNS.unit)).toBe("2 units");
  expect(countOf(1200, NOUNS.unit)).toBe("1,200 units");
  expect(countOf(1, NOUNS.sku)).toBe("1 SKU");
  expect(countOf(3, NOUNS.sku)).toBe("3 SKUs");
  expect(countOf(1, NOUNS.order)).toBe("1 order");
  expect(countOf(21, NOUNS.line)).toBe("21 lines");
});
