// Forms of the link entry screens (passcode and the three Customer Order Link logins).
import { z } from "zod";

export const passcodeSchema = z.object({ passcode: z.string().min(1, "Enter the passcode.").max(200) });
export const userAccountLoginSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
  password: z.string().min(1, "Enter your password.").max(200),
});
export const offlineBuyerLoginSchema = userAccountLoginSchema;
export const brandCredentialsLoginSchema = z.object({
  code: z.string().trim().min(1, "Enter the unique code.").max(100),
  passcode: z.string().min(1, "Enter the passcode.").max(200),
});
export const chooseBuyerSchema = z.object({ buyerId: z.string().min(1, "Choose a buyer organization.") });

export type PasscodeInput = z.input<typeof passcodeSchema>;
export type UserAccountLoginInput = z.input<typeof userAccountLoginSchema>;
export type BrandCredentialsLoginInput = z.input<typeof brandCredentialsLoginSchema>;
