// Passwords and passcodes: bcrypt hashes, compared in constant time by bcrypt itself. (bcrypt
// reads the first 72 bytes of a secret; the password rule allows longer ones, which still work.)
import bcrypt from "bcryptjs";

const COST = Number(process.env.BCRYPT_COST ?? 10);

/** The password column of an account that has none yet (set through a SETUP link): matches nothing. */
export const NO_PASSWORD = "!";

export function hashSecret(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export async function verifySecret(plain: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a dummy hash when there is none (or no password yet), so timing does not tell
  // unknown or password-less accounts apart.
  if (!hash || !hash.startsWith("$2")) {
    await bcrypt.compare(plain, dummyHash());
    return false;
  }
  return bcrypt.compare(plain, hash);
}

let dummy: string | undefined;
function dummyHash() {
  dummy ??= bcrypt.hashSync("no-such-account", COST);
  return dummy;
}
