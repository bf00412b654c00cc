"use server";
// Server actions of two-factor authentication (the set-up page and the profile pages' section):
// always the signed-in user's own, never one named by the input. They are user actions, not brand
// actions, so staff kept out by their brand's requirement can still set it up.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action-client";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { disableTwoFactor, renewRecoveryCodes } from "./manage";
import { confirmIdentitySchema, confirmTwoFactorSchema } from "./schemas";
import { beginTwoFactorSetup, confirmTwoFactorSetup } from "./setup";

const PROFILE_PATHS = ["/admin/profile", "/buyer/profile"];

export const beginTwoFactorSetupAction = userAction({ schema: z.object({}) }, async (_input, user) =>
  beginTwoFactorSetup(user, translatorFor(await requestLocale())("common.appName")),
);

export const confirmTwoFactorSetupAction = userAction({ schema: confirmTwoFactorSchema }, async ({ code }, user) => {
  const result = await confirmTwoFactorSetup(user, code);
  PROFILE_PATHS.forEach((path) => revalidatePath(path));
  return result;
});

export const disableTwoFactorAction = userAction({ schema: confirmIdentitySchema }, async ({ confirmation }, user) => {
  const result = await disableTwoFactor(user, confirmation);
  PROFILE_PATHS.forEach((path) => revalidatePath(path));
  return result;
});

export const renewRecoveryCodesAction = userAction({ schema: confirmIdentitySchema }, async ({ confirmation }, user) => {
  const result = await renewRecoveryCodes(user, confirmation);
  PROFILE_PATHS.forEach((path) => revalidatePath(path));
  return result;
});
