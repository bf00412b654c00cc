import "server-only";
// What the profile page shows of the signed-in user.
import type { SessionUser } from "@/lib/auth/context";
import { localeOf } from "@/lib/i18n/locales";
import type { ProfileLanguage } from "./schemas";

export function profileLanguageOf(user: SessionUser): ProfileLanguage {
  return localeOf(user.language) ?? "default";
}
