// Zod schemas of the Shipping Rate Group form. Amounts are typed in major units and stored in
// minor units of the group's currency; fees exclude tax.
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { currencySchema } from "@/lib/products/schemas";

const MAX_RATES = 50;

const optionalAmount = z
  .union([
    z.literal(""),
    z.null(),
    z.undefined(),
    z.coerce.number({ message: msg("settings.errors.amount") }).min(0, msg("settings.errors.amountNegative")).max(100_000_000, msg("settings.errors.amountTooLarge")),
  ])
  .transform((v) => (v === "" || v === undefined ? null : v));

export const shippingRateSchema = z
  .object({
    name: z.string().trim().min(1, msg("settings.errors.rateName")).max(80),
    minAmount: optionalAmount,
    maxAmount: optionalAmount,
    fee: z.coerce.number({ message: msg("settings.errors.fee") }).min(0, msg("settings.errors.feeNegative")).max(100_000_000, msg("settings.errors.feeTooLarge")),
  })
  .refine((r) => r.minAmount === null || r.maxAmount === null || r.minAmount <= r.maxAmount, {
    path: ["maxAmount"],
    message: msg("settings.errors.maxBelowMin"),
  });

export const rateGroupFormSchema = z.object({
  name: z.string().trim().min(1, msg("settings.errors.groupName")).max(80),
  currency: currencySchema,
  /** "" = All Countries. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), msg("settings.errors.rateGroupCountry"))
    .transform((v) => v || null),
  rates: z.array(shippingRateSchema).min(1, msg("settings.errors.atLeastOneRate")).max(MAX_RATES, msg("settings.errors.tooManyRates", { maximum: MAX_RATES })),
});

export type RateGroupFormInput = z.input<typeof rateGroupFormSchema>;
export type RateGroupFormValues = z.output<typeof rateGroupFormSchema>;

export const saveRateGroupSchema = z.object({ id: z.string().optional(), group: rateGroupFormSchema });
export const deleteRateGroupSchema = z.object({ id: z.string().min(1) });
