"use server";
// Server actions of the profile pages (/admin/profile, /buyer/profile): the user is the one signed
// in, never one named by the input.
import { userAction } from "@/lib/actions/action-client";
import { saveProfileLanguage } from "./save-profile-language";
import { profileLanguageSchema } from "./schemas";

export const saveProfileLanguageAction = userAction({ schema: profileLanguageSchema }, async ({ language }, user) => saveProfileLanguage(user, language));
