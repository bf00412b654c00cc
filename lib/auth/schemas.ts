import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";
import { withNewPassword } from "./password-policy";
import { SECRET_TOKEN_MAX_LENGTH } from "./secret-token";

export const signInSchema = z.object({
  email: z.string().trim().min(1, msg("auth.errors.enterEmail")).email().max(254),
  password: z.string().min(1, msg("auth.errors.enterPassword")).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** "Forgot password?": the address to send the link to. */
export const forgotPasswordSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, msg("auth.errors.enterEmail")).email().max(254),
});
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/** The page a password link opens: a new password (and a name, when the link sets up a new account). */
export const resetPasswordSchema = withNewPassword({
  token: z.string().min(1).max(SECRET_TOKEN_MAX_LENGTH),
  name: z.string().trim().max(120).optional(),
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
