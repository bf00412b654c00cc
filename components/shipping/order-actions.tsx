"use client";
// The order detail's actions: Preparing to Release (single) and cancelling the order.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CancelOrdersDialog } from "./cancel-orders-dialog";
import { ReleaseDialog } from "./release-dialog";

export function PrepareReleaseButton({ orderId }: { orderId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Preparing to Release</Button>
      {open && <ReleaseDialog open orderIds={[orderId]} onOpenChange={setOpen} />}
    </>
  );
}

export function CancelOrderButton({ orderId }: { orderId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Cancel order
      </Button>
      {open && <CancelOrdersDialog open orderIds={[orderId]} onOpenChange={setOpen} />}
    </>
  );
}
