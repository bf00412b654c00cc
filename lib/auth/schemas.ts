import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";

export const signInSchema = z.object({
  email: z.string().trim().min(1, msg("auth.errors.enterEmail")).email().max(254),
  password: z.string().min(1, msg("auth.errors.enterPassword")).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;
