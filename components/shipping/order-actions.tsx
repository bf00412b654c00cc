"use client";
// The order detail's actions: Preparing to Release (single) and cancelling the order.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CancelOrdersDialog } from "./cancel-orders-dialog";
import { ReleaseDialog } from "./release-dialog";

/** Always rendered, so the pop-up survives the page refreshing under it once the order is released. */
export function PrepareReleaseButton({ orderId, releasable }: { orderId: string; releasable: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {releasable && <Button onClick={() => setOpen(true)}>Preparing to Release</Button>}
      {open && <ReleaseDialog open orderIds={[orderId]} onOpenChange={setOpen} />}
    </>
  );
}

export function CancelOrderButton({ orderId, cancellable }: { orderId: string; cancellable: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {cancellable && (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Cancel order
        </Button>
      )}
      {open && <CancelOrdersDialog open orderIds={[orderId]} onOpenChange={setOpen} />}
    </>
  );
}
