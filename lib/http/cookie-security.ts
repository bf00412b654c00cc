import "server-only";
// One rule for the Secure flag of the app's own cookies, the same as next-auth's session cookie:
// Secure whenever the visitor came over HTTPS (directly or behind a proxy that says so), plain
// on HTTP (local runs), so a cookie is never dropped by the browser nor sent in clear.
import { headers } from "next/headers";
import { cameOverHttps } from "./came-over-https";

export async function requestIsHttps(): Promise<boolean> {
  return cameOverHttps(await headers());
}
