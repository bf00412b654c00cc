"use server";
// Server actions of the co-worker invitation page (/account/create/<token>): the token is the
// credential, so these are public actions; an address that already has an account joins only
// while signed in as it.
import { cookies } from "next/headers";
import { publicAction } from "@/lib/actions/action-client";
import { signOut } from "@/lib/auth/auth";
import { ACTIVE_BUYER_COOKIE, activeCookieOptions, getSessionUser } from "@/lib/auth/context";
import { signInWithChosenPassword } from "@/lib/auth/sign-in-with-password";
import { acceptCoworkerInvitation, type CoworkerAnswer } from "./coworker-invitation";
import { acceptCoworkerInvitationSchema, joinCoworkerInvitationSchema } from "./schemas";

async function afterAccepting(answer: CoworkerAnswer, password?: string) {
  // The organization just joined is the one the Buyer App opens.
  (await cookies()).set(ACTIVE_BUYER_COOKIE, answer.buyerId, await activeCookieOptions());
  const current = await getSessionUser();
  if (current?.email === answer.email) return { signedIn: true, redirectTo: "/buyer" };
  if (current) await signOut({ redirect: false });
  if (answer.newAccount && password && (await signInWithChosenPassword(answer.email, password))) return { signedIn: true, redirectTo: "/buyer" };
  return { signedIn: false, redirectTo: "/signin?callbackUrl=%2Fbuyer" };
}

/** A new account: name and password, then signed in to the Buyer App. */
export const acceptCoworkerInvitationAction = publicAction({ schema: acceptCoworkerInvitationSchema }, async (input) => {
  const answer = await acceptCoworkerInvitation({ token: input.token, account: { name: input.name, password: input.password }, signedIn: await getSessionUser() });
  return afterAccepting(answer, input.password);
});

/** The invited address has an account, signed in here: join with it. */
export const joinCoworkerInvitationAction = publicAction({ schema: joinCoworkerInvitationSchema }, async (input) =>
  afterAccepting(await acceptCoworkerInvitation({ token: input.token, signedIn: await getSessionUser() })),
);
