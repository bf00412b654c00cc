// Signed-out visitors of the admin and the Buyer App go to sign-in, with the page to come back
// to. Only the cookie's presence is checked here; pages verify the session itself. Any URL with
// text no id, token or filter can hold (a NUL) is refused here, not as a failed query deep inside.
import { NextResponse, type NextRequest } from "next/server";
import { isStorableText } from "@/lib/actions/storable-text";
import { LINK_TOKEN_HEADER, linkTokenOfPath } from "@/lib/link-access/link-token-header";

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

export function proxy(request: NextRequest) {
  if (!storableUrl(request.nextUrl)) return new NextResponse("Bad request", { status: 400 });
  const linkToken = linkTokenOfPath(request.nextUrl.pathname);
  if (linkToken !== null) {
    // Set here, so a visitor's own header of that name never reaches the page.
    const headers = new Headers(request.headers);
    headers.set(LINK_TOKEN_HEADER, linkToken);
    return NextResponse.next({ request: { headers } });
  }
  if (!SIGNED_IN_AREAS.test(request.nextUrl.pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/admin/:path*", "/buyer/:path*", "/l/:path*", "/files/:path*"] };
