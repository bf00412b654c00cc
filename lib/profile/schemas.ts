// Zod schema of the profile page's language setting: a language, or "default" (no setting of
// one's own: staff follow the brand's language, buyers their browser's).
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const PROFILE_LANGUAGES = [...LOCALES, "default"] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

export const profileLanguageSchema = z.object({ language: z.enum(PROFILE_LANGUAGES) });
export type ProfileLanguageInput = z.input<typeof profileLanguageSchema>;
