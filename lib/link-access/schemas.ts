// Forms of the link entry screens (passcode and the three Customer Order Link logins). Messages
// are catalogue keys, shown in the visitor's language (lib/i18n/message-text).
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";

export const passcodeSchema = z.object({ passcode: z.string().min(1, msg("linkPages.errors.enterPasscode")).max(200) });
export const offlineBuyerLoginSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1, msg("linkPages.errors.enterPassword")).max(200),
});
/** A user account with two-factor authentication also sends its code (or a recovery code) once asked. */
export const userAccountLoginSchema = offlineBuyerLoginSchema.extend({ code: z.string().trim().max(64).optional() });
export const brandCredentialsLoginSchema = z.object({
  code: z.string().trim().min(1, msg("linkPages.errors.enterUniqueCode")).max(100),
  passcode: z.string().min(1, msg("linkPages.errors.enterPasscode")).max(200),
});
export const chooseBuyerSchema = z.object({ buyerId: z.string().min(1, msg("linkPages.errors.chooseOrganization")) });

export type PasscodeInput = z.input<typeof passcodeSchema>;
export type UserAccountLoginInput = z.input<typeof userAccountLoginSchema>;
export type BrandCredentialsLoginInput = z.input<typeof brandCredentialsLoginSchema>;
