// The values a new link's form starts from.
import type { OrderLinkType } from "@/lib/db/generated/enums";
import type { LinkFormInput } from "./schemas";

export function newLinkDefaults(type: OrderLinkType, brand: { defaultCurrency: string; homeCountry: string }): LinkFormInput {
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
  };
}
