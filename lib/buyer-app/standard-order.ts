import "server-only";
// The Buyer App's Standard Order entry point: works out the PurchaseContext for a signed-in user
// acting for their active buyer organization at one brand, so lib/cart and lib/checkout (the same
// ones the link pages use) do the rest. Access is decided fresh on every call: the user must be a
// member of the buyer (getBuyerContext) and the connection Connected (a brand may disconnect
// between page loads); only catalogs the buyer can see and whose order deadline has not passed
// are orderable, so a SKU of any other catalog is refused by lib/cart.
import { getBuyerContext, type BuyerContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { NO_LONGER_CONNECTED_MESSAGE } from "@/lib/buyers/connection-access";
import type { PurchaseContext } from "@/lib/checkout/purchase-context";
import { resolveBuyerBrand } from "./brand-access";
import { visibleCatalogsWhere } from "./catalog-visibility";

/** The cart of one user for one buyer organization (per brand: the cart row is keyed by brand too). */
export function standardOrderCartKey(userId: string, buyerId: string) {
  return `user:${userId}:buyer:${buyerId}`;
}

/** Catalogs of the brand the buyer may order from now: visible to them and before the order deadline. */
export async function orderableCatalogIds(brandId: string, buyerId: string, now = new Date()) {
  const catalogs = await prisma.catalog.findMany({
    where: { AND: [visibleCatalogsWhere(brandId, buyerId, now), { OR: [{ orderDeadline: null }, { orderDeadline: { gt: now } }] }] },
    orderBy: [{ publicationDate: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  return catalogs.map((c) => c.id);
}

/** The purchase context of a Standard Order, or null when there is no connection (not found). Closed -> "closed". */
export async function standardOrderPurchase(ctx: BuyerContext, brandId: string, now = new Date()) {
  const access = await resolveBuyerBrand(ctx.buyer.id, brandId);
  if (!access) return null;
  if (access.state === "closed") return { state: "closed" as const, brand: access.brand };
  const [brand, buyer, catalogIds] = await Promise.all([
    prisma.brand.findUniqueOrThrow({ where: { id: brandId }, select: { id: true, name: true, homeCountry: true, orderPrefix: true, stripeEnabled: true, timeZone: true, minimumOrder: true } }),
    prisma.buyer.findUniqueOrThrow({ where: { id: ctx.buyer.id }, select: { id: true, name: true, country: true, ownership: true, contactName: true, email: true, phone: true } }),
    orderableCatalogIds(brandId, ctx.buyer.id, now),
  ]);
  const purchase: PurchaseContext = {
    brand,
    source: { kind: "STANDARD_ORDER" },
    buyer,
    placedVia: "USER_ACCOUNT",
    placedByUserId: ctx.user.id,
    placedByLabel: msg("orders.history.viaBuyerApp", { name: ctx.user.name || ctx.user.email }),
    currency: access.terms.currency,
    // The order and its e-mails use the buyer's language under their terms; the Buyer App's own
    // screens speak the user's language (lib/i18n/request-locale).
    language: access.terms.language,
    termsDiscountRate: access.terms.discountRate,
    orderableCatalogIds: catalogIds,
    overridingSettings: null,
    offlineBuyerTransition: false,
    transitionToUserId: null,
    cartOwnerKey: standardOrderCartKey(ctx.user.id, ctx.buyer.id),
    canOrder: true,
  };
  return { state: "connected" as const, brand: access.brand, terms: access.terms, purchase, user: ctx.user };
}

/** For actions: the signed-in user's Standard Order context at this brand, or a typed refusal. */
export async function requireStandardOrder(brandId: string) {
  const ctx = await getBuyerContext();
  if (!ctx) throw new AppError("FORBIDDEN", msg("buyerApp.errors.notMember"));
  const resolved = await standardOrderPurchase(ctx, brandId);
  if (!resolved) throw new NotFoundError(msg("buyerApp.errors.brandNotFound"));
  if (resolved.state === "closed") throw new AppError("NOT_CONNECTED", NO_LONGER_CONNECTED_MESSAGE);
  return resolved;
}
