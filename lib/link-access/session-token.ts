// The link-page session as a signed value (HMAC-SHA256 with the app's auth secret): passcode
// passed, who logged in and for which buyer, and a random visitor id (the cart's owner, and the
// orders' placer: Order.linkVisitorId). orderIds lists orders placed before orders recorded their
// visitor; nothing adds to it now. It only says who the visitor claimed to be; every
// request re-checks it against the database (a Closed connection takes effect at once).
import { createHmac, timingSafeEqual } from "node:crypto";
import { newVisitorId } from "./visitor-cookie";

export type LinkLoginMethod = "USER_ACCOUNT" | "OFFLINE_BUYER" | "BRAND_CREDENTIALS";

export type LinkSessionLogin =
  | { method: "USER_ACCOUNT"; userId: string; buyerId: string | null }
  | { method: "OFFLINE_BUYER"; buyerId: string }
  | { method: "BRAND_CREDENTIALS"; connectionId: string };

export type LinkSession = {
  linkId: string;
  visitorId: string;
  /** Fingerprint of the passcode hash that was passed: changing the passcode asks again. */
  passcode: string | null;
  login: LinkSessionLogin | null;
  orderIds: string[];
};

export function newLinkSession(linkId: string, visitorId: string = newVisitorId()): LinkSession {
  return { linkId, visitorId, passcode: null, login: null, orderIds: [] };
}

export function passcodeFingerprint(passcodeHash: string, secret: string): string {
  return createHmac("sha256", secret).update(`passcode:${passcodeHash}`).digest("base64url").slice(0, 16);
}

function sign(payload: string, secret: string) {
  return createHmac("sha256", secret).update(`link-session:${payload}`).digest("base64url");
}

export function encodeLinkSession(session: LinkSession, secret: string): string {
  const payload = Buffer.from(JSON.stringify(session)).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** The session, or null when the value is missing, forged, or for another link. */
export function decodeLinkSession(value: string | undefined, linkId: string, secret: string): LinkSession | null {
  if (!value) return null;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const session = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as LinkSession;
    if (session.linkId !== linkId || typeof session.visitorId !== "string") return null;
    return { ...session, orderIds: Array.isArray(session.orderIds) ? session.orderIds : [] };
  } catch {
    return null;
  }
}
