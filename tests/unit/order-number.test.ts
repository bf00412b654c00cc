import { describe, expect, it } from "vitest";
import { formatOrderNumber, parseOrderNumber } from "@/lib/orders/order-number";

describe("order numbers as staff type them", () => {
  it.each([
    ["AA-000011", 11],
    ["aa-000011", 11],
    ["AA000011", 11],
    [" AA - 11 ", 11],
    ["000011", 11],
    ["11", 11],
  ])("%j is this brand's order 11", (typed, number) => {
    expect(parseOrderNumber(typed, "AA")).toBe(number);
  });

  it.each(["NW-000011", "nw-11", "A-000011", "AAB-000011", "#11", "order 11", "AA-", "", "AA-11x", "99999999999"])("%j is no order of brand AA", (typed) => {
    expect(parseOrderNumber(typed, "AA")).toBeNull();
  });

  it("reads back every number it formats, also for a prefix that ends in a digit", () => {
    for (const prefix of ["AA", "B1C", "X9"]) {
      for (const n of [1, 11, 123456, 1234567]) expect(parseOrderNumber(formatOrderNumber(prefix, n), prefix)).toBe(n);
    }
  });
});
