"use server";
// Server actions of two-factor authentication (the set-up page and the profile pages' section):
// always the signed-in user's own, never one named by the input. They are user actions, not brand
// actions, so staff kept out by their brand's requirement can still set it up. Nothing is
// revalidated: the pages are rendered per request, and a refresh would take the recovery codes,
// shown once, off the screen.
import { z } from "zod";
import { userAction } from "@/lib/actions/action-client";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { disableTwoFactor, renewRecoveryCodes } from "./manage";
import { confirmIdentitySchema, confirmTwoFactorSchema } from "./schemas";
import { beginTwoFactorSetup, confirmTwoFactorSetup } from "./setup";

export const beginTwoFactorSetupAction = userAction({ schema: z.object({}) }, async (_input, user) =>
  beginTwoFactorSetup(user, translatorFor(await requestLocale())("common.appName")),
);

export const confirmTwoFactorSetupAction = userAction({ schema: confirmTwoFactorSchema }, async ({ code }, user) => confirmTwoFactorSetup(user, code));

export const disableTwoFactorAction = userAction({ schema: confirmIdentitySchema }, async ({ confirmation }, user) => disableTwoFactor(user, confirmation));

export const renewRecoveryCodesAction = userAction({ schema: confirmIdentitySchema }, async ({ confirmation }, user) => renewRecoveryCodes(user, confirmation));
