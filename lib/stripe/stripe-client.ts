import "server-only";
// Stripe from the environment: without STRIPE_SECRET_KEY the card option is never offered, so a
// machine without keys (or without network) simply takes orders paid outside the app.
import Stripe from "stripe";

let client: Stripe | undefined;

export function stripeClient(): Stripe | null {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) return null;
  client ??= new Stripe(key);
  return client;
}

/** The brand has the Stripe Credit Card Payment add-on and this server has Stripe keys. */
export function stripeAvailable(brand: { stripeEnabled: boolean }): boolean {
  return brand.stripeEnabled && Boolean(process.env.STRIPE_SECRET_KEY);
}
