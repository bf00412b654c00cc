import { describe, expect, it } from "vitest";
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";
import { formatterFor, translatorFor } from "@/lib/i18n/translator";

describe("translators kept per language and time zone", () => {
  it("gives the same translator for the same language, time zone and namespace", () => {
    expect(translatorFor("en", "Asia/Tokyo", "orders")).toBe(translatorFor("en", "Asia/Tokyo", "orders"));
    expect(translatorFor("en", "Asia/Tokyo", "orders")).not.toBe(translatorFor("ja", "Asia/Tokyo", "orders"));
    expect(translatorFor("en", "Asia/Tokyo")).not.toBe(translatorFor("en", "Asia/Tokyo", "orders"));
    expect(formatterFor("ja", "UTC")).toBe(formatterFor("ja", "UTC"));
  });

  it("translates a namespace and the whole catalogue alike, in each language", () => {
    expect(translatorFor("en", "UTC", "orders")("list.title")).toBe(en.orders.list.title);
    expect(translatorFor("ja", "UTC")("orders.list.title")).toBe(ja.orders.list.title);
  });

  it("fills values into a message parsed once, for every later call and every namespace", () => {
    const whole = translatorFor("en", "UTC");
    const grid = translatorFor("en", "UTC", "cart.grid");
    const first = grid("quantityFor", { color: "Navy", size: "M" });
    expect(first).toContain("Navy");
    expect(first).toContain("M");
    expect(grid("quantityFor", { color: "Ecru", size: "XL" })).toBe(first.replace("Navy", "Ecru").replace("M", "XL"));
    expect(whole("cart.grid.quantityFor", { color: "Navy", size: "M" })).toBe(first);
  });

  it("keeps each time zone's dates in that zone", () => {
    const moment = new Date("2026-03-01T23:30:00Z");
    const day = { year: "numeric", month: "2-digit", day: "2-digit" } as const;
    expect(formatterFor("en", "Asia/Tokyo").dateTime(moment, day)).toBe("03/02/2026");
    expect(formatterFor("en", "UTC").dateTime(moment, day)).toBe("03/01/2026");
  });
});
