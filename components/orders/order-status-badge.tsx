import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { OrderStatus, PaymentMethod, PaymentStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import { ORDER_STATUS_TONES, PAYMENT_STATUS_TONES, RELEASE_STATUS_TONES } from "@/lib/orders/status-labels";

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("status");
  return <Badge tone={ORDER_STATUS_TONES[status]}>{t(`order.${status}`)}</Badge>;
}

export function ReleaseStatusBadge({ status }: { status: ReleaseStatus | null }) {
  const t = useTranslations("status");
  if (!status) return null;
  return <Badge tone={RELEASE_STATUS_TONES[status]}>{t(`release.${status}`)}</Badge>;
}

/** A card order's payment state; orders paid outside the app have nothing to follow up here. */
export function PaymentStatusBadge({ method, status }: { method: PaymentMethod; status: PaymentStatus }) {
  const t = useTranslations("status");
  if (method !== "STRIPE_CARD") return null;
  return <span data-testid="payment-status"><Badge tone={PAYMENT_STATUS_TONES[status]}>{t(`payment.${status}`)}</Badge></span>;
}
