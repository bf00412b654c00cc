// Signed-out visitors of the admin and the Buyer App go to sign-in, with the page to come back
// to. Only the cookie's presence is checked here; pages verify the session itself. Any URL with
// text no id, token or filter can hold (a NUL) is refused here, not as a failed query deep inside.
import { NextResponse, type NextRequest } from "next/server";
import { isStorableText } from "@/lib/actions/storable-text";
import { APP_PATH_HEADER } from "@/lib/http/app-path-header";

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

/** Passes the path on to server components and actions (APP_PATH_HEADER), set here so a visitor's own header of that name never reaches the page. */
function next(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(APP_PATH_HEADER, request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
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
