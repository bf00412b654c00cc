"use client";
// "Resend" in the delivery log: the same event to the same endpoint again, as a new delivery.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/actions/use-action";
import { resendWebhookDeliveryAction } from "@/lib/webhooks/actions";

export function ResendButton({ deliveryId, eventType }: { deliveryId: string; eventType: string }) {
  const t = useTranslations("webhooks.log");
  const router = useRouter();
  const { pending, run } = useAction();
  return (
    <Button
      size="sm"
      variant="secondary"
      pending={pending}
      aria-label={t("resendNamed", { type: eventType })}
      onClick={() => run(() => resendWebhookDeliveryAction({ deliveryId }), { success: t("resent"), onSuccess: () => router.refresh() })}
    >
      {t("resend")}
    </Button>
  );
}

export function RefreshButton() {
  const t = useTranslations("webhooks.log");
  const router = useRouter();
  return (
    <Button size="sm" variant="ghost" onClick={() => router.refresh()}>
      {t("refresh")}
    </Button>
  );
}
