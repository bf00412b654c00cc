import "server-only";
// "Remember this device for 30 days" (off unless ticked at sign-in): a random token in an httpOnly
// cookie, of which only the hash is stored. It skips the code step for that user in that browser
// until it expires, 2FA is turned off (revokeTrustedDevices), or the password changes: the row
// carries a stamp of the password hash it was trusted under, and a device whose stamp no longer
// matches is dropped.
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { prisma, type Tx } from "@/lib/db/client";
import { requestIsHttps } from "@/lib/http/cookie-security";
import { keyedHash, tokenHash } from "./keys";
import { TRUSTED_DEVICE_DAYS } from "./rules";

export const TRUSTED_DEVICE_COOKIE = "two_factor_device";
const DAY_MS = 24 * 60 * 60 * 1000;

type Holder = { id: string; passwordHash: string };

function passwordStamp(passwordHash: string): string {
  return keyedHash("password-stamp", passwordHash);
}

export async function trustThisDevice(user: Holder, now = new Date()): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TRUSTED_DEVICE_DAYS * DAY_MS);
  await prisma.trustedDevice.create({ data: { userId: user.id, tokenHash: tokenHash(token), passwordStamp: passwordStamp(user.passwordHash), expiresAt } });
  (await cookies()).set(TRUSTED_DEVICE_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: await requestIsHttps(), path: "/", maxAge: TRUSTED_DEVICE_DAYS * 24 * 60 * 60 });
}

/** Whether this browser was remembered by this user, under their current password, and has not expired. */
export async function isTrustedDevice(user: Holder, now = new Date()): Promise<boolean> {
  const token = (await cookies()).get(TRUSTED_DEVICE_COOKIE)?.value;
  if (!token || token.length > 100) return false;
  const device = await prisma.trustedDevice.findUnique({ where: { tokenHash: tokenHash(token) } });
  if (!device || device.userId !== user.id) return false;
  if (device.expiresAt > now && device.passwordStamp === passwordStamp(user.passwordHash)) return true;
  await prisma.trustedDevice.deleteMany({ where: { id: device.id } });
  return false;
}

/** Forgets every remembered device of the user (2FA turned off; call it too where a password is changed). */
export async function revokeTrustedDevices(tx: Pick<Tx, "trustedDevice">, userId: string): Promise<void> {
  await tx.trustedDevice.deleteMany({ where: { userId } });
}
