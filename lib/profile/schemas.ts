// Zod schemas of the profile page: the name, the language setting (a language, or "default": no
// setting of one's own; staff follow the brand's language, buyers their browser's), and a new
// password under the one password rule (lib/auth/password-policy.ts).
import { z } from "zod";
import { withNewPassword } from "@/lib/auth/password-policy";
import { LOCALES } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message-text";

export const PROFILE_LANGUAGES = [...LOCALES, "default"] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

export const profileLanguageSchema = z.object({ language: z.enum(PROFILE_LANGUAGES) });
export type ProfileLanguageInput = z.input<typeof profileLanguageSchema>;

export const profileNameSchema = z.object({ name: z.string().trim().min(1, msg("auth.profile.errors.enterName")).max(120) });
export type ProfileNameInput = z.input<typeof profileNameSchema>;

export const changePasswordSchema = withNewPassword({
  currentPassword: z.string().min(1, msg("auth.profile.errors.enterCurrentPassword")).max(512),
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** "End other sessions" takes nothing. */
export const signOutOthersSchema = z.object({});
