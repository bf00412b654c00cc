// The values a new link's form starts from.
import type { OrderLinkType } from "@/lib/db/generated/enums";
import { minimumOrderRows } from "@/lib/settings/schemas";
import { LINK_CURRENCIES } from "./link-types";
import type { LinkFormInput } from "./schemas";

/**
 * The currencies a link's minimum order value rows are kept for: a link with its own currency
 * (Instant, Dynamic) shows the row of the currency chosen, so every currency it may choose has one;
 * a Customer Order Link orders in each buyer's currency, so the brand's currencies.
 */
export function linkMinimumOrderCurrencies(type: OrderLinkType, brandCurrencies: string[]): string[] {
  return type === "CUSTOMER" ? brandCurrencies : [...new Set([...brandCurrencies, ...LINK_CURRENCIES])];
}

/** `brandCurrencies`: the currencies the brand sells in, for the minimum order value rows. */
export function newLinkDefaults(type: OrderLinkType, brand: { defaultCurrency: string; homeCountry: string }, brandCurrencies: string[] = [brand.defaultCurrency]): LinkFormInput {
  const hasTerms = type !== "CUSTOMER";
  return {
    type,
    name: "",
    viewOnly: false,
    offlineBuyerTransition: false,
    addressField: "SHOW",
    passcodeEnabled: false,
    passcode: "",
    releaseEnabled: false,
    releaseAt: "",
    expirationEnabled: false,
    expiresAt: "",
    catalogIds: [],
    description: "",
    paymentMethods: ["PAY_OUTSIDE_APP"],
    shippingRateGroupIds: [],
    videoSource: "NONE",
    videoUrl: "",
    videoFileId: "",
    backgroundType: "EMPTY",
    backgroundImageFileId: "",
    backgroundVideoUrl: "",
    lookbookIds: [],
    contacts: [],
    currency: hasTerms ? brand.defaultCurrency : "",
    language: hasTerms ? (brand.homeCountry === "JP" ? "JA" : "EN") : "",
    discountRate: hasTerms ? "0" : "",
    minimumOrder: minimumOrderRows(null, linkMinimumOrderCurrencies(type, brandCurrencies)),
  };
}
