// next-auth: e-mail + password sign-in for brand staff and buyer users, JWT session cookie.
// The session carries the user id and the session version it was signed in with; memberships and
// the current version are read fresh on every request (lib/auth/context.ts).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { authSecret } from "./secret";
import { grantedSessionVersion, sessionVersionOf } from "./session-check";
import { logSignInOutage } from "./sign-in-unavailable";
import { verifyCredentials } from "./verify-credentials";

/** Refused before the password was checked; `waitMs` says for how long. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly waitMs: number) {
    super();
  }
}

/** The account's ceiling (every address together) refused the try; `waitMs` says for how long. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
  constructor(readonly waitMs: number) {
    super();
  }
}

/** The database could not be asked: not the visitor's mistake (signInAction says so). */
export class UnavailableSignin extends CredentialsSignin {
  code = "unavailable";
}

export const { handlers, auth, signIn, signOut, unstable_update: updateSession } = NextAuth({
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
          // Throws TwoFactorSignin when the account's second factor is still to be given.
          result = await verifyCredentials(String(raw?.email ?? ""), String(raw?.password ?? ""), raw ?? {});
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          logSignInOutage(error);
          throw new UnavailableSignin();
        }
        if (result.ok) return result.user;
        if (result.reason === "clientLimited") throw new RateLimitedSignin(result.waitMs);
        if (result.reason === "targetLimited") throw new ThrottledSignin(result.waitMs);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user, trigger, session }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = sessionVersionOf(user.sessionVersion);
      }
      // A session update moves this session to a new version only with the server's grant.
      if (trigger === "update") {
        const granted = grantedSessionVersion(token.sub, session);
        if (granted !== null) token.sv = granted;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = sessionVersionOf(token.sv);
      return session;
    },
  },
});
