"use client";
// "Confirm match" on a held guest order: after a confirmation dialog, the order joins the buyer.
import { useTranslations } from "next-intl";
import { confirmOrderMatchAction } from "@/lib/checkout/actions";
import { ConfirmButtonDialog } from "./order-actions";

export function ConfirmMatchButton({ orderId, buyerName }: { orderId: string; buyerName: string }) {
  const t = useTranslations("orders.match");
  return (
    <ConfirmButtonDialog label={t("button")} title={t("button")} confirmLabel={t("button")} variant="primary"
      description={t("dialogDescription", { name: buyerName })} success={t("success", { name: buyerName })} onConfirm={() => confirmOrderMatchAction({ orderId })} />
  );
}
