// The "Shipping option" of an order as the shipping desk speaks of it: the shipping rate group it
// was placed under (the brand's delivery policy for a currency and destination, e.g. "Domestic
// (Japan)"), not the rate's name inside the group ("Standard", "Free over ¥30,000"), which only
// says which fee applied. The column, the "Optional +" drop-down and the server-side filter all
// go through this file, so a value chosen in the drop-down is exactly what the column shows.
// Server and browser alike.
import type { MessageKey, MessageTranslator, MessageValues } from "@/lib/i18n/message-text";

export type RateGroupRef = { id: string; name: string; currency: string; country: string | null };

/** The filter value of orders without a rate group. */
export const NO_SHIPPING_OPTION = "none";

/** Filter values: `group:<rate group id>` or NO_SHIPPING_OPTION. */
export const SHIPPING_OPTION_VALUE = /^(?:group:[A-Za-z0-9_-]{1,64}|none)$/;

export function shippingOptionValue(group: Pick<RateGroupRef, "id"> | null): string {
  return group ? `group:${group.id}` : NO_SHIPPING_OPTION;
}

/** The rate group a filter value means: its id, null for "no rate group", undefined for no filter. */
export function rateGroupIdOf(value: string): string | null | undefined {
  if (value === NO_SHIPPING_OPTION) return null;
  if (value.startsWith("group:")) return value.slice("group:".length);
  return undefined;
}

/** The words a label needs, in the viewer's language (shippingOptionWords). */
export type ShippingOptionWords = { label: (parts: { name: string; currency: string; country: string }) => string; none: string; allCountries: string };

type Loose = (key: MessageKey, values?: MessageValues) => string;

/** The words from a translator over the whole catalogue (server or client, any language). */
export function shippingOptionWords(t: MessageTranslator): ShippingOptionWords {
  const say = t as unknown as Loose;
  return { label: (parts) => say("shipping.option.label", parts), none: say("shipping.option.none"), allCountries: say("shipping.option.allCountries") };
}

/** "Domestic (Japan) · JPY · JP": currency and destination tell apart groups of the same name. */
export function shippingOptionLabel(group: Omit<RateGroupRef, "id"> | null, words: ShippingOptionWords): string {
  if (!group) return words.none;
  return words.label({ name: group.name, currency: group.currency, country: group.country ?? words.allCountries });
}
