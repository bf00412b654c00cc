// The checkout form's schema, shared by the form (zodResolver) and the placing action. It depends
// on the purchase: guests give company details, and the address is required when shown or forced.
// Its messages are catalogue keys, shown in the reader's language (lib/i18n/message-text).
import { z } from "zod";
import type { AddressFieldSetting, PaymentMethod } from "@/lib/db/generated/enums";
import { msg } from "@/lib/i18n/message-text";
import { addressRequired } from "./settings";

export type CheckoutFormOptions = { guest: boolean; addressField: AddressFieldSetting; shippingApplies: boolean; paymentMethods: PaymentMethod[] };

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
      paymentMethod: z.enum(options.paymentMethods as [PaymentMethod, ...PaymentMethod[]], { error: msg("checkout.errors.paymentMethod") }),
    })
    .superRefine((value, ctx) => {
      if (options.guest && !value.companyName) ctx.addIssue({ code: "custom", path: ["companyName"], message: msg("checkout.errors.companyName") });
      if (!addressRequired(options.addressField, options.shippingApplies, value.paymentMethod)) return;
      for (const field of ADDRESS_FIELDS) {
        if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: REQUIRED[field] });
      }
    });
}

export type CheckoutInput = z.input<ReturnType<typeof checkoutSchema>>;
export type CheckoutValues = z.output<ReturnType<typeof checkoutSchema>>;

export const cartQuantitiesSchema = z.object({
  productId: z.string().min(1),
  quantities: z
    .array(z.object({ skuId: z.string().min(1), quantity: z.coerce.number().int().min(0).max(9999) }))
    .min(1)
    .max(200),
});
export type CartQuantitiesInput = z.input<typeof cartQuantitiesSchema>;

export const removeCartLineSchema = z.object({ skuId: z.string().min(1) });
