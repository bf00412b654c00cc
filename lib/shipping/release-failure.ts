// Failed to Release details: one sentence saying what exactly is wrong with an order, stored on it
// and shown under its reason badge, also to staff who read another language than whoever released.
// So a detail is stored as a catalogue key with its values (lib/i18n/message-text) and put into
// words where it is read. Lists (missing address fields, products, short SKUs) travel as JSON
// arrays in one value and are joined in the reader's language.
// A detail never restates its reason badge's words, so it also stands alone as the pop-up's
// message. Server and browser alike.
import type { ReleaseFailureReason } from "@/lib/db/generated/enums";
import { msg, parseMessage, type MessageKey, type MessageTranslator, type MessageValues } from "@/lib/i18n/message-text";
import type { AppLocale } from "@/lib/i18n/locales";

export type AddressField = "recipient" | "streetAddress" | "city" | "postalCode";
export type ShortSku = { code: string; needs: number; inStock: number };

/** The details a release stores, as catalogue keys and values. */
export const releaseFailureDetails = {
  addressMissing: (fields: AddressField[]) => msg("shipping.failure.addressMissing", { fields: JSON.stringify(fields) }),
  notACountry: (country: string) => msg("shipping.failure.notACountry", { country }),
  postalCode: (postalCode: string, country: string) => msg("shipping.failure.postalCode", { postalCode, country }),
  noDeliveryName: (products: { name: string; code: string }[]) => msg("shipping.failure.noDeliveryName", { products: JSON.stringify(products.map((p) => [p.name, p.code])) }),
  stockShort: (skus: ShortSku[]) => msg("shipping.failure.stockShort", { skus: JSON.stringify(skus.map((s) => [s.code, s.needs, s.inStock])) }),
};

type Loose = { (key: string, values?: MessageValues): string; has(key: string): boolean };

function say(t: MessageTranslator, key: MessageKey, values?: MessageValues): string {
  return (t as unknown as Loose)(key, values);
}

const listFormats = new Map<AppLocale, Intl.ListFormat>();

function listOf(locale: AppLocale, items: string[]): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

function arrayOf(value: string | number | undefined): unknown[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

const ADDRESS_FIELDS: readonly AddressField[] = ["recipient", "streetAddress", "city", "postalCode"];

/** A stored detail in the reader's words; text stored before details were keys reads as it was written. */
export function releaseFailureDetailText(t: MessageTranslator, locale: AppLocale, detail: string): string {
  const parsed = parseMessage(detail);
  if (!parsed || !(t as unknown as Loose).has(parsed.key)) return detail;
  const values: MessageValues = { ...parsed.values };
  const list = (items: string[]) => listOf(locale, items);
  switch (parsed.key) {
    case "shipping.failure.addressMissing":
      values.fields = list(
        arrayOf(values.fields)
          .filter((f): f is AddressField => ADDRESS_FIELDS.includes(f as AddressField))
          .map((f) => say(t, `shipping.failure.fields.${f}`)),
      );
      break;
    case "shipping.failure.noDeliveryName":
      values.products = list(arrayOf(values.products).map((p) => (Array.isArray(p) ? say(t, "shipping.failure.product", { name: String(p[0]), code: String(p[1]) }) : String(p))));
      break;
    case "shipping.failure.stockShort":
      values.skus = list(
        arrayOf(values.skus).map((s) => (Array.isArray(s) ? say(t, "shipping.failure.skuShort", { code: String(s[0]), needs: Number(s[1]), inStock: Number(s[2]) }) : String(s))),
      );
      break;
  }
  return (t as unknown as Loose)(parsed.key, values);
}

/**
 * What staff read about one order that did not move on: its detail, or the reason itself when that
 * says it all, or that someone else changed it first.
 */
export function releaseFailureText(t: MessageTranslator, locale: AppLocale, reason: ReleaseFailureReason | "ALREADY_CHANGED", detail: string | null): string {
  if (reason === "ALREADY_CHANGED") return say(t, "shipping.failure.alreadyChanged");
  if (detail) return releaseFailureDetailText(t, locale, detail);
  return say(t, "shipping.failure.reasonOnly", { reason: say(t, `status.releaseFailure.${reason}`) });
}
