// Runs server actions outside Next: `next/headers` is backed by an in-memory request (cookies and
// headers) and `next/cache` records what was revalidated. Sessions are real next-auth JWTs signed
// with the app's secret, so the action layer resolves users exactly as in production.
import { encode } from "next-auth/jwt";
import { beforeEach, vi } from "vitest";
import { authSecret } from "@/lib/auth/secret";
import { stampClientAddress, trustedProxyHops } from "@/lib/http/client-address";

const state = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
  headers: {} as Record<string, string>,
  revalidated: [] as string[],
  /** Headers of the request as the app server passed it on (see requestFrom). */
  request: {} as Record<string, string>,
}));

export const SESSION_COOKIE = "authjs.session-token";

function cookieHeader() {
  return [...state.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
}

vi.mock("next/headers", () => {
  const jar = {
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    getAll: () => [...state.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "object") state.cookies.set(name.name, name.value);
      else state.cookies.set(name, value ?? "");
    },
    delete: (name: string) => state.cookies.delete(name),
  };
  return {
    cookies: async () => jar,
    headers: async () => new Headers({ ...state.request, cookie: cookieHeader(), host: "localhost:3000", "x-forwarded-proto": "http", ...state.headers }),
  };
});

vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => state.revalidated.push(path),
  revalidateTag: (tag: string) => state.revalidated.push(`tag:${tag}`),
  updateTag: (tag: string) => state.revalidated.push(`tag:${tag}`),
  refresh: () => {},
}));

beforeEach(() => {
  state.cookies.clear();
  state.headers = {};
  state.revalidated.length = 0;
  state.request = {};
});

/** Extra request headers for the following calls (e.g. the page path proxy.ts passes on, Accept-Language). */
export function setRequestHeaders(headers: Record<string, string>) {
  state.headers = { ...headers };
}

/** The value of a cookie the calls so far have set. */
export function cookieValue(name: string): string | undefined {
  return state.cookies.get(name);
}

/**
 * The following action calls come over a connection from `socketAddress` with these headers, as
 * the app server (scripts/app-server.ts) passes such a request on: its client-address stamp is
 * made by the server's own code, with TRUSTED_PROXY_HOPS as set in the environment.
 */
export function requestFrom(socketAddress: string, headers: Record<string, string> = {}) {
  const request = { socket: { remoteAddress: socketAddress }, headers: { ...headers } as Record<string, string> };
  stampClientAddress(request, trustedProxyHops());
  state.request = request.headers;
}

/** Acts as this user in the following action calls (a signed session cookie, as after sign-in). */
export async function actAs(user: { id: string; email?: string; name?: string } | null, options: { brandId?: string; buyerId?: string } = {}) {
  state.cookies.clear();
  if (!user) return;
  const token = await encode({ token: { sub: user.id, email: user.email, name: user.name }, secret: authSecret(), salt: SESSION_COOKIE });
  state.cookies.set(SESSION_COOKIE, token);
  if (options.brandId) state.cookies.set("active_brand", options.brandId);
  if (options.buyerId) state.cookies.set("active_buyer", options.buyerId);
}

export function revalidatedPaths(): readonly string[] {
  return state.revalidated;
}
