// Zod schemas of two-factor authentication: set-up, turning it off or renewing recovery codes, the
// sign-in form's second step, and the Owner's requirement for a brand's staff.
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { signInSchema } from "../schemas";

/** Confirming set-up: the 6-digit code the app shows (spaces or a dash between the halves allowed). */
export const confirmTwoFactorSchema = z.object({
  code: z.string().trim().regex(/^\d{3}[\s-]?\d{3}$/, msg("auth.twoFactor.errors.enterCode")),
});
export type ConfirmTwoFactorInput = z.input<typeof confirmTwoFactorSchema>;

/** Turning 2FA off or renewing recovery codes: the user's password or a current code of the app. */
export const confirmIdentitySchema = z.object({
  confirmation: z.string().min(1, msg("auth.twoFactor.errors.enterConfirmation")).max(200),
});
export type ConfirmIdentityInput = z.input<typeof confirmIdentitySchema>;

/** The sign-in form's second step: an authenticator or recovery code, and "Remember this device". */
export const secondFactorFields = {
  code: z.string().trim().max(40).optional(),
  rememberDevice: z.boolean().optional(),
};

/** The sign-in form as a whole: e-mail and password, then (when asked) the code. */
export const signInWithCodeSchema = signInSchema.extend(secondFactorFields);
export type SignInWithCodeInput = z.input<typeof signInWithCodeSchema>;

/** The Owner's "Require two-factor authentication for all staff". */
export const twoFactorRequirementSchema = z.object({ required: z.boolean() });
