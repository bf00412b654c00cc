// Cart and checkout do not know where the buyer came from. Each entry point (the link pages under
// /l/<token> today, the Buyer App's Standard Order later) works out a PurchaseContext — brand,
// buyer or guest, currency, language, discount terms, orderable catalogs, address / payment /
// shipping settings, the source (ORDER_LINK with its link, or STANDARD_ORDER) — and hands it to
// lib/cart (cart lines, pricing) and lib/checkout (settings, shipping fee, placing the order) and
// to components/cart (grid, cart, checkout form, which take the context's plain values and the
// entry point's bound server actions). Nothing in lib/cart or lib/checkout reads a link or a cookie.
import type { AddressFieldSetting, BuyerOwnership, Language, OrderLinkType, OrderPlacedVia, PaymentMethod } from "@/lib/db/generated/enums";

export type PurchaseSource =
  /** minimumOrder: the link's minimum order value setting (lib/order-rules/minimum-order-value); linkToken: its URL's, for the buyer's e-mails. */
  | { kind: "ORDER_LINK"; linkId: string; linkToken: string; linkName: string; linkType: OrderLinkType; minimumOrder: unknown }
  | { kind: "STANDARD_ORDER" };

export type PurchaseBuyer = {
  id: string;
  name: string;
  country: string;
  ownership: BuyerOwnership;
  contactName: string | null;
  email: string | null;
  phone: string | null;
};

/** Settings that, when given, take precedence over every catalog's own (a link's). */
export type OverridingSettings = { addressField: AddressFieldSetting; paymentMethods: PaymentMethod[]; rateGroupIds: string[] };

export type PurchaseContext = {
  /** timeZone: the brand's (requested delivery dates are checked against its today); minimumOrder: its minimum order value setting. */
  brand: { id: string; name: string; homeCountry: string; orderPrefix: string; stripeEnabled: boolean; timeZone: string; minimumOrder: unknown };
  source: PurchaseSource;
  /** The ordering buyer; null for a guest of an Instant Order Link or Dynamic Brand Link. */
  buyer: PurchaseBuyer | null;
  placedVia: OrderPlacedVia;
  placedByUserId: string | null;
  placedByLabel: string | null;
  currency: string;
  language: Language;
  /** Discount of the buyer's trading terms or of the link's terms (percent). */
  termsDiscountRate: number;
  /** Catalogs the buyer may add to cart from, in display order (the first one prices a product). */
  orderableCatalogIds: string[];
  /** The link's settings (they beat the catalogs'); null = each catalog's own settings. */
  overridingSettings: OverridingSettings | null;
  /** Customer Order Link: an offline buyer becomes customer-owned when the order completes. */
  offlineBuyerTransition: boolean;
  /** The User who takes over a transitioned offline buyer (null: one is made from its login e-mail). */
  transitionToUserId: string | null;
  /** Owner of the cart row: unique per entry, visitor and buyer. */
  cartOwnerKey: string;
  /** False on view-only links: no cart and no ordering, enforced in every cart/checkout write. */
  canOrder: boolean;
};
