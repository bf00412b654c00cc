// Zod schemas of the Shipping Rate Group form. Amounts are typed in major units and stored in
// minor units of the group's currency; fees exclude tax.
import { z } from "zod";
import { currencySchema } from "@/lib/products/schemas";

const optionalAmount = z
  .union([z.literal(""), z.null(), z.undefined(), z.coerce.number({ message: "Enter an amount." }).min(0, "Amounts cannot be negative.").max(100_000_000, "The amount is too large.")])
  .transform((v) => (v === "" || v === undefined ? null : v));

export const shippingRateSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the rate name.").max(80, "Use at most 80 characters."),
    minAmount: optionalAmount,
    maxAmount: optionalAmount,
    fee: z.coerce.number({ message: "Enter the fee." }).min(0, "The fee cannot be negative.").max(100_000_000, "The fee is too large."),
  })
  .refine((r) => r.minAmount === null || r.maxAmount === null || r.minAmount <= r.maxAmount, {
    path: ["maxAmount"],
    message: "The maximum order amount must not be below the minimum.",
  });

export const rateGroupFormSchema = z.object({
  name: z.string().trim().min(1, "Enter the group name.").max(80, "Use at most 80 characters."),
  currency: currencySchema,
  /** "" = All Countries. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "Choose All Countries or a two-letter country code such as JP.")
    .transform((v) => v || null),
  rates: z.array(shippingRateSchema).min(1, "Add at least one rate.").max(50, "Use at most 50 rates."),
});

export type RateGroupFormInput = z.input<typeof rateGroupFormSchema>;
export type RateGroupFormValues = z.output<typeof rateGroupFormSchema>;

export const saveRateGroupSchema = z.object({ id: z.string().optional(), group: rateGroupFormSchema });
export const deleteRateGroupSchema = z.object({ id: z.string().min(1) });
