import { describe, expect, it } from "vitest";
import { TRADING_CURRENCIES } from "@/lib/buyers/schemas";
import { LINK_CURRENCIES } from "@/lib/links/link-types";
import { toMinor } from "@/lib/money/format";
import { stripeDecimals, toStripeAmount } from "@/lib/stripe/amount";

describe("amounts sent to Stripe", () => {
  it("JPY and KRW are zero-decimal: the amount in yen / won; USD and EUR in cents", () => {
    expect(toStripeAmount(toMinor(30000, "JPY"), "JPY")).toBe(30000);
    expect(toStripeAmount(toMinor(30000, "KRW"), "KRW")).toBe(30000);
    expect(toStripeAmount(toMinor(140, "USD"), "USD")).toBe(14000);
    expect(toStripeAmount(toMinor(12.5, "EUR"), "eur")).toBe(1250);
  });

  it("every currency a link or a buyer's terms can use is sent in the app's own minor units", () => {
    for (const currency of new Set([...LINK_CURRENCIES, ...TRADING_CURRENCIES])) {
      expect(toStripeAmount(12345, currency), currency).toBe(12345);
    }
  });

  it("ISK and HUF, whole units in the app, are two-decimal in Stripe's API; three-decimal currencies keep three", () => {
    expect(stripeDecimals("ISK")).toBe(2);
    expect(toStripeAmount(toMinor(500, "ISK"), "ISK")).toBe(50000);
    expect(toStripeAmount(toMinor(1000, "HUF"), "HUF")).toBe(100000);
    expect(toStripeAmount(toMinor(5.12, "KWD"), "KWD")).toBe(5120);
  });
});
