import { describe, expect, it } from "vitest";
import { formatMoney, toMinor } from "@/lib/money/format";
import { pageParams } from "@/lib/pagination/page-params";

describe("money", () => {
  it("shows JPY without decimals and USD with two", () => {
    expect(formatMoney(12000, "JPY", "en")).toBe("¥12,000");
    expect(formatMoney(1250, "USD", "en")).toBe("$12.50");
    expect(formatMoney(12000, "JPY", "ja")).toBe("￥12,000");
  });

  it("converts entered amounts to minor units of their currency", () => {
    expect(toMinor(12.5, "USD")).toBe(1250);
    expect(toMinor(1200, "JPY")).toBe(1200);
  });
});

describe("page params", () => {
  it("clamps bad page numbers and unknown page sizes", () => {
    expect(pageParams({ page: "-3", pageSize: "7" })).toEqual({ page: 1, pageSize: 25, skip: 0, take: 25 });
    expect(pageParams({ page: "3", pageSize: "50" })).toEqual({ page: 3, pageSize: 50, skip: 100, take: 50 });
    expect(pageParams({ page: "abc" }).page).toBe(1);
  });
});
