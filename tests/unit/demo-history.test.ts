// The pure parts of the demo sales history (prisma/demo-history): its calendar of business days in
// a brand's time zone, and the baskets it fills within the products' order rules.
import { describe, expect, it } from "vitest";
import { businessDaysBefore, businessDaysBeyond, businessDaysWithin, localDay, zonedTime } from "@/prisma/demo-history/calendar";
import { buildBasket, type DemoCatalog, type DemoProduct } from "@/prisma/demo-history/lines";
import { seededRandom } from "@/prisma/demo-history/history";
import { checkProductOrder } from "@/lib/order-rules/product-rules";

const DAY = 24 * 60 * 60 * 1000;

describe("demo history calendar", () => {
  it("counts business days back, skipping weekends", () => {
    // 2026-12-07 is a Monday.
    const days = businessDaysBefore({ year: 2026, month: 12, day: 7 }, 6);
    expect(days.map((d) => d.day)).toEqual([4, 3, 2, 1, 30, 27]);
    expect(days.map((d) => d.month)).toEqual([12, 12, 12, 12, 11, 11]);
  });

  it("bounds business days by calendar days whatever the weekday today", () => {
    for (let weekday = 0; weekday < 7; weekday++) {
      const start = Date.UTC(2026, 10, 29) + weekday * DAY;
      const today = { year: new Date(start).getUTCFullYear(), month: new Date(start).getUTCMonth() + 1, day: new Date(start).getUTCDate() };
      const days = businessDaysBefore(today, 250);
      const back = (k: number) => (start - Date.UTC(days[k - 1].year, days[k - 1].month - 1, days[k - 1].day)) / DAY;
      for (let calendar = 10; calendar <= 300; calendar += 7) {
        expect(back(businessDaysWithin(calendar))).toBeLessThan(calendar);
        if (businessDaysBeyond(calendar) <= 250) expect(back(businessDaysBeyond(calendar))).toBeGreaterThan(calendar);
      }
    }
  });

  it("places local business hours on the right instant, through daylight saving time", () => {
    expect(zonedTime({ year: 2026, month: 6, day: 1 }, 9 * 60, "Asia/Tokyo").toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(zonedTime({ year: 2026, month: 1, day: 15 }, 9 * 60, "America/New_York").toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(zonedTime({ year: 2026, month: 7, day: 15 }, 9 * 60, "America/New_York").toISOString()).toBe("2026-07-15T13:00:00.000Z");
    expect(localDay(new Date("2026-07-15T02:00:00Z"), "America/New_York")).toEqual({ year: 2026, month: 7, day: 14 });
  });
});

function product(i: number, rules: Partial<DemoProduct["rules"]> = {}): DemoProduct {
  const id = `p${i}`;
  const skus = ["Navy", "Ecru"].flatMap((color) => ["S", "M", "L"].map((size) => ({ id: `${id}-${color}-${size}`, code: `P${i}-${color}-${size}`, color, size, prices: { JPY: 1000 * (i + 1), USD: 7 * (i + 1) } })));
  return {
    id, code: `P-${1000 + i}`, name: `Product ${i}`, deliveryName: `Product ${i}`, discountRate: i === 3 ? 15 : null, skus,
    rules: { productId: id, minQuantity: null, maxQuantity: null, minQuantityPerSku: null, orderMultiple: null, saleMode: "SINGLES", prepacks: [], ...rules },
  };
}

describe("demo history baskets", () => {
  const products = [
    product(0),
    product(1, { saleMode: "PACKS_ONLY", prepacks: [{ id: "run-a", name: "Size run A", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 1 }] }] }),
    product(2, { orderMultiple: 6, minQuantity: 12 }),
    product(3, { saleMode: "PACKS_AND_SINGLES", minQuantity: 6, prepacks: [{ id: "run", name: "Size run", sizes: [{ size: "S", quantity: 1 }, { size: "M", quantity: 2 }, { size: "L", quantity: 1 }] }] }),
    product(4),
  ];
  const catalog: DemoCatalog = {
    id: "c1", name: "Season", season: "S1", discountRate: null, pub: -100, deadline: 50,
    products: products.map((p, position) => ({ productId: p.id, discountRate: position === 1 ? 20 : null })),
  };
  const byId = new Map(products.map((p) => [p.id, p]));

  it("fills baskets the rule engine accepts, priced from the SKUs, up to the minimum order value", () => {
    const random = seededRandom(7);
    for (let n = 0; n < 300; n++) {
      const basket = buildBasket({ random, catalogs: [catalog], products: byId, currency: "JPY", terms: 10, scale: 1 + (n % 3), minimum: 50_000 });
      expect(basket.subtotal).toBeGreaterThanOrEqual(50_000);
      expect(basket.subtotal).toBe(basket.lines.reduce((s, l) => s + l.lineTotal, 0));
      for (const line of basket.lines) expect(line.lineTotal).toBe(line.unitPrice * line.quantity);
      for (const p of new Set(basket.lines.map((l) => l.productId))) {
        const lines = basket.lines.filter((l) => l.productId === p);
        const packs = basket.packs.filter((x) => x.productId === p).map((x) => ({ prepackId: x.prepackId, color: x.color, packs: x.packs }));
        const check = checkProductOrder(byId.get(p)!.rules, byId.get(p)!.skus, { singles: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity - l.packQuantity })), packs });
        expect(check.violations).toEqual([]);
      }
    }
  });

  it("is the same basket for the same seed", () => {
    const fill = () => buildBasket({ random: seededRandom(42), catalogs: [catalog], products: byId, currency: "USD", terms: 0, scale: 2, minimum: null });
    expect(fill()).toEqual(fill());
  });
});
