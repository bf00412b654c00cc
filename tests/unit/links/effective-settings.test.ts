import { describe, expect, it } from "vitest";
import { effectiveCheckoutSettings, linkForcesAddress, type CheckoutSettingsSource } from "@/lib/links/effective-settings";

const group = (id: string, currency = "JPY", country: string | null = "JP", rateCount = 1) => ({ id, currency, country, rateCount });
const source = (over: Partial<CheckoutSettingsSource> = {}): CheckoutSettingsSource => ({ addressField: "SHOW", paymentMethods: ["PAY_OUTSIDE_APP"], rateGroups: [], ...over });

describe("effective checkout settings: link over catalog", () => {
  it("uses the link's address setting, payment methods and rate groups over the catalog's", () => {
    const result = effectiveCheckoutSettings({
      link: source({ addressField: "SHOW", paymentMethods: ["STRIPE_CARD"], rateGroups: [group("link-g")] }),
      catalog: source({ addressField: "HIDE", paymentMethods: ["PAY_OUTSIDE_APP"], rateGroups: [group("cat-g")] }),
      brand: { stripeEnabled: true },
      currency: "JPY",
    });
    expect(result).toMatchObject({ addressField: "SHOW", paymentMethods: ["STRIPE_CARD"], rateGroupSource: "link" });
    expect(result.rateGroups.map((g) => g.id)).toEqual(["link-g"]);
  });

  it("keeps the address hidden when the link hides it and nothing forces it, whatever the catalog says", () => {
    const result = effectiveCheckoutSettings({ link: source({ addressField: "HIDE" }), catalog: source({ addressField: "SHOW" }), brand: { stripeEnabled: false } });
    expect(result).toMatchObject({ addressField: "HIDE", addressForcedBy: null, rateGroupSource: "none" });
  });

  it("falls back to the catalog's rate groups when every rate group of the link is invalid", () => {
    const result = effectiveCheckoutSettings({
      // One without rates, one in another currency: neither can price a JPY checkout.
      link: source({ rateGroups: [group("empty", "JPY", "JP", 0), group("usd", "USD", null)] }),
      catalog: source({ rateGroups: [group("cat-jpy"), group("cat-usd", "USD", null)] }),
      brand: { stripeEnabled: false },
      currency: "JPY",
    });
    expect(result.rateGroupSource).toBe("catalog");
    expect(result.rateGroups.map((g) => g.id)).toEqual(["cat-jpy"]);
  });

  it("uses only the valid rate groups of the link when some are valid", () => {
    const result = effectiveCheckoutSettings({
      link: source({ rateGroups: [group("empty", "JPY", "JP", 0), group("ok", "JPY", null)] }),
      catalog: source({ rateGroups: [group("cat")] }),
      brand: { stripeEnabled: false },
      currency: "JPY",
    });
    expect([result.rateGroupSource, result.rateGroups.map((g) => g.id)]).toEqual(["link", ["ok"]]);
  });

  it("forces the address field on when shipping applies, even through the catalog's fallback", () => {
    const result = effectiveCheckoutSettings({ link: source({ addressField: "HIDE" }), catalog: source({ rateGroups: [group("cat")] }), brand: { stripeEnabled: false } });
    expect(result).toMatchObject({ addressField: "SHOW", addressForcedBy: "SHIPPING", rateGroupSource: "catalog" });
  });

  it("forces the address field on when Stripe Credit Card Payment applies", () => {
    const result = effectiveCheckoutSettings({ link: source({ addressField: "HIDE", paymentMethods: ["STRIPE_CARD"] }), catalog: source(), brand: { stripeEnabled: true } });
    expect(result).toMatchObject({ addressField: "SHOW", addressForcedBy: "STRIPE_CARD" });
  });

  it("drops card payment when the brand no longer has the add-on, falling back to the catalog's methods if none is left", () => {
    const onlyCard = effectiveCheckoutSettings({ link: source({ addressField: "HIDE", paymentMethods: ["STRIPE_CARD"] }), catalog: source(), brand: { stripeEnabled: false } });
    expect(onlyCard).toMatchObject({ paymentMethods: ["PAY_OUTSIDE_APP"], addressField: "HIDE", addressForcedBy: null });
    const both = effectiveCheckoutSettings({ link: source({ paymentMethods: ["PAY_OUTSIDE_APP", "STRIPE_CARD"] }), catalog: source(), brand: { stripeEnabled: false } });
    expect(both.paymentMethods).toEqual(["PAY_OUTSIDE_APP"]);
  });

  it("tells the form when the link's own settings force the address field", () => {
    expect(linkForcesAddress({ shippingRateGroupIds: ["g"], paymentMethods: ["PAY_OUTSIDE_APP"] })).toBe("SHIPPING");
    expect(linkForcesAddress({ shippingRateGroupIds: [], paymentMethods: ["STRIPE_CARD"] })).toBe("STRIPE_CARD");
    expect(linkForcesAddress({ shippingRateGroupIds: [], paymentMethods: ["PAY_OUTSIDE_APP"] })).toBeNull();
  });
});
