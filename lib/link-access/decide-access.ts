// THE access decision for buyer-facing link pages (/l/<token>). Pure: the caller loads the link,
// the visitor's link session and the buyer's connection; this decides which screen they get, in
// the order the product defines: unknown -> Void -> not yet open / expired -> passcode -> login ->
// connection Closed -> catalogs (per catalog: Closed hidden, Limited only for listed buyers,
// publication date to browse, order deadline to order) -> view-only turns ordering off.
// Times are instants (Date), so time zones only matter where the brand typed them in.
import type { CatalogStatus, ConnectionStatus, OrderLinkStatus, OrderLinkType } from "@/lib/db/generated/enums";

export type AccessLink = {
  type: OrderLinkType;
  status: OrderLinkStatus;
  releaseAt: Date | null;
  expiresAt: Date | null;
  hasPasscode: boolean;
  viewOnly: boolean;
};

export type AccessLogin =
  | null
  /** Logged in with a user account that has not chosen a buyer organization yet. */
  | { buyerChosen: false }
  /** Logged in (any method) as a buyer; connection is null when the buyer has none with the brand. */
  | { buyerChosen: true; connection: ConnectionStatus | null };

export type AccessSession = { passcodeOk: boolean; login: AccessLogin };

export type AccessDecision =
  | { screen: "not_found" }
  | { screen: "void" }
  | { screen: "not_yet_open"; opensAt: Date }
  | { screen: "expired" }
  | { screen: "passcode" }
  | { screen: "login" }
  | { screen: "choose_buyer" }
  | { screen: "connection_closed" }
  | { screen: "catalogs"; canOrder: boolean };

/** Whether a login is needed: only Customer Order Links identify the buyer. */
export function linkNeedsLogin(type: OrderLinkType): boolean {
  return type === "CUSTOMER";
}

export function decideLinkAccess(link: AccessLink | null, session: AccessSession, now: Date): AccessDecision {
  if (!link) return { screen: "not_found" };
  if (link.status === "VOID") return { screen: "void" };
  // Open from the release instant itself; closed from the expiration instant itself.
  if (link.releaseAt && now.getTime() < link.releaseAt.getTime()) return { screen: "not_yet_open", opensAt: link.releaseAt };
  if (link.expiresAt && now.getTime() >= link.expiresAt.getTime()) return { screen: "expired" };
  if (link.hasPasscode && !session.passcodeOk) return { screen: "passcode" };
  if (linkNeedsLogin(link.type)) {
    if (!session.login) return { screen: "login" };
    if (!session.login.buyerChosen) return { screen: "choose_buyer" };
    if (session.login.connection !== "CONNECTED") return { screen: "connection_closed" };
  }
  return { screen: "catalogs", canOrder: !link.viewOnly };
}

export type AccessCatalog = {
  status: CatalogStatus;
  publicationDate: Date | null;
  orderDeadline: Date | null;
  /** Buyers on a LIMITED catalog's access list. */
  limitedBuyerIds: readonly string[];
};

/**
 * hidden: not shown at all (Closed, or Limited without the buyer on its list);
 * upcoming: shown as coming, not browsable before its publication date;
 * browse_only: browsable, the order deadline has passed; orderable: browse and add to cart.
 */
export type CatalogAccess = "hidden" | "upcoming" | "browse_only" | "orderable";

export function decideCatalogAccess(catalog: AccessCatalog, buyerId: string | null, now: Date): CatalogAccess {
  if (catalog.status === "CLOSED") return "hidden";
  if (catalog.status === "LIMITED" && (!buyerId || !catalog.limitedBuyerIds.includes(buyerId))) return "hidden";
  if (catalog.publicationDate && now.getTime() < catalog.publicationDate.getTime()) return "upcoming";
  // "Buyers may add to cart until this moment": at the deadline itself ordering is over.
  if (catalog.orderDeadline && now.getTime() >= catalog.orderDeadline.getTime()) return "browse_only";
  return "orderable";
}
