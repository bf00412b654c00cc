// Whether the visitor came over HTTPS, directly or behind a proxy that says so: the Secure flag of
// the app's own cookies (cookie-security.ts for pages and actions, proxy.ts for the link visitor id).
export function cameOverHttps(headers: Headers): boolean {
  return headers.get("x-forwarded-proto") === "https";
}
