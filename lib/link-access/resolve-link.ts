import "server-only";
// Resolves a link URL for one request: loads the link, reads the visitor's signed link session,
// re-checks the claimed identity against the database (user still a member, connection status,
// credentials still set), runs the access decision and, when the catalogs are reachable, builds
// the PurchaseContext that cart and checkout use. Every link page and link action starts here.
import { cache } from "react";
import { getSessionUser } from "@/lib/auth/context";
import { authSecret } from "@/lib/auth/secret";
import { prisma } from "@/lib/db/client";
import type { ConnectionStatus, Language } from "@/lib/db/generated/enums";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import type { PurchaseContext } from "@/lib/checkout/purchase-context";
import { decideCatalogAccess, decideLinkAccess, type AccessDecision, type AccessLogin, type CatalogAccess } from "./decide-access";
import { readLinkSession, writeLinkSession } from "./session-cookie";
import { newLinkSession, passcodeFingerprint, type LinkSession } from "./session-token";

async function loadLink(token: string) {
  return prisma.orderLink.findUnique({
    where: { token },
    include: {
      brand: { select: { id: true, name: true, homeCountry: true, orderPrefix: true, stripeEnabled: true, defaultCurrency: true, language: true, timeZone: true, minimumOrder: true } },
      shippingRateGroups: { select: { rateGroupId: true } },
    },
  });
}

export type LoadedLink = NonNullable<Awaited<ReturnType<typeof loadLink>>>;

export type LinkViewer = {
  method: "USER_ACCOUNT" | "OFFLINE_BUYER" | "BRAND_CREDENTIALS";
  user: { id: string; name: string; email: string } | null;
  buyer: { id: string; name: string; country: string; ownership: "CUSTOMER_OWNED" | "OFFLINE"; contactName: string | null; email: string | null; phone: string | null } | null;
  connection: { id: string; status: ConnectionStatus; currency: string; language: Language; discountRate: number } | null;
};

export type LinkCatalog = { id: string; name: string; season: string | null; publicationDate: Date | null; orderDeadline: Date | null; access: Exclude<CatalogAccess, "hidden"> };

export type ResolvedLink = {
  link: LoadedLink;
  session: LinkSession | null;
  viewer: LinkViewer | null;
  decision: AccessDecision;
  /**
   * The language of an order placed here (trading terms, else the link's terms). The pages speak
   * the request's language instead (lib/i18n/request-locale), which a visitor may choose.
   */
  language: Language;
  /** Reachable catalogs (hidden ones left out), with hiddenCount for the "all closed" message. */
  catalogs: LinkCatalog[];
  hiddenCatalogCount: number;
  purchase: PurchaseContext | null;
};

const BUYER_SELECT = { id: true, name: true, country: true, ownership: true, contactName: true, email: true, phone: true } as const;
const CONNECTION_SELECT = { id: true, status: true, currency: true, language: true, discountRate: true } as const;

function viewerConnection(c: { id: string; status: ConnectionStatus; currency: string; language: Language; discountRate: { toString(): string } } | undefined): LinkViewer["connection"] {
  return c ? { id: c.id, status: c.status, currency: c.currency, language: c.language, discountRate: Number(c.discountRate) } : null;
}

// Each claimed identity is checked in one statement on the usual path (the buyer with its
// connection to this brand joined in): every page of a signed-in buyer runs this.
async function resolveViewer(link: LoadedLink, session: LinkSession | null): Promise<LinkViewer | null> {
  const login = session?.login;
  if (!login || link.type !== "CUSTOMER") return null;
  const buyerWithConnection = { select: { ...BUYER_SELECT, connections: { where: { brandId: link.brandId }, select: CONNECTION_SELECT } } } as const;
  if (login.method === "USER_ACCOUNT") {
    const member = login.buyerId
      ? await prisma.buyerMember.findUnique({ where: { buyerId_userId: { buyerId: login.buyerId, userId: login.userId } }, select: { user: { select: { id: true, name: true, email: true } }, buyer: buyerWithConnection } })
      : null;
    if (member) {
      const { connections, ...buyer } = member.buyer;
      return { method: login.method, user: member.user, buyer, connection: viewerConnection(connections[0]) };
    }
    // No buyer chosen yet, or no longer a member of it: the user alone.
    const user = await prisma.user.findUnique({ where: { id: login.userId }, select: { id: true, name: true, email: true } });
    return user ? { method: login.method, user, buyer: null, connection: null } : null;
  }
  if (login.method === "OFFLINE_BUYER") {
    const found = await prisma.buyer.findUnique({ where: { id: login.buyerId }, ...buyerWithConnection });
    if (!found) return null;
    const { connections, ...buyer } = found;
    return { method: login.method, user: null, buyer, connection: viewerConnection(connections[0]) };
  }
  const connection = await prisma.connection.findFirst({ where: { id: login.connectionId, brandId: link.brandId, uniqueCode: { not: null } }, select: { ...CONNECTION_SELECT, buyer: { select: BUYER_SELECT } } });
  if (!connection) return null;
  return { method: login.method, user: null, buyer: connection.buyer, connection: viewerConnection(connection) };
}

export const resolveLink = cache(async (token: string, now: Date = new Date()): Promise<ResolvedLink | null> => {
  const link = await loadLink(token);
  if (!link) return null;
  const session = await readLinkSession(link.id);
  const viewer = await resolveViewer(link, session);
  const passcodeOk = !link.passcodeHash || session?.passcode === passcodeFingerprint(link.passcodeHash, authSecret());
  const login: AccessLogin = !viewer ? null : viewer.buyer ? { buyerChosen: true, connection: viewer.connection?.status ?? null } : { buyerChosen: false };
  const decision = decideLinkAccess(
    { type: link.type, status: link.status, releaseAt: link.releaseAt, expiresAt: link.expiresAt, hasPasscode: Boolean(link.passcodeHash), viewOnly: link.viewOnly },
    { passcodeOk, login },
    now,
  );
  const language: Language = link.type === "CUSTOMER" ? (viewer?.connection?.language ?? "EN") : (link.language ?? "EN");
  const base = { link, session, viewer, decision, language };
  if (decision.screen !== "catalogs") return { ...base, catalogs: [], hiddenCatalogCount: 0, purchase: null };

  const buyerId = viewer?.buyer?.id ?? null;
  const entries = await prisma.orderLinkCatalog.findMany({
    where: { linkId: link.id },
    orderBy: { position: "asc" },
    include: { catalog: { select: { id: true, name: true, season: true, status: true, publicationDate: true, orderDeadline: true, buyerAccess: { where: { buyerId: buyerId ?? "" }, select: { buyerId: true } } } } },
  });
  const catalogs: LinkCatalog[] = [];
  for (const { catalog } of entries) {
    const access = decideCatalogAccess({ ...catalog, limitedBuyerIds: catalog.buyerAccess.map((a) => a.buyerId) }, buyerId, now);
    if (access !== "hidden") catalogs.push({ id: catalog.id, name: catalog.name, season: catalog.season, publicationDate: catalog.publicationDate, orderDeadline: catalog.orderDeadline, access });
  }
  const brandStaff = viewer?.method === "BRAND_CREDENTIALS" ? await brandStaffActing(link.brandId) : null;
  const purchase: PurchaseContext = {
    brand: link.brand,
    source: { kind: "ORDER_LINK", linkId: link.id, linkToken: link.token, linkName: link.name, linkType: link.type, minimumOrder: link.minimumOrder },
    buyer: viewer?.buyer ?? null,
    placedVia: viewer ? viewer.method : "GUEST",
    placedByUserId: viewer?.user?.id ?? brandStaff?.id ?? null,
    placedByLabel: placedByLabel(viewer, brandStaff),
    currency: link.type === "CUSTOMER" ? viewer!.connection!.currency : (link.currency ?? link.brand.defaultCurrency),
    language,
    termsDiscountRate: link.type === "CUSTOMER" ? viewer!.connection!.discountRate : Number(link.discountRate ?? 0),
    orderableCatalogIds: catalogs.filter((c) => c.access === "orderable").map((c) => c.id),
    overridingSettings: { addressField: link.addressField, paymentMethods: link.paymentMethods, rateGroupIds: link.shippingRateGroups.map((g) => g.rateGroupId) },
    offlineBuyerTransition: link.type === "CUSTOMER" && link.offlineBuyerTransition,
    transitionToUserId: viewer?.method === "USER_ACCOUNT" ? viewer.user!.id : null,
    cartOwnerKey: linkCartKey(link.id, session?.visitorId ?? "none", viewer?.buyer?.id ?? null),
    canOrder: decision.canOrder,
  };
  return { ...base, catalogs, hiddenCatalogCount: entries.length - catalogs.length, purchase };
});

/** A brand member signed in to the admin while operating Brand-Specific Credentials. */
async function brandStaffActing(brandId: string) {
  const user = await getSessionUser();
  if (!user) return null;
  const member = await prisma.brandMember.findUnique({ where: { brandId_userId: { brandId, userId: user.id } } });
  return member ? user : null;
}

/** Who placed the order, stored as a catalogue message so each reader sees it in their language. */
function placedByLabel(viewer: LinkViewer | null, staff: { name: string; email: string } | null): string | null {
  if (!viewer) return null;
  if (viewer.method === "BRAND_CREDENTIALS") return staff ? msg("orders.history.staffViaCredentials", { name: staff.name || staff.email }) : msg("orders.history.someStaffViaCredentials");
  if (viewer.method === "OFFLINE_BUYER") {
    const name = viewer.buyer?.contactName ?? viewer.buyer?.name;
    return name ? msg("orders.history.viaOfflineBuyer", { name }) : msg("orders.history.someOfflineBuyer");
  }
  return msg("orders.history.viaUserAccount", { name: viewer.user?.name ?? viewer.user?.email ?? "" });
}

/** The cart of one visitor of one link for one buyer (or as a guest). */
export function linkCartKey(linkId: string, visitorId: string, buyerId: string | null) {
  return `link:${linkId}:${visitorId}:${buyerId ?? "guest"}`;
}

/**
 * For link actions that order: the purchase context, or a clear refusal (view-only included).
 * A first-time guest gets their session (visitor id = cart owner) here; only actions may set it.
 */
export async function requireLinkPurchase(token: string): Promise<{ resolved: ResolvedLink; purchase: PurchaseContext; session: LinkSession }> {
  const resolved = await resolveLink(token);
  if (!resolved) throw new NotFoundError(msg("linkPages.errors.linkNotFound"));
  const { decision, purchase, link } = resolved;
  if (decision.screen !== "catalogs" || !purchase) throw new AppError("LINK_ACCESS", msg("linkPages.errors.cannotOrderNow"));
  if (!purchase.canOrder) throw new AppError("VIEW_ONLY", msg("linkPages.errors.viewOnly"));
  let session = resolved.session;
  if (!session) {
    session = newLinkSession(link.id);
    await writeLinkSession(token, session);
  }
  return { resolved, session, purchase: { ...purchase, cartOwnerKey: linkCartKey(link.id, session.visitorId, purchase.buyer?.id ?? null) } };
}
