// The checkout form's schema, shared by the form (zodResolver) and the placing action. It depends
// on the purchase: guests give company details, and the address is required when shown or forced.
import { z } from "zod";
import type { AddressFieldSetting, Language, PaymentMethod } from "@/lib/db/generated/enums";
import { checkoutMessages } from "./messages";
import { addressRequired } from "./settings";

export type CheckoutFormOptions = { guest: boolean; addressField: AddressFieldSetting; shippingApplies: boolean; paymentMethods: PaymentMethod[] };

const ADDRESS_FIELDS = ["shipRecipient", "shipLine1", "shipCity", "shipPostalCode"] as const;

export function checkoutSchema(language: Language, options: CheckoutFormOptions) {
  const m = checkoutMessages(language);
  const text = (max: number) => z.string().trim().max(max, m.tooLong);
  return z
    .object({
      idempotencyKey: z.string().min(16).max(100),
      companyName: text(200).optional(),
      contactName: text(200).min(1, m.required.contactName),
      email: z.string().trim().toLowerCase().pipe(z.email(m.required.email)),
      phone: text(50).min(options.guest ? 1 : 0, m.required.phone),
      country: z.string().trim().regex(/^[A-Z]{2}$/, m.required.country),
      shipRecipient: text(200).optional(),
      shipLine1: text(300).optional(),
      shipLine2: text(300).optional(),
      shipCity: text(200).optional(),
      shipRegion: text(200).optional(),
      shipPostalCode: text(40).optional(),
      shipPhone: text(50).optional(),
      shippingRequestNote: text(1000).optional(),
      paymentMethod: z.enum(options.paymentMethods as [PaymentMethod, ...PaymentMethod[]], { error: m.required.paymentMethod }),
    })
    .superRefine((value, ctx) => {
      if (options.guest && !value.companyName) ctx.addIssue({ code: "custom", path: ["companyName"], message: m.required.companyName });
      if (!addressRequired(options.addressField, options.shippingApplies, value.paymentMethod)) return;
      const messages = { shipRecipient: m.required.recipientName, shipLine1: m.required.line1, shipCity: m.required.city, shipPostalCode: m.required.postalCode };
      for (const field of ADDRESS_FIELDS) {
        if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: messages[field] });
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
