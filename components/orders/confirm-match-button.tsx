"use client";
// "Confirm match" on a held guest order: after a confirmation dialog, the order joins the buyer.
import { confirmOrderMatchAction } from "@/lib/checkout/actions";
import { ConfirmButtonDialog } from "./order-actions";
import { ORDER_MATCH_LABELS as L } from "./order-match-labels";

export function ConfirmMatchButton({ orderId, buyerName }: { orderId: string; buyerName: string }) {
  return (
    <ConfirmButtonDialog label={L.button} title={L.button} confirmLabel={L.button} variant="primary"
      description={L.dialogDescription(buyerName)} success={L.success(buyerName)} onConfirm={() => confirmOrderMatchAction({ orderId })} />
  );
}
