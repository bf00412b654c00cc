"use client";
// The order detail's actions: Preparing to Release (single) and cancelling the order.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CancelOrdersDialog } from "./cancel-orders-dialog";
import { ReleaseDialog } from "./release-dialog";

/** Always rendered, so the pop-up survives the page refreshing under it once the order is released. */
export function PrepareReleaseButton({ orderId, releasable }: { orderId: string; releasable: boolean }) {
  const t = useTranslations("shipping.queue");
  const [open, setOpen] = useState(false);
  return (
    <>
      {releasable && <Button onClick={() => setOpen(true)}>{t("prepare")}</Button>}
      {open && <ReleaseDialog open orderIds={[orderId]} onOpenChange={setOpen} />}
    </>
  );
}

export function CancelOrderButton({ orderId, cancellable }: { orderId: string; cancellable: boolean }) {
  const t = useTranslations("shipping.cancel");
  const [open, setOpen] = useState(false);
  return (
    <>
      {cancellable && (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t("cancelOrder")}
        </Button>
      )}
      {open && <CancelOrdersDialog open orderIds={[orderId]} onOpenChange={setOpen} />}
    </>
  );
}
