// The badge colours of order, release and payment statuses. Their names are in the `status`
// namespace of the message catalogues: t(`status.order.${status}`).
import type { BadgeTone } from "@/components/ui/badge";
import type { OrderStatus, PaymentStatus, ReleaseStatus } from "@/lib/db/generated/enums";

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
