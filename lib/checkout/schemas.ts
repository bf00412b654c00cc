// The checkout form's schema, shared by the form (zodResolver) and the placing action. It depends
// on the purchase: guests give company details, and the address is required when shown or forced.
// Its messages are catalogue keys, shown in the reader's language (lib/i18n/message-text).
import { z } from "zod";
import type { AddressFieldSetting, PaymentMethod } from "@/lib/db/generated/enums";
import { msg } from "@/lib/i18n/message-text";
import { isCalendarDay, todayIn } from "./calendar-day";
import { addressRequired } from "./settings";

/** timeZone: the brand's; a requested delivery day may not be before its today. */
export type CheckoutFormOptions = { guest: boolean; addressField: AddressFieldSetting; shippingApplies: boolean; paymentMethods: PaymentMethod[]; timeZone: string };

export const PO_NUMBER_MAX = 50;
export const BUYER_NOTE_MAX = 1000;

const ADDRESS_FIELDS = ["shipRecipient", "shipLine1", "shipCity", "shipPostalCode"] as const;

const REQUIRED = {
  shipRecipient: msg("checkout.errors.recipientName"),
  shipLine1: msg("checkout.errors.line1"),
  shipCity: msg("checkout.errors.city"),
  shipPostalCode: msg("checkout.errors.postalCode"),
} satisfies Record<(typeof ADDRESS_FIELDS)[number], string>;

export function checkoutSchema(options: CheckoutFormOptions) {
  const text = (max: number) => z.string().trim().max(max, msg("checkout.errors.tooLong"));
  return z
    .object({
      idempotencyKey: z.string().min(16).max(100),
      companyName: text(200).optional(),
      contactName: text(200).min(1, msg("checkout.errors.contactName")),
      email: z.string().trim().toLowerCase().pipe(z.email(msg("validation.email"))),
      phone: text(50).min(options.guest ? 1 : 0, msg("checkout.errors.phone")),
      country: z.string().trim().regex(/^[A-Z]{2}$/, msg("checkout.errors.country")),
      shipRecipient: text(200).optional(),
      shipLine1: text(300).optional(),
      shipLine2: text(300).optional(),
      shipCity: text(200).optional(),
      shipRegion: text(200).optional(),
      shipPostalCode: text(40).optional(),
      shipPhone: text(50).optional(),
      shippingRequestNote: text(1000).optional(),
      // The buyer's own purchase order number, a requested delivery day or window and a note to the brand.
      poNumber: text(PO_NUMBER_MAX).optional(),
      requestedDeliveryFrom: z.string().trim().max(10).optional(),
      requestedDeliveryTo: z.string().trim().max(10).optional(),
      buyerNote: text(BUYER_NOTE_MAX).optional(),
      paymentMethod: z.enum(options.paymentMethods as [PaymentMethod, ...PaymentMethod[]], { error: msg("checkout.errors.paymentMethod") }),
    })
    .superRefine((value, ctx) => {
      if (options.guest && !value.companyName) ctx.addIssue({ code: "custom", path: ["companyName"], message: msg("checkout.errors.companyName") });
      deliveryIssues(value.requestedDeliveryFrom, value.requestedDeliveryTo, options.timeZone).forEach((issue) => ctx.addIssue({ code: "custom", ...issue }));
      if (!addressRequired(options.addressField, options.shippingApplies, value.paymentMethod)) return;
      for (const field of ADDRESS_FIELDS) {
        if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: REQUIRED[field] });
      }
    });
}

/** The requested delivery: a day (from only) or a window (to on or after from), never before the brand's today. */
function deliveryIssues(from: string | undefined, to: string | undefined, timeZone: string): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const today = todayIn(timeZone);
  for (const [field, day] of [["requestedDeliveryFrom", from], ["requestedDeliveryTo", to]] as const) {
    if (!day) continue;
    if (!isCalendarDay(day)) issues.push({ path: [field], message: msg("validation.date") });
    else if (day < today) issues.push({ path: [field], message: msg("checkout.errors.deliveryInPast") });
  }
  if (issues.length > 0) return issues;
  if (to && !from) issues.push({ path: ["requestedDeliveryFrom"], message: msg("checkout.errors.deliveryFromMissing") });
  else if (from && to && to < from) issues.push({ path: ["requestedDeliveryTo"], message: msg("checkout.errors.deliveryToBeforeFrom") });
  return issues;
}

export type CheckoutInput = z.input<ReturnType<typeof checkoutSchema>>;
export type CheckoutValues = z.output<ReturnType<typeof checkoutSchema>>;

/** One product's whole selection, as the order grid saves it: single units per SKU and packs per prepack and colour. */
export const cartQuantitiesSchema = z.object({
  productId: z.string().min(1),
  quantities: z
    .array(z.object({ skuId: z.string().min(1), quantity: z.coerce.number().int().min(0).max(9999) }))
    .max(200)
    .default([]),
  packs: z
    .array(z.object({ prepackId: z.string().min(1).max(64), color: z.string().max(100), packs: z.coerce.number().int().min(0).max(9999) }))
    .max(200)
    .default([]),
});
export type CartQuantitiesInput = z.input<typeof cartQuantitiesSchema>;

/** A cart line to remove: a SKU's single units, or one prepack in one colour. */
export const removeCartLineSchema = z
  .object({ skuId: z.string().min(1).optional(), prepackId: z.string().min(1).max(64).optional(), color: z.string().max(100).optional() })
  .superRefine((v, ctx) => {
    if (!v.skuId && !(v.prepackId && v.color !== undefined)) ctx.addIssue({ code: "custom", path: ["skuId"], message: msg("cart.errors.lineMissing") });
  });
export type RemoveCartLineInput = z.input<typeof removeCartLineSchema>;
