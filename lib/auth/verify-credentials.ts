import "server-only";
// Checks an e-mail + password against the users table, with failures rate-limited per e-mail.
import { prisma } from "@/lib/db/client";
import { clearFailures, SIGN_IN_RULE, takeAttempt } from "@/lib/rate-limit/rate-limit";
import { verifySecret } from "./password";

export async function verifyCredentials(email: string, password: string) {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password) return null;
  const key = `signin:${normalized}`;
  // Counted before the password is checked, so parallel guesses cannot slip past the limit.
  if ((await takeAttempt(key, SIGN_IN_RULE)) > 0) return "rate_limited" as const;
  const user = await prisma.user.findUnique({ where: { email: normalized } });
  const ok = await verifySecret(password, user?.passwordHash);
  if (!user || !ok) return null;
  await clearFailures(key);
  return { id: user.id, email: user.email, name: user.name };
}
