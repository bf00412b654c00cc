// The minimum order value sentences, as catalogue messages (lib/i18n/message-text) with the amounts
// formatted in the reader's locale: "Add ¥4,200 more to reach the ¥30,000 minimum".
import { msg } from "@/lib/i18n/message-text";
import { formatMoney } from "@/lib/money/format";
import type { EffectiveMinimum } from "@/lib/order-rules/minimum-order-value";

export function shortfallMessage(minimum: EffectiveMinimum, shortfall: number, locale: string): string {
  const values = { shortfall: formatMoney(shortfall, minimum.currency, locale), minimum: formatMoney(minimum.amount, minimum.currency, locale) };
  return minimum.firstOrder ? msg("orderRules.minimumOrder.shortfallFirst", values) : msg("orderRules.minimumOrder.shortfall", values);
}

export function minimumMetMessage(minimum: EffectiveMinimum, locale: string): string {
  return msg("orderRules.minimumOrder.met", { minimum: formatMoney(minimum.amount, minimum.currency, locale) });
}

/** What the cart and checkout show of the minimum: the sentence (a catalogue message) and whether it is met; null when none applies. */
export function minimumNotice(minimum: EffectiveMinimum | null, shortfall: number, locale: string): { message: string; met: boolean } | null {
  if (!minimum || minimum.amount <= 0) return null;
  return shortfall > 0 ? { message: shortfallMessage(minimum, shortfall, locale), met: false } : { message: minimumMetMessage(minimum, locale), met: true };
}
