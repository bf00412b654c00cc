"use server";
// Server actions of the public staff invitation page (/invite/<token>): the token is the
// credential, so these are public actions.
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { publicAction } from "@/lib/actions/action-client";
import { signIn, signOut } from "@/lib/auth/auth";
import { ACTIVE_BRAND_COOKIE, activeCookieOptions, getSessionUser } from "@/lib/auth/context";
import { acceptStaffInvitation, type StaffInvitationAnswer } from "./accept-staff-invitation";
import { acceptStaffInvitationSchema, joinStaffInvitationSchema } from "./schemas";

export type InvitationOutcome = { signedIn: boolean; redirectTo: string };

const SIGN_IN_TO_JOIN = "/signin?invitation=accepted&callbackUrl=%2Fadmin";

async function afterAccepting(answer: StaffInvitationAnswer, password?: string): Promise<InvitationOutcome> {
  // The brand just joined is the one the admin opens, now or at the next sign-in.
  (await cookies()).set(ACTIVE_BRAND_COOKIE, answer.brandId, await activeCookieOptions());
  const current = await getSessionUser();
  if (current?.email === answer.email) return { signedIn: true, redirectTo: "/admin" };
  if (current) await signOut({ redirect: false });
  // Only a password the invitee just chose signs them in; an existing account signs in itself.
  if (answer.newAccount && password) {
    try {
      await signIn("credentials", { email: answer.email, password, redirect: false });
      return { signedIn: true, redirectTo: "/admin" };
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
    }
  }
  return { signedIn: false, redirectTo: SIGN_IN_TO_JOIN };
}

/** A new account: name and password, then signed in to the brand's admin. */
export const acceptStaffInvitationAction = publicAction({ schema: acceptStaffInvitationSchema }, async (input) => {
  const answer = await acceptStaffInvitation({ token: input.token, account: { name: input.name, password: input.password } });
  return afterAccepting(answer, input.password);
});

/** An account already exists for the invited address: join, then sign in with it. */
export const joinStaffInvitationAction = publicAction({ schema: joinStaffInvitationSchema }, async (input) => afterAccepting(await acceptStaffInvitation({ token: input.token })));
