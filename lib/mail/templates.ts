// Every e-mail the app sends, by template name, with the data its template needs. The outbox stores
// the name, the recipient's locale and this data (JSON), and the mail is rendered from them at
// delivery (components/emails: one React component per template, text from the `emails`
// catalogue). Dates travel as ISO strings, money as integer minor units with its currency, links
// as absolute URLs; data holds what the mail says, never text in one language.
import type { BrandRole, PaymentMethod } from "@/lib/db/generated/enums";

/** What every mail from a brand carries: the name its header shows and the time zone of its dates. */
type FromBrand = { brandName: string; timeZone: string };

/** A mail to the buyer about one of their orders. */
type AboutOrder = FromBrand & {
  orderNumber: string;
  contactName: string;
  /** The buyer's page of the order (Buyer App, or the order link's order page); null when there is none. */
  orderUrl: string | null;
};

export type OrderLineData = { productName: string; skuCode: string; color: string; size: string; quantity: number; lineTotal: number };

/** A prepack of the order as ordered (its units are in the order's SKU lines). */
export type OrderPackData = { productCode: string; productName: string; name: string; color: string; packs: number; sizes: { size: string; quantity: number }[] };

/**
 * What the OC e-mails repeat of the buyer's checkout: PO No., requested delivery (calendar dates,
 * "YYYY-MM-DD") and the prepacks. Optional: mail queued before these existed renders without them.
 */
export type OrderRequestData = { poNumber: string | null; requestedDeliveryFrom: string | null; requestedDeliveryTo: string | null; packs: OrderPackData[] };

export type EmailTemplates = {
  /** Checkout: the buyer's order was placed. */
  orderReceived: AboutOrder & {
    placedAt: string;
    currency: string;
    lines: OrderLineData[];
    subtotal: number;
    shippingFee: number;
    total: number;
    paymentMethod: PaymentMethod;
    /** The buyer's PO No., requested delivery and the prepacks (their units are in `lines`), as the OC e-mails repeat them. */
    request?: OrderRequestData;
    /** The buyer's note to the brand, when written. */
    buyerNote?: string | null;
  };
  /** Order Management: the OC waits for the buyer's approval. */
  ocApprovalRequest: AboutOrder & { approveUrl: string; request?: OrderRequestData };
  /** Order Management: the OC is confirmed; the body is the staff member's own text. */
  ocConfirmed: AboutOrder & { body: string; request?: OrderRequestData };
  /** Order Management: the brand rejected the order. */
  orderRejected: AboutOrder & { reason: string };
  /** Shipping: the order is being prepared for release (bulk, written by SQL). */
  orderProcessing: AboutOrder;
  /** Shipping: the brand cancelled the order. */
  orderCancelled: AboutOrder & { reason: string };
  /** To each order-managing staff member: the buyer cancelled. */
  orderCancelledByBuyer: FromBrand & {
    orderNumber: string;
    buyerName: string;
    cancelledBy: string;
    reason: string;
    /** The order had entered New (To Ship) Orders and has left it. */
    leftToShipQueue: boolean;
    orderUrl: string;
    /** The buyer's PO No., by which staff may know the order (absent in mail queued before it). */
    poNumber?: string | null;
  };
  /** Checkout: a guest order used the e-mail of an existing buyer; the address owner confirms. */
  orderMatch: FromBrand & { orderNumber: string; buyerName: string; confirmUrl: string; expiresAt: string };
  /** Buyers: a brand invites a shop to connect, with the trading terms it offers. */
  buyerInvitation: FromBrand & {
    /** The customer-owned organization already using the address, if any. */
    shopName: string | null;
    discountRate: number;
    currency: string;
    paymentTerms: string | null;
    acceptUrl: string;
  };
  /** Checkout on a Customer Order Link: the offline buyer became customer-owned (Buyer App). */
  offlineBuyerTransition: FromBrand & {
    orderNumber: string;
    buyerName: string;
    contactName: string;
    email: string;
    /**
     * How the recipient signs in: with the account they had, or by choosing their first password
     * through the single-use link in signInUrl. (Mail written before that link existed may say
     * LINK_PASSWORD or NO_PASSWORD; it reads as EXISTING_ACCOUNT.)
     */
    signIn: "EXISTING_ACCOUNT" | "SET_PASSWORD";
    signInUrl: string;
  };
  /** Settings › Staff: a new address is invited. */
  staffInvitation: FromBrand & { inviterName: string; role: BrandRole; days: number; acceptUrl: string };
  /** Settings › Staff: an existing user was added to the brand. */
  staffAdded: FromBrand & { inviterName: string; role: BrandRole; signInUrl: string };
  /**
   * Buyer App › Organization: a co-worker was invited. A new address gets acceptUrl (create the
   * account there, within `days`); an existing account was added at once and signs in.
   */
  coworkerInvitation: { organizationName: string; inviterName: string; email: string; signInUrl: string; acceptUrl?: string | null; days?: number };
  /** "Forgot password?": the single-use link that sets a new password. */
  passwordReset: { email: string; resetUrl: string; expiresMinutes: number; forgotUrl: string };
  /** The password of the account was changed or reset: tells the owner, in case it was not them. */
  passwordChanged: { email: string; how: "CHANGED" | "RESET"; at: string; timeZone: string; forgotUrl: string };
  /** A sign-in ceiling tripped: many wrong tries at one target from any address (lib/rate-limit/target-ceiling.ts). */
  signInThrottled: {
    target: "ACCOUNT" | "LINK_PASSCODE" | "OFFLINE_LOGIN" | "BRAND_CREDENTIALS";
    /** The account's e-mail, the link's name, the offline login's e-mail or the unique code. */
    subject: string;
    /** The buyer behind an offline login or a brand-specific credential. */
    buyerName: string | null;
    brandName: string | null;
    timeZone: string;
    failures: number;
    at: string;
    actionUrl: string;
  };
};

export type TemplateName = keyof EmailTemplates;

export const TEMPLATE_NAMES = [
  "orderReceived", "ocApprovalRequest", "ocConfirmed", "orderRejected", "orderProcessing", "orderCancelled", "orderCancelledByBuyer",
  "orderMatch", "buyerInvitation", "offlineBuyerTransition", "staffInvitation", "staffAdded", "coworkerInvitation",
  "passwordReset", "passwordChanged", "signInThrottled",
] as const satisfies readonly TemplateName[];

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === "string" && (TEMPLATE_NAMES as readonly string[]).includes(value);
}

// Every template is listed above (a compile error names the one missing).
const listed: Exclude<TemplateName, (typeof TEMPLATE_NAMES)[number]> extends never ? true : never = true;
void listed;
