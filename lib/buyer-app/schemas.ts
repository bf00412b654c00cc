// Inputs of the Buyer App's organization management. Messages are catalogue keys of the Buyer
// App's own namespace (its forms validate in the browser with them), or zod's own issues.
import { z } from "zod";
import { withNewPassword } from "@/lib/auth/password-policy";
import { SECRET_TOKEN_MAX_LENGTH } from "@/lib/auth/secret-token";
import { addressFields } from "@/lib/buyers/schemas";
import { msg } from "@/lib/i18n/message-text";

export const inviteCoworkerSchema = z.object({
  email: z.email().trim().toLowerCase(),
  name: z.string().trim().min(1, msg("buyerApp.errors.coworkerName")).max(100),
});
export type InviteCoworkerInput = z.input<typeof inviteCoworkerSchema>;

export const buyerAddressSchema = z.object({
  label: z
    .string()
    .trim()
    .max(50)
    .optional()
    .transform((v) => v || undefined),
  ...addressFields,
  // The required fields worded for the Buyer App (the same limits as a brand's buyer address).
  recipientName: z.string().trim().min(1, msg("buyerApp.errors.recipientName")).max(100),
  line1: z.string().trim().min(1, msg("buyerApp.errors.line1")).max(200),
  city: z.string().trim().min(1, msg("buyerApp.errors.city")).max(100),
  postalCode: z.string().trim().min(1, msg("buyerApp.errors.postalCode")).max(20),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, msg("buyerApp.errors.countryCode")),
  isDefault: z.boolean().default(false),
});
export type BuyerAddressInput = z.input<typeof buyerAddressSchema>;

export const addressIdSchema = z.object({ addressId: z.string().min(1) });

/** The invitee's side of a co-worker invitation (/account/create/<token>). */
const coworkerInvitationToken = z.string().min(10).max(SECRET_TOKEN_MAX_LENGTH);
export const joinCoworkerInvitationSchema = z.object({ token: coworkerInvitationToken });
export const acceptCoworkerInvitationSchema = withNewPassword({
  token: coworkerInvitationToken,
  name: z.string().trim().min(1, msg("auth.coworkerInvitation.errors.enterName")).max(120),
});
export type AcceptCoworkerInvitationInput = z.input<typeof acceptCoworkerInvitationSchema>;
