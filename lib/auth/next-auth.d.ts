// What this app keeps in next-auth's session and JWT besides the user id: the session version
// the session was signed in with (lib/auth/session-check.ts).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}
