import "server-only";
// Stripe from the environment: without STRIPE_SECRET_KEY the card option is never offered, so a
// machine without keys (or without network) simply takes orders paid outside the app.
// STRIPE_API_BASE (e.g. http://127.0.0.1:12111) sends the API calls to another host, such as a
// local stand-in that speaks Stripe's API in tests; unset, the SDK talks to api.stripe.com.
import Stripe from "stripe";

let cached: { key: string; base: string; client: Stripe } | undefined;

export function stripeClient(): Stripe | null {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) return null;
  const base = process.env.STRIPE_API_BASE ?? "";
  // Keyed on both settings: a rotated key or a changed base takes effect without a restart.
  if (cached?.key !== key || cached.base !== base) cached = { key, base, client: new Stripe(key, apiBaseConfig(base)) };
  return cached.client;
}

/** The SDK's host, port and protocol for an API base URL; empty for Stripe's own. */
export function apiBaseConfig(base: string): Stripe.StripeConfig {
  if (!base) return {};
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`STRIPE_API_BASE is not a URL: ${base}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`STRIPE_API_BASE must be an http or https URL: ${base}`);
  const protocol = url.protocol === "http:" ? "http" : "https";
  // An IPv6 host comes bracketed in a URL, bare in a socket address.
  return { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port: url.port || (protocol === "http" ? 80 : 443), protocol };
}

/** The brand has the Stripe Credit Card Payment add-on and this server has Stripe keys. */
export function stripeAvailable(brand: { stripeEnabled: boolean }): boolean {
  return brand.stripeEnabled && Boolean(process.env.STRIPE_SECRET_KEY);
}
