import { describe, expect, it } from "vitest";
import { checkoutSchema } from "@/lib/checkout/schemas";
import { translateMessage } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";
import { addressRequired, effectiveCheckoutSettings } from "@/lib/checkout/settings";
import { quoteShipping, shippingApplies, type RateGroupInput } from "@/lib/checkout/shipping-fee";

const group = (id: string, currency: string, country: string | null, rates: RateGroupInput["rates"]): RateGroupInput => ({ id, name: id, currency, country, rates });

describe("shipping fee", () => {
  const domestic = group("jp", "JPY", "JP", [{ name: "Standard", minAmount: 0, maxAmount: 29999, fee: 1000 }, { name: "Free", minAmount: 30000, maxAmount: null, fee: 0 }]);
  const world = group("world", "JPY", null, [{ name: "EMS", minAmount: 0, maxAmount: null, fee: 5000 }]);
  const catalogUsd = group("cat-usd", "USD", null, [{ name: "Express", minAmount: 0, maxAmount: null, fee: 4500 }]);

  it("picks the rate covering the subtotal, the country group before All Countries", () => {
    expect(quoteShipping([world, domestic], [], { currency: "JPY", country: "JP", subtotal: 10000 })).toMatchObject({ rateGroupId: "jp", fee: 1000, from: "primary" });
    expect(quoteShipping([world, domestic], [], { currency: "JPY", country: "JP", subtotal: 30000 })).toMatchObject({ fee: 0, optionName: "Free" });
    expect(quoteShipping([world, domestic], [], { currency: "JPY", country: "FR", subtotal: 10000 })).toMatchObject({ rateGroupId: "world", fee: 5000 });
  });

  it("falls back to the catalog's groups when all the link's are invalid for the currency", () => {
    expect(quoteShipping([domestic], [catalogUsd], { currency: "USD", country: "US", subtotal: 100 })).toMatchObject({ rateGroupId: "cat-usd", fee: 4500, from: "fallback" });
  });

  it("no valid group anywhere gives no quote; settings apply only for groups in the currency", () => {
    expect(quoteShipping([domestic], [], { currency: "JPY", country: "US", subtotal: 100 })).toBeNull();
    expect(shippingApplies([domestic], [], "USD")).toBe(false);
    expect(shippingApplies([domestic], [catalogUsd], "USD")).toBe(true);
    // A group without rates can price nothing, so it does not ask for an address.
    expect(shippingApplies([group("empty", "JPY", null, [])], [], "JPY")).toBe(false);
  });
});

describe("checkout settings", () => {
  it("the link's settings beat the catalogs'", () => {
    expect(effectiveCheckoutSettings({ addressField: "HIDE", paymentMethods: ["PAY_OUTSIDE_APP"] }, [{ addressField: "SHOW", paymentMethods: ["STRIPE_CARD"] }], true)).toEqual({
      addressField: "HIDE",
      paymentMethods: ["PAY_OUTSIDE_APP"],
    });
  });

  it("Stripe is offered only when available", () => {
    const link = { addressField: "SHOW" as const, paymentMethods: ["PAY_OUTSIDE_APP" as const, "STRIPE_CARD" as const] };
    expect(effectiveCheckoutSettings(link, [], false).paymentMethods).toEqual(["PAY_OUTSIDE_APP"]);
    expect(effectiveCheckoutSettings(link, [], true).paymentMethods).toEqual(["PAY_OUTSIDE_APP", "STRIPE_CARD"]);
  });

  it("without a link, the catalogs' own settings apply", () => {
    expect(effectiveCheckoutSettings(null, [{ addressField: "HIDE", paymentMethods: ["PAY_OUTSIDE_APP"] }], false)).toEqual({ addressField: "HIDE", paymentMethods: ["PAY_OUTSIDE_APP"] });
  });

  it("the address is forced by shipping settings or card payment", () => {
    expect(addressRequired("HIDE", false, "PAY_OUTSIDE_APP")).toBe(false);
    expect(addressRequired("HIDE", true, "PAY_OUTSIDE_APP")).toBe(true);
    expect(addressRequired("HIDE", false, "STRIPE_CARD")).toBe(true);
    expect(addressRequired("SHOW", false, "PAY_OUTSIDE_APP")).toBe(true);
  });

  it("the checkout schema asks guests for company details and explains in Japanese", () => {
    const schema = checkoutSchema({ guest: true, addressField: "HIDE", shippingApplies: false, paymentMethods: ["PAY_OUTSIDE_APP"], timeZone: "Asia/Tokyo" });
    const result = schema.safeParse({ idempotencyKey: "k".repeat(20), contactName: "", email: "x", phone: "", country: "JP", paymentMethod: "PAY_OUTSIDE_APP" });
    expect(result.success).toBe(false);
    const ja = translatorFor("ja");
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), translateMessage(ja, i.message)]));
    expect(messages).toMatchObject({ contactName: "ご担当者名を入力してください。", email: "有効なメールアドレスを入力してください。", companyName: "会社名を入力してください。" });
    expect(messages.shipLine1).toBeUndefined();
  });
});
