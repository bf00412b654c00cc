// Kept formatters must give exactly what a fresh one gives, for every locale and option set.
import { expect, it } from "vitest";
import { dateTimeFormat, mediumDate, mediumDateTime } from "@/lib/format/date-time-format";
import { formatMoney, fromMinor, toMinor } from "@/lib/money/format";

it("dates read as toLocaleDateString / toLocaleString would write them, with one formatter per style", () => {
  const date = new Date("2026-11-26T11:13:00Z");
  expect(mediumDate(date)).toBe(date.toLocaleDateString("en", { dateStyle: "medium" }));
  expect(mediumDateTime(date)).toBe(date.toLocaleString("en", { dateStyle: "medium", timeStyle: "short" }));
  expect(dateTimeFormat("ja-JP", { dateStyle: "medium", timeZone: "UTC" }).format(date)).toBe("2026/11/26");
  expect(dateTimeFormat("en", { dateStyle: "medium" })).toBe(dateTimeFormat("en", { dateStyle: "medium" }));
  expect(dateTimeFormat("en", { dateStyle: "medium" })).not.toBe(dateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }));
});

it("money keeps each currency's decimals and locale however often it is formatted", () => {
  for (let i = 0; i < 3; i++) {
    expect(formatMoney(123456, "JPY")).toBe("¥123,456");
    expect(formatMoney(123456, "USD")).toBe("$1,234.56");
    expect(formatMoney(123456, "JPY", "ja-JP")).toBe("￥123,456");
    expect(formatMoney(5, "EUR")).toBe("€0.05");
  }
  expect([toMinor(12.5, "USD"), toMinor(1200, "JPY"), fromMinor(1250, "USD"), fromMinor(1200, "JPY")]).toEqual([1250, 1200, 12.5, 1200]);
  expect(() => formatMoney(1, "NOT A CURRENCY")).toThrow(RangeError);
});
