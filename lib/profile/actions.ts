"use server";
// Server actions of the profile pages (/admin/profile, /buyer/profile): the user is the one signed
// in, never one named by the input.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action-client";
import { changePassword, signOutOtherSessions } from "@/lib/auth/change-password";
import { keepCurrentSession } from "@/lib/auth/refresh-session";
import { currentClient } from "@/lib/auth/security-log";
import { prisma } from "@/lib/db/client";
import { saveProfileLanguage } from "./save-profile-language";
import { changePasswordSchema, profileLanguageSchema, profileNameSchema, signOutOthersSchema } from "./schemas";

export const saveProfileLanguageAction = userAction({ schema: profileLanguageSchema }, async ({ language }, user) => saveProfileLanguage(user, language));

export const saveProfileNameAction = userAction({ schema: profileNameSchema }, async ({ name }, user) => {
  await prisma.user.update({ where: { id: user.id }, data: { name } });
  revalidatePath("/", "layout");
  return { name };
});

/** A new password: every other session ends, this one stays signed in. */
export const changePasswordAction = userAction({ schema: changePasswordSchema }, async (input, user) => {
  const { sessionVersion } = await changePassword(user, input, await currentClient());
  await keepCurrentSession(user.id, sessionVersion);
  return { changed: true };
});

export const signOutOtherSessionsAction = userAction({ schema: signOutOthersSchema }, async (_input, user) => {
  const { sessionVersion } = await signOutOtherSessions(user, await currentClient());
  await keepCurrentSession(user.id, sessionVersion);
  revalidatePath("/", "layout");
  return { signedOut: true };
});
