// The badge colours of order, release and payment statuses. Their names are in the `status`
// namespace of the message catalogues: t(`status.order.${status}`).
import type { BadgeTone } from "@/components/ui/badge";
import type { OrderStatus, PaymentStatus, ReleaseFailureReason, ReleaseStatus } from "@/lib/db/generated/enums";

export const ORDER_STATUS_TONES: Record<OrderStatus, BadgeTone> = {
  PLEASE_CREATE_OC: "amber",
  OC_CREATED: "blue",
  OC_APPROVED: "blue",
  OC_CONFIRMED: "green",
  OC_CONFIRMED_UNDELIVERED: "green",
  ORDER_REJECTED: "red",
  CANCELLED: "gray",
};

export const RELEASE_STATUS_TONES: Record<ReleaseStatus, BadgeTone> = {
  NOT_YET_RELEASED: "amber",
  FAILED_TO_RELEASE: "red",
  PREPARING_PRODUCT: "blue",
  PARTIALLY_SHIPPED: "blue",
  SHIPPED: "green",
};

export const PAYMENT_STATUS_TONES: Record<PaymentStatus, BadgeTone> = {
  OUTSIDE_APP: "gray",
  AWAITING_PAYMENT: "amber",
  PAID: "green",
  FAILED: "red",
  EXPIRED: "red",
};

// English names for the screens, PDFs and e-mails of other areas that still read them while they
// move to the `status` namespace (written out, not read from the catalogue: the demo data imports
// them, and is loaded where JSON modules are not). Remove each once nothing imports it.
/** @deprecated t(`status.order.${status}`) */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PLEASE_CREATE_OC: "Please create an OC",
  OC_CREATED: "OC Created",
  OC_APPROVED: "OC Approved",
  OC_CONFIRMED: "OC Confirmed",
  OC_CONFIRMED_UNDELIVERED: "OC Confirmed (Undelivered SKUs Created)",
  ORDER_REJECTED: "Order Rejected",
  CANCELLED: "Cancelled",
};

/** @deprecated t(`status.release.${status}`) */
export const RELEASE_STATUS_LABELS: Record<ReleaseStatus, string> = {
  NOT_YET_RELEASED: "Not Yet Released",
  FAILED_TO_RELEASE: "Failed to Release",
  PREPARING_PRODUCT: "Preparing product",
  PARTIALLY_SHIPPED: "Partially Shipped",
  SHIPPED: "Shipped",
};

/** @deprecated t(`status.releaseFailure.${reason}`) */
export const RELEASE_FAILURE_LABELS: Record<ReleaseFailureReason, string> = {
  ALREADY_CANCELLED: "The order is not available for shipment (already cancelled)",
  ADDRESS_INCORRECT: "The shipping address is missing or incorrect",
  NO_DELIVERY_NAME: "A product has no delivery name",
  STOCK_SHORT: "Stock is short",
};

/** @deprecated t(`status.paymentMethod.${method}`) */
export const PAYMENT_METHOD_LABELS = { PAY_OUTSIDE_APP: "Pay outside the app", STRIPE_CARD: "Credit card (Stripe)" } as const;

/** @deprecated t(`status.payment.${status}`) */
export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  OUTSIDE_APP: "Settled outside the app",
  AWAITING_PAYMENT: "Awaiting payment",
  PAID: "Paid",
  FAILED: "Payment failed",
  EXPIRED: "Unpaid (payment page expired)",
};
