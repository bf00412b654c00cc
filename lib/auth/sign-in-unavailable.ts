// Sign-in while the database is down: every sign-in (the /signin form and the link pages'
// passcode and logins) answers "temporarily unavailable", never "wrong password", because the
// visitor did nothing wrong. The outage is logged for whoever runs the app.
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

/** message: a catalogue key, translated where it is shown (the action layer does so for errors). */
export const SIGN_IN_UNAVAILABLE = {
  code: "SIGN_IN_UNAVAILABLE" as const,
  message: msg("auth.errors.signInUnavailable"),
};

export class SignInUnavailableError extends AppError {
  constructor() {
    super(SIGN_IN_UNAVAILABLE.code, SIGN_IN_UNAVAILABLE.message);
  }
}

export function logSignInOutage(error: unknown) {
  console.error("[sign-in] The database is unavailable; sign-in answered as temporarily unavailable.", error);
}

/** Runs a sign-in step; a database outage during it becomes SignInUnavailableError. */
export async function duringSignIn<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logSignInOutage(error);
    throw new SignInUnavailableError();
  }
}
