"use server";
// Server actions of the public staff invitation page (/invite/<token>): the token is the
// credential, so these are public actions; an address that already has an account joins only
// while signed in as it.
import { cookies } from "next/headers";
import { publicAction } from "@/lib/actions/action-client";
import { signOut } from "@/lib/auth/auth";
import { ACTIVE_BRAND_COOKIE, activeCookieOptions, getSessionUser } from "@/lib/auth/context";
import { signInWithChosenPassword } from "@/lib/auth/sign-in-with-password";
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
  // The password the invitee just chose signs this browser in as the new account.
  if (answer.newAccount && password && (await signInWithChosenPassword(answer.email, password))) return { signedIn: true, redirectTo: "/admin" };
  return { signedIn: false, redirectTo: SIGN_IN_TO_JOIN };
}

/** A new account: name and password, then signed in to the brand's admin. */
export const acceptStaffInvitationAction = publicAction({ schema: acceptStaffInvitationSchema }, async (input) => {
  const answer = await acceptStaffInvitation({ token: input.token, account: { name: input.name, password: input.password }, signedIn: await getSessionUser() });
  return afterAccepting(answer, input.password);
});

/** An account already exists for the invited address and is signed in here: join with it. */
export const joinStaffInvitationAction = publicAction({ schema: joinStaffInvitationSchema }, async (input) =>
  afterAccepting(await acceptStaffInvitation({ token: input.token, signedIn: await getSessionUser() })),
);
