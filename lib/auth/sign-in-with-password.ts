import "server-only";
// Signs this browser in with a password the person has just chosen (a new account, a reset), through
// the same sign-in as /signin (limits, security log, a session of the current version). False when
// that sign-in refuses: they then sign in themselves.
import { AuthError } from "next-auth";
import { signIn } from "./auth";

export async function signInWithChosenPassword(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}
