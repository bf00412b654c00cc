// Signed-out visitors of the admin and the Buyer App go to sign-in, with the page to come back
// to. Only the cookie's presence is checked here; pages verify the session itself. Any URL with
// text no id, token or filter can hold (a NUL) is refused here, not as a failed query deep inside.
// A link page's first visit gets the visitor's id (lib/link-access/visitor-cookie.ts).
import { NextResponse, type NextRequest } from "next/server";
import { isStorableText } from "@/lib/actions/storable-text";
import { APP_PATH_HEADER } from "@/lib/http/app-path-header";
import { cameOverHttps } from "@/lib/http/came-over-https";
import { linkTokenOfPath } from "@/lib/link-access/link-token-of-path";
import { isVisitorId, LINK_COOKIE_MAX_AGE_SECONDS, LINK_VISITOR_COOKIE, newVisitorId } from "@/lib/link-access/visitor-cookie";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = /^\/(admin|buyer)(\/|$)/;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function storableUrl(url: NextRequest["nextUrl"]): boolean {
  if (!url.pathname.split("/").every((segment) => isStorableText(decoded(segment)))) return false;
  return [...url.searchParams].every(([key, value]) => isStorableText(key) && isStorableText(value));
}

/**
 * Passes the path on to server components and actions (APP_PATH_HEADER), set here so a visitor's
 * own header of that name never reaches the page. A link page's visitor without an id gets one
 * (lib/link-access/visitor-cookie.ts), seen by this request's page or action already.
 */
function next(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(APP_PATH_HEADER, request.nextUrl.pathname);
  const token = linkTokenOfPath(request.nextUrl.pathname);
  // Given with a page, never with a server action: a cookie set on an action's request makes
  // Next.js render the page again into its answer, the very cost the id saves.
  const visitorId = token && request.method === "GET" && !isVisitorId(request.cookies.get(LINK_VISITOR_COOKIE)?.value) ? newVisitorId() : null;
  if (visitorId) {
    // A cookie of the request's own that is not an id is replaced, not sent twice.
    const others = (request.headers.get("cookie") ?? "").split(/;\s*/).filter((pair) => pair && !pair.startsWith(`${LINK_VISITOR_COOKIE}=`));
    headers.set("cookie", [...others, `${LINK_VISITOR_COOKIE}=${visitorId}`].join("; "));
  }
  const response = NextResponse.next({ request: { headers } });
  if (visitorId) {
    response.cookies.set(LINK_VISITOR_COOKIE, visitorId, {
      httpOnly: true, sameSite: "lax", secure: cameOverHttps(request.headers), path: `/l/${token}`, maxAge: LINK_COOKIE_MAX_AGE_SECONDS,
    });
  }
  return response;
}

export function proxy(request: NextRequest) {
  if (!storableUrl(request.nextUrl)) return new NextResponse("Bad request", { status: 400 });
  if (!SIGNED_IN_AREAS.test(request.nextUrl.pathname)) return next(request);
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return next(request);
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

// Every page (for its language) and every stored file; not Next's own assets, the API or the
// public folder's files (robots.txt, icons, the manifest: one path segment with a dot).
export const config = { matcher: ["/((?!_next/|api/|[^/]*\\.[^/]*$).*)"] };
