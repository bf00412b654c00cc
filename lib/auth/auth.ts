// next-auth: e-mail + password sign-in for brand staff and buyer users, JWT session cookie.
// The session carries only the user id; memberships are read fresh on every request.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { authSecret } from "./secret";
import { logSignInOutage } from "./sign-in-unavailable";
import { secondFactorStep } from "./two-factor/sign-in-step";
import { verifyCredentials } from "./verify-credentials";

export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

/** The database could not be asked: not the visitor's mistake (signInAction says so). */
export class UnavailableSignin extends CredentialsSignin {
  code = "unavailable";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password is an expected outcome, answered on the form; not an error to log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {}, rememberDevice: {} },
      async authorize(raw) {
        let result: Awaited<ReturnType<typeof verifyCredentials>>;
        try {
          result = await verifyCredentials(String(raw?.email ?? ""), String(raw?.password ?? ""));
          // A right password is not enough for a user with two-factor authentication: no session before the code.
          if (result && result !== "rate_limited") await secondFactorStep(result.id, raw ?? {});
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          logSignInOutage(error);
          throw new UnavailableSignin();
        }
        if (result === "rate_limited") throw new RateLimitedSignin();
        return result;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
