// A link visitor's id from their first page: proxy.ts gives every visitor of a link's pages a
// random id in a cookie scoped to the link's path, with a page (GET), never with a server action.
// Their first cart save then has a cart owner without writing the signed session cookie: a cookie
// written by (or for) a server action makes Next.js render the page again into the action's answer
// (on a phone, the whole catalog page again). The signed session (passcode, login) takes the id
// over when it is first written (lib/link-access/session-cookie.ts). A visitor without the id (a
// page opened before it was given, cookies refused) has the first cart save write the signed
// session, as before.
export const LINK_VISITOR_COOKIE = "wlv";
/** How long a link's visitor id and session last without a visit. */
export const LINK_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** 96 random bits, URL-safe: a cart's owner, unguessable. */
export function newVisitorId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(12))).toString("base64url");
}

/** A value that can be a visitor id (the cookie is the visitor's own to change: anything else is ignored). */
export function isVisitorId(value: string | undefined): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{16,64}$/.test(value);
}
