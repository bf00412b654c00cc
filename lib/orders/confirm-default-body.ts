// The e-mail body the "Confirm The Order Confirmation" modal proposes: written to the buyer, so in
// the order's language whatever the language of the staff member confirming it.
import type { Language } from "@/lib/db/generated/enums";
import { localeOf } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export function confirmEmailDefaultBody(order: { language: Language; contactName: string; number: string }, brandName: string): string {
  const t = translatorFor(localeOf(order.language));
  return t("orders.confirm.defaultBody", { contactName: order.contactName, brandName, number: order.number });
}
