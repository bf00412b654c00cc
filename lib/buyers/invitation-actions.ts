"use server";
// Server actions of the public invitation page (/invitations/<token>) for an invited address with
// no account: the token is the credential. Answering with an existing account goes through the
// Buyer App's acceptInvitationAction, signed in.
import { publicAction } from "@/lib/actions/action-client";
import { signInWithChosenPassword } from "@/lib/auth/sign-in-with-password";
import { acceptInvitationWithNewAccount } from "./accept-invitation";
import { acceptInvitationWithAccountSchema } from "./schemas";

/** Creates the account, its organization and the connection, then signs this browser in. */
export const acceptInvitationWithAccountAction = publicAction({ schema: acceptInvitationWithAccountSchema }, async (input) => {
  const result = await acceptInvitationWithNewAccount({
    token: input.token, name: input.name, password: input.password, organization: { name: input.organizationName, country: input.organizationCountry },
  });
  const signedIn = await signInWithChosenPassword(result.email, input.password);
  return { brandId: result.brandId, signedIn, redirectTo: signedIn ? `/buyer/brands/${result.brandId}` : `/signin?callbackUrl=${encodeURIComponent(`/buyer/brands/${result.brandId}`)}` };
});
