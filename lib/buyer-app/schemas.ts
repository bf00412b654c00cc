// Inputs of the Buyer App's organization management.
import { z } from "zod";
import { addressFields } from "@/lib/buyers/schemas";

export const inviteCoworkerSchema = z.object({
  email: z.email("Enter a valid email address.").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter the co-worker's name.").max(100, "Use at most 100 characters."),
});
export type InviteCoworkerInput = z.input<typeof inviteCoworkerSchema>;

export const buyerAddressSchema = z.object({
  label: z
    .string()
    .trim()
    .max(50, "Use at most 50 characters.")
    .optional()
    .transform((v) => v || undefined),
  ...addressFields,
  isDefault: z.boolean().default(false),
});
export type BuyerAddressInput = z.input<typeof buyerAddressSchema>;

export const addressIdSchema = z.object({ addressId: z.string().min(1) });
