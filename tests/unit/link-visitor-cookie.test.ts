// The proxy gives a link page's visitor an id with their first request (lib/link-access/visitor-cookie.ts).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isVisitorId, LINK_VISITOR_COOKIE } from "@/lib/link-access/visitor-cookie";
import { proxy } from "@/proxy";

const visit = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
/** The cookie header the page or action of this request receives. */
const forwardedCookie = (response: Response) => response.headers.get("x-middleware-request-cookie") ?? "";

describe("the link visitor's id", () => {
  it("is set on a link page's first request, for that link's path only, and seen by the request itself", () => {
    const response = visit("/l/tok-1/catalogs/c1", { cookie: "wl_other=abc; theme=dark" });
    const set = response.headers.getSetCookie().find((c) => c.startsWith(`${LINK_VISITOR_COOKIE}=`))!;
    const id = /^wlv=([^;]+)/.exec(set)![1];
    expect(isVisitorId(id)).toBe(true);
    expect(set).toMatch(/Path=\/l\/tok-1(;|$)/);
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=lax/i);
    expect(set).not.toMatch(/Secure/i);
    expect(forwardedCookie(response)).toBe(`wl_other=abc; theme=dark; wlv=${id}`);
    // Two first visits: two visitors.
    expect(visit("/l/tok-1").headers.getSetCookie()[0]).not.toBe(set);
  });

  it("is Secure behind a proxy that says the visitor came over HTTPS", () => {
    expect(visit("/l/tok-1", { "x-forwarded-proto": "https" }).headers.getSetCookie()[0]).toMatch(/Secure/i);
  });

  it("is kept when the visitor has one, and replaced when what they send is not an id", () => {
    const kept = visit("/l/tok-1", { cookie: "wlv=AbCdEfGhIjKlMnOp" });
    expect(kept.headers.getSetCookie()).toEqual([]);
    const replaced = visit("/l/tok-1", { cookie: "wlv=x'; a=1" });
    const id = /^wlv=([^;]+)/.exec(replaced.headers.getSetCookie()[0])![1];
    expect(forwardedCookie(replaced)).toBe(`a=1; wlv=${id}`);
  });

  it("is not set on a server action (a cookie set there makes Next.js render the page again into the answer)", () => {
    const action = proxy(new NextRequest("http://localhost:3000/l/tok-1/catalogs/c1", { method: "POST", headers: { "next-action": "abc" } }));
    expect(action.headers.getSetCookie()).toEqual([]);
  });

  it("is not set outside link pages", () => {
    expect(visit("/signin").headers.getSetCookie()).toEqual([]);
    expect(visit("/admin/orders", { cookie: "authjs.session-token=x" }).headers.getSetCookie()).toEqual([]);
  });
});
