// Passwords and passcodes: bcrypt hashes, compared in constant time by bcrypt itself.
import bcrypt from "bcryptjs";

const COST = Number(process.env.BCRYPT_COST ?? 10);

export function hashSecret(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifySecret(plain: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a dummy hash when there is none, so timing does not reveal unknown accounts.
  return bcrypt.compare(plain, hash ?? dummyHash());
}

let dummy: string | undefined;
function dummyHash() {
  dummy ??= bcrypt.hashSync("no-such-account", COST);
  return dummy;
}
