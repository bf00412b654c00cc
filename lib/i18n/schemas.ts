// Zod schema of the language switcher.
import { z } from "zod";
import { LOCALES } from "./locales";

/** scope "user": kept on the signed-in user (admin, Buyer App); "visitor": only in this browser (link gates, sign-in). */
export const setLanguageSchema = z.object({ locale: z.enum(LOCALES), scope: z.enum(["user", "visitor"]) });
export type SetLanguageInput = z.input<typeof setLanguageSchema>;
