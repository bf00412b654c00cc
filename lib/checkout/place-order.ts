import "server-only";
// Order completion in ONE transaction: reprice the cart, check every product's order rules and the
// minimum order value as they are now (they may have changed since add-to-cart; a failure writes
// nothing and leaves the cart), take the next order number from Brand.lastOrderNumber (an atomic
// increment that also serializes concurrent checkouts of one brand), resolve the buyer (a guest
// becomes a new offline buyer; when the e-mail is one the brand already has, the order is held as
// matching that buyer until the match is confirmed, see confirm-order-match.ts), create the order
// as "Please create an OC" (one line per SKU with its packs' units, and the packs as ordered), empty
// the cart, transition an offline buyer when the context says so, write the audit event and queue
// the confirmation e-mail. Stock is not touched (it is allocated at release). The form's
// idempotency key is unique: a double submit gets the first order back, never a second one. A
// different form (another tab) finding the cart emptied by an order gets that order back, marked
// alreadyPlaced, so it can say so instead of "your cart is empty".
import { isConnectedForUpdate, NO_LONGER_CONNECTED_MESSAGE } from "@/lib/buyers/connection-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockForTransaction } from "@/lib/db/advisory-lock";
import { prisma, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { buyerOrderUrl, mailAppUrl } from "@/lib/mail/app-url";
import { enqueueEmail, recipientLocale } from "@/lib/mail/outbox";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { loadCart, assertCanOrder, markCartOrdered } from "@/lib/cart/cart";
import { cartCatalogIds, minimumSettings, resolveMinimum } from "@/lib/cart/cart-minimum";
import { orderLinesOf, orderPackLinesOf, type CartView } from "@/lib/cart/cart-view";
import { shortfallMessage } from "@/lib/cart/minimum-message";
import { calendarDate } from "./calendar-day";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { orderEvent } from "@/lib/webhooks/payloads";
import { loadCheckoutOptions } from "./checkout-options";
import type { PurchaseContext } from "./purchase-context";
import { newMatchToken } from "./order-match-token";
import { checkoutSchema, type CheckoutInput } from "./schemas";
import { addressRequired } from "./settings";
import { quoteShipping } from "./shipping-fee";
import { transitionOfflineBuyer } from "./transition-offline-buyer";

export type PlacedOrder = {
  orderId: string; orderNumber: string; total: number; currency: string; paymentMethod: "PAY_OUTSIDE_APP" | "STRIPE_CARD";
  /** Nothing was placed now: this order was placed earlier (this form submitted twice, or another tab). */
  duplicate: boolean;
  /** The cart had already been ordered from another tab or window: this is that order. */
  alreadyPlaced: boolean;
};

export type PlaceOrderOptions = {
  /**
   * The URL that confirms a guest order's match with an existing buyer (the entry point owns its
   * routes). Without it (scripts, tests) no confirmation e-mail goes out: only staff can confirm.
   */
  matchConfirmUrl?: (token: string) => string;
  /** The link visitor placing it (their link session's id): the order's page on the link is theirs. */
  linkVisitorId?: string;
};

export async function placeOrder(ctx: PurchaseContext, input: CheckoutInput, options: PlaceOrderOptions = {}): Promise<PlacedOrder> {
  assertCanOrder(ctx);
  const key = typeof input.idempotencyKey === "string" ? input.idempotencyKey : "";
  // A second submit of the form finds its order in the transaction (after the cart's lock).
  const mail = await mailContext(ctx, options);
  try {
    return await prisma.$transaction((tx) => placeInTransaction(tx, ctx, input, mail, options.linkVisitorId ?? null));
  } catch (error) {
    // The same key committed by a concurrent submit: answer with that order.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && key) {
      const first = await findByKey(ctx, key);
      if (first) return first;
    }
    throw error;
  }
}

async function findByKey(ctx: PurchaseContext, idempotencyKey: string): Promise<PlacedOrder | null> {
  const order = await prisma.order.findUnique({ where: { idempotencyKey } });
  if (!order) return null;
  if (order.brandId !== ctx.brand.id) throw new AppError("CONFLICT", msg("checkout.errors.formAlreadyUsed"));
  return earlierOrder(ctx, order, false);
}

function earlierOrder(ctx: PurchaseContext, order: { id: string; number: number; total: number; currency: string; paymentMethod: PlacedOrder["paymentMethod"] }, alreadyPlaced: boolean): PlacedOrder {
  return { orderId: order.id, orderNumber: formatOrderNumber(ctx.brand.orderPrefix, order.number), total: order.total, currency: order.currency, paymentMethod: order.paymentMethod, duplicate: true, alreadyPlaced };
}

/** Standard Orders and Customer Order Links order as a connected buyer (see lib/buyers/connection-access). */
function requiresConnection(ctx: PurchaseContext): boolean {
  return Boolean(ctx.buyer) && (ctx.source.kind === "STANDARD_ORDER" || ctx.source.linkType === "CUSTOMER");
}

/** What the e-mails need besides the order, read before the transaction: links back to the app. */
type MailContext = { appUrl: string; linkToken: string | null; matchConfirmUrl: PlaceOrderOptions["matchConfirmUrl"] };

async function mailContext(ctx: PurchaseContext, options: PlaceOrderOptions): Promise<MailContext> {
  return { appUrl: await mailAppUrl(), linkToken: ctx.source.kind === "ORDER_LINK" ? ctx.source.linkToken : null, matchConfirmUrl: options.matchConfirmUrl };
}

async function placeInTransaction(tx: Tx, ctx: PurchaseContext, input: CheckoutInput, mail: MailContext, linkVisitorId: string | null): Promise<PlacedOrder> {
  // Lock the cart row: two different forms submitting one cart cannot both order it.
  const carts = await tx.$queryRaw<{ id: string; placedOrderId: string | null }[]>`SELECT "id", "placedOrderId" FROM "Cart" WHERE "ownerKey" = ${ctx.cartOwnerKey} AND "brandId" = ${ctx.brand.id} FOR UPDATE`;
  // A submit of the same form that waited for the lock finds the order the first one committed.
  const key = typeof input.idempotencyKey === "string" ? input.idempotencyKey : "";
  const committed = key ? await tx.order.findUnique({ where: { idempotencyKey: key } }) : null;
  if (committed) {
    if (committed.brandId !== ctx.brand.id) throw new AppError("CONFLICT", msg("checkout.errors.formAlreadyUsed"));
    return earlierOrder(ctx, committed, false);
  }
  if (requiresConnection(ctx) && !(await isConnectedForUpdate(tx, ctx.brand.id, ctx.buyer!.id))) {
    throw new AppError("NOT_CONNECTED", NO_LONGER_CONNECTED_MESSAGE);
  }
  const cart = await loadCart(ctx, tx);
  if (!carts[0] || (cart.lines.length === 0 && cart.packLines.length === 0)) {
    // Emptied by an order from another tab (the row lock made this wait for it): answer with it.
    const placed = carts[0]?.placedOrderId ? await tx.order.findFirst({ where: { id: carts[0].placedOrderId, brandId: ctx.brand.id } }) : null;
    if (placed) return earlierOrder(ctx, placed, true);
    throw new AppError("CART_EMPTY", msg("checkout.errors.cartEmpty"));
  }

  // The order rules as they are now (they may have changed since the cart was filled): law here.
  assertCartFollowsRules(cart);
  const options = await loadCheckoutOptions(ctx, cartCatalogIds(cart), tx);
  const parsed = checkoutSchema({ guest: !ctx.buyer, addressField: options.addressField, shippingApplies: options.shippingApplies, paymentMethods: options.paymentMethods, timeZone: ctx.brand.timeZone }).safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join(".") || "_form"] ??= issue.message;
    throw new AppError("VALIDATION", msg("errors.correctFields"), fieldErrors);
  }
  const values = parsed.data;
  const withAddress = addressRequired(options.addressField, options.shippingApplies, values.paymentMethod);
  const shipCountry = values.country;
  const quote = options.shippingApplies ? quoteShipping(options.primaryGroups, options.fallbackGroups, { currency: ctx.currency, country: shipCountry, subtotal: cart.subtotal }) : null;
  const shippingFee = quote?.fee ?? 0;

  // The next order number; the update also locks the brand row (serializing its checkouts) and
  // reads its minimum order value as it is now.
  const { lastOrderNumber: number, timeZone, minimumOrder } = await tx.brand.update({ where: { id: ctx.brand.id }, data: { lastOrderNumber: { increment: 1 } }, select: { lastOrderNumber: true, timeZone: true, minimumOrder: true } });
  const { minimum, shortfall } = await resolveMinimum(tx, ctx, minimumSettings(ctx, minimumOrder, options.catalogMinimums), cart.subtotal);
  if (minimum && shortfall > 0) throw new AppError("MINIMUM_ORDER", shortfallMessage(minimum, shortfall, recipientLocale(ctx.language)));

  const guest = ctx.buyer ? null : await resolveGuestBuyer(tx, ctx, values);
  const buyer = ctx.buyer ?? guest!.buyer;
  const match = guest?.matchedBuyer ? { buyer: guest.matchedBuyer, ...newMatchToken() } : null;
  const total = cart.subtotal + shippingFee;
  const lines = orderLinesOf(cart);
  const packLines = orderPackLinesOf(cart);
  const order = await tx.order.create({
    data: {
      brandId: ctx.brand.id,
      buyerId: buyer.id,
      number,
      source: ctx.source.kind,
      sourceLinkId: ctx.source.kind === "ORDER_LINK" ? ctx.source.linkId : null,
      sourceLinkName: ctx.source.kind === "ORDER_LINK" ? ctx.source.linkName : null,
      sourceLinkType: ctx.source.kind === "ORDER_LINK" ? ctx.source.linkType : null,
      linkVisitorId: ctx.source.kind === "ORDER_LINK" ? linkVisitorId : null,
      catalogId: lines[0]?.catalogId ?? null,
      placedVia: ctx.placedVia,
      placedByUserId: ctx.placedByUserId,
      placedByLabel: ctx.placedByLabel,
      idempotencyKey: values.idempotencyKey,
      currency: ctx.currency,
      language: ctx.language,
      subtotal: cart.subtotal,
      shippingFee,
      total,
      contactName: values.contactName,
      contactEmail: values.email,
      contactPhone: values.phone || null,
      ...(withAddress
        ? {
            shipRecipient: values.shipRecipient, shipLine1: values.shipLine1, shipLine2: values.shipLine2 || null, shipCity: values.shipCity,
            shipRegion: values.shipRegion || null, shipPostalCode: values.shipPostalCode, shipPhone: values.shipPhone || values.phone || null,
          }
        : {}),
      shipCountry,
      shippingRateGroupId: quote?.rateGroupId ?? null,
      shippingOptionName: quote?.optionName ?? null,
      shippingRequestNote: values.shippingRequestNote || null,
      poNumber: values.poNumber || null,
      requestedDeliveryFrom: values.requestedDeliveryFrom ? calendarDate(values.requestedDeliveryFrom) : null,
      requestedDeliveryTo: values.requestedDeliveryTo ? calendarDate(values.requestedDeliveryTo) : null,
      buyerNote: values.buyerNote || null,
      paymentMethod: values.paymentMethod,
      paymentStatus: values.paymentMethod === "STRIPE_CARD" ? "AWAITING_PAYMENT" : "OUTSIDE_APP",
      status: "PLEASE_CREATE_OC",
      ...(match ? { matchedBuyerId: match.buyer.id, matchTokenHash: match.hash, matchTokenExpiresAt: match.expiresAt } : {}),
    },
    select: { id: true, createdAt: true },
  });
  // Every line in one INSERT, written apart from the order: nested in the order's create, Prisma
  // reads the order back in one more statement. A SKU's line holds all its units, packs' included
  // (packQuantity of them), so stock allocation needs no packs.
  await tx.orderLine.createMany({
    data: lines.map((l, position) => ({
      orderId: order.id, skuId: l.skuId, productId: l.productId, productCode: l.productCode, productName: l.productName, skuCode: l.code,
      color: l.color, size: l.size, catalogId: l.catalogId, quantity: l.quantity, packQuantity: l.packQuantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal, position,
    })),
  });
  // The packs as ordered (name and contents), only when there are any (no statement otherwise).
  if (packLines.length) await tx.orderPackLine.createMany({ data: packLines.map((p) => ({ ...p, orderId: order.id })) });
  await markCartOrdered(tx, carts[0].id, order.id);

  const orderNumber = formatOrderNumber(ctx.brand.orderPrefix, number);
  const actor = { userId: ctx.placedByUserId, label: ctx.placedByLabel ?? values.contactName };
  await recordAudit(tx, {
    brandId: ctx.brand.id, actor, entityType: "Order", entityId: order.id, action: "order.place", to: "PLEASE_CREATE_OC",
    data: {
      orderNumber, placedVia: ctx.placedVia, source: ctx.source.kind, linkId: ctx.source.kind === "ORDER_LINK" ? ctx.source.linkId : null,
      ...(match ? { matchedBuyerId: match.buyer.id } : {}),
    },
  });
  await emitWebhookEvent(tx, ctx.brand.id, "order.placed", orderEvent(tx, order.id));
  const transitioned =
    ctx.offlineBuyerTransition && ctx.buyer?.ownership === "OFFLINE"
      ? await transitionOfflineBuyer(tx, { brandId: ctx.brand.id, buyerId: ctx.buyer.id, toUserId: ctx.transitionToUserId, actor, orderId: order.id })
      : null;

  // The buyer's e-mails, in the order's language; rendered at delivery, not here.
  const locale = recipientLocale(ctx.language);
  const brand = { brandName: ctx.brand.name, timeZone };
  const ownership = transitioned ? "CUSTOMER_OWNED" : (ctx.buyer?.ownership ?? "OFFLINE");
  const orderUrl = buyerOrderUrl(mail.appUrl, { id: order.id, buyerOwnership: ownership, linkToken: mail.linkToken });
  await enqueueEmail(tx, {
    brandId: ctx.brand.id, to: values.email, locale, template: "orderReceived",
    data: {
      ...brand, orderNumber, contactName: values.contactName, orderUrl, placedAt: order.createdAt.toISOString(), currency: ctx.currency,
      lines: lines.map((l) => ({ productName: l.productName, skuCode: l.code, color: l.color, size: l.size, quantity: l.quantity, lineTotal: l.lineTotal })),
      subtotal: cart.subtotal, shippingFee, total, paymentMethod: values.paymentMethod,
      request: {
        poNumber: values.poNumber || null, requestedDeliveryFrom: values.requestedDeliveryFrom || null, requestedDeliveryTo: values.requestedDeliveryTo || null,
        packs: cart.packLines.map((p) => ({ productCode: p.productCode, productName: p.productName, name: p.name, color: p.color, packs: p.packs, sizes: p.contents.map((c) => ({ size: c.size, quantity: c.quantity })) })),
      },
      buyerNote: values.buyerNote || null,
    },
  });
  if (match && mail.matchConfirmUrl) {
    await enqueueEmail(tx, {
      brandId: ctx.brand.id, to: values.email, locale, template: "orderMatch",
      data: { ...brand, orderNumber, buyerName: match.buyer.name, confirmUrl: mail.matchConfirmUrl(match.token), expiresAt: match.expiresAt.toISOString() },
    });
  }
  if (transitioned?.email) {
    await enqueueEmail(tx, {
      brandId: ctx.brand.id, to: transitioned.email, locale, template: "offlineBuyerTransition",
      data: { ...brand, orderNumber, buyerName: ctx.buyer!.name, contactName: values.contactName, email: transitioned.email, signIn: transitioned.signIn, signInUrl: `${mail.appUrl}${transitioned.signInPath}` },
    });
  }
  return { orderId: order.id, orderNumber, total, currency: ctx.currency, paymentMethod: values.paymentMethod, duplicate: false, alreadyPlaced: false };
}

/** Refuses a cart that breaks a product's order rules: the first broken rule is the message. */
function assertCartFollowsRules(cart: CartView) {
  const [first] = cart.problems;
  if (first) throw new AppError("ORDER_RULES", first.message);
}

type GuestValues = { companyName?: string; contactName: string; email: string; phone: string; country: string; shipRecipient?: string; shipLine1?: string; shipLine2?: string; shipCity?: string; shipRegion?: string; shipPostalCode?: string };

/**
 * A guest of an Instant Order Link / Dynamic Brand Link becomes a new offline buyer of the brand.
 * When the e-mail is one the brand already has, that buyer is returned as the match, but the order
 * still goes to the new guest buyer: typing an address proves nothing, and the order must not reach
 * that buyer (or its Buyer App) until the address owner or brand staff confirm the match.
 */
async function resolveGuestBuyer(tx: Tx, ctx: PurchaseContext, values: GuestValues) {
  // One guest e-mail per brand at a time, so two concurrent orders see each other's buyers.
  await lockForTransaction(tx, `guest:${ctx.brand.id}:${values.email}`);
  const matchedBuyer = await tx.buyer.findFirst({
    where: {
      email: { equals: values.email, mode: "insensitive" },
      OR: [{ connections: { some: { brandId: ctx.brand.id } } }, { ownerBrandId: ctx.brand.id }],
      // The guest buyer of an order still waiting for its match is nobody's account.
      orders: { none: { matchedBuyerId: { not: null }, matchConfirmedAt: null } },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true },
  });
  const buyer = await tx.buyer.create({
    data: {
      name: values.companyName || values.contactName, country: values.country, ownership: "OFFLINE", ownerBrandId: ctx.brand.id,
      contactName: values.contactName, email: values.email, phone: values.phone || null,
      connections: { create: { brandId: ctx.brand.id, currency: ctx.currency, language: ctx.language, discountRate: ctx.termsDiscountRate } },
      addresses: values.shipLine1 && values.shipCity && values.shipPostalCode
        ? { create: { recipientName: values.shipRecipient || values.contactName, line1: values.shipLine1, line2: values.shipLine2 || null, city: values.shipCity, region: values.shipRegion || null, postalCode: values.shipPostalCode, country: values.country, isDefault: true } }
        : undefined,
    },
  });
  await recordAudit(tx, {
    brandId: ctx.brand.id, actor: { label: values.contactName }, entityType: "Buyer", entityId: buyer.id, action: "buyer.create-from-order", to: "OFFLINE",
    data: matchedBuyer ? { matchedBuyerId: matchedBuyer.id } : undefined,
  });
  return { buyer, matchedBuyer };
}
