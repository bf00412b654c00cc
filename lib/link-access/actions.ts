"use server";
// Server actions of the link pages. Each takes the link token first (pages bind it) and resolves
// the link and the visitor's session again, so nothing the browser sends decides access.
import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/action-client";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { duringSignIn } from "@/lib/auth/sign-in-unavailable";
import { msg } from "@/lib/i18n/message-text";
import { clientAddressOf, lockoutSubject } from "@/lib/http/client-address";
import { loadCart, removeCartLine, setProductQuantities } from "@/lib/cart/cart";
import { placeOrder } from "@/lib/checkout/place-order";
import { appBaseUrl } from "@/lib/orders/app-url";
import { cartQuantitiesSchema, removeCartLineSchema, type CartQuantitiesInput, type CheckoutInput, type RemoveCartLineInput } from "@/lib/checkout/schemas";
import { startStripeCheckout } from "@/lib/stripe/checkout-session";
import { z } from "zod";
import { checkLinkPasscode, chooseBuyer, loginWithBrandCredentials, loginWithOfflineBuyer, loginWithUserAccount } from "./login";
import { requireLinkPurchase, resolveLink } from "./resolve-link";
import { readOrCreateLinkSession, writeLinkSession } from "./session-cookie";
import {
  brandCredentialsLoginSchema, chooseBuyerSchema, offlineBuyerLoginSchema, passcodeSchema, userAccountLoginSchema,
  type BrandCredentialsLoginInput, type PasscodeInput, type UserAccountLoginInput,
} from "./schemas";
import type { LinkSessionLogin } from "./session-token";

/** Whom a failed passcode or login is counted against: the client address the app server decided. */
async function clientKey() {
  return lockoutSubject(clientAddressOf(await headers()));
}

async function openLink(token: string) {
  const resolved = await resolveLink(token);
  if (!resolved) throw new NotFoundError(msg("linkPages.errors.linkNotFound"));
  const { decision } = resolved;
  if (decision.screen === "not_found" || decision.screen === "void" || decision.screen === "not_yet_open" || decision.screen === "expired") {
    throw new AppError("LINK_CLOSED", msg("linkPages.errors.linkClosed"));
  }
  return resolved;
}

export async function submitPasscodeAction(token: string, input: PasscodeInput) {
  return publicAction({ schema: passcodeSchema }, async ({ passcode }) =>
    duringSignIn(async () => {
      const { link } = await openLink(token);
      const fingerprint = await checkLinkPasscode(link, passcode, await clientKey());
      const session = await readOrCreateLinkSession(link.id);
      await writeLinkSession(token, { ...session, passcode: fingerprint });
      return { ok: true };
    }),
  )(input);
}

async function saveLogin(token: string, linkId: string, login: LinkSessionLogin) {
  const session = await readOrCreateLinkSession(linkId);
  await writeLinkSession(token, { ...session, login });
}

async function openForLogin(token: string) {
  const resolved = await openLink(token);
  if (resolved.decision.screen === "passcode") throw new AppError("PASSCODE_REQUIRED", msg("linkPages.errors.passcodeFirst"));
  return resolved.link;
}

export async function loginWithUserAccountAction(token: string, input: UserAccountLoginInput) {
  return publicAction({ schema: userAccountLoginSchema }, async ({ email, password, code }) =>
    duringSignIn(async () => {
      const link = await openForLogin(token);
      const login = await loginWithUserAccount(link, email, password, await clientKey(), code);
      await saveLogin(token, link.id, login);
      return { chooseBuyer: login.method === "USER_ACCOUNT" && !login.buyerId };
    }),
  )(input);
}

export async function chooseBuyerAction(token: string, input: { buyerId: string }) {
  return publicAction({ schema: chooseBuyerSchema }, async ({ buyerId }) =>
    duringSignIn(async () => {
      const resolved = await openForLogin(token).then(() => resolveLink(token));
      const login = resolved?.session?.login;
      if (!resolved || login?.method !== "USER_ACCOUNT") throw new AppError("UNAUTHENTICATED", msg("linkPages.errors.logInAgain"));
      await saveLogin(token, resolved.link.id, await chooseBuyer(resolved.link, login.userId, buyerId));
      return { ok: true };
    }),
  )(input);
}

export async function loginWithOfflineBuyerAction(token: string, input: UserAccountLoginInput) {
  return publicAction({ schema: offlineBuyerLoginSchema }, async ({ email, password }) =>
    duringSignIn(async () => {
      const link = await openForLogin(token);
      await saveLogin(token, link.id, await loginWithOfflineBuyer(link, email, password, await clientKey()));
      return { ok: true };
    }),
  )(input);
}

export async function loginWithBrandCredentialsAction(token: string, input: BrandCredentialsLoginInput) {
  return publicAction({ schema: brandCredentialsLoginSchema }, async ({ code, passcode }) =>
    duringSignIn(async () => {
      const link = await openForLogin(token);
      await saveLogin(token, link.id, await loginWithBrandCredentials(link, code, passcode, await clientKey()));
      return { ok: true };
    }),
  )(input);
}

export async function logoutFromLinkAction(token: string) {
  return publicAction({ schema: z.object({}) }, async () => {
    const link = await prisma.orderLink.findUnique({ where: { token }, select: { id: true } });
    if (!link) throw new NotFoundError(msg("linkPages.errors.linkNotFound"));
    const session = await readOrCreateLinkSession(link.id);
    await writeLinkSession(token, { ...session, login: null });
    return { ok: true };
  })({});
}

export async function saveLinkCartAction(token: string, input: CartQuantitiesInput) {
  return publicAction({ schema: cartQuantitiesSchema }, async ({ productId, quantities, packs }) => {
    const { purchase } = await requireLinkPurchase(token);
    const cart = await setProductQuantities(purchase, productId, { quantities, packs });
    return { quantity: cart.quantity, subtotal: cart.subtotal };
  })(input);
}

export async function removeLinkCartLineAction(token: string, input: RemoveCartLineInput) {
  return publicAction({ schema: removeCartLineSchema }, async (line) => {
    const { purchase } = await requireLinkPurchase(token);
    const cart = await removeCartLine(purchase, line);
    return { quantity: cart.quantity, subtotal: cart.subtotal };
  })(input);
}

/**
 * Places the order; returns where to go next (the confirmation page, or Stripe Checkout), or, when
 * another tab already ordered this cart, that order with alreadyPlaced.
 */
export async function placeLinkOrderAction(token: string, input: CheckoutInput) {
  return publicAction({ schema: z.looseObject({ idempotencyKey: z.string().min(16).max(100) }) }, async () => {
    const { purchase, session } = await requireLinkPurchase(token);
    const base = await appBaseUrl();
    // The order records its visitor, whose page it then is (lib/link-access/link-order.ts): no
    // cookie is written, which would make Next.js render the checkout page again into the answer.
    const placed = await placeOrder(purchase, input, { matchConfirmUrl: (matchToken) => `${base}/l/${token}/match/${matchToken}`, linkVisitorId: session.visitorId });
    const done = `/l/${token}/orders/${placed.orderId}`;
    // Ordered from another tab: the form says so and links to the order (in this session now), not to its payment.
    if (placed.alreadyPlaced) return { orderNumber: placed.orderNumber, redirectTo: done, alreadyPlaced: true };
    // A card order goes to Stripe's page, also on a second submit of the same form (a retry
    // after Stripe could not be reached reopens the one session); once paid or expired, to the order.
    if (placed.paymentMethod === "STRIPE_CARD") {
      const origin = await requestOrigin();
      const payAt = await startStripeCheckout(placed.orderId, { successUrl: `${origin}${done}?paid=1`, cancelUrl: `${origin}${done}` });
      if (payAt) return { orderNumber: placed.orderNumber, redirectTo: payAt };
    }
    return { orderNumber: placed.orderNumber, redirectTo: done };
  })(input);
}

async function requestOrigin() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

/** The cart's line count and subtotal, for the header badge after client updates. */
export async function linkCartSummaryAction(token: string) {
  return publicAction({ schema: z.object({}) }, async () => {
    const { purchase } = await requireLinkPurchase(token);
    const cart = await loadCart(purchase);
    return { quantity: cart.quantity, subtotal: cart.subtotal };
  })({});
}
