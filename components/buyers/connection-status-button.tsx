"use client";
// The Disconnect / Reconnect button of one buyer with its confirmation modal ("Disconnect" /
// "Reconnect"), as the help-center page describes.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useAction } from "@/lib/actions/use-action";
import { disconnectBuyerAction, reconnectBuyerAction } from "@/lib/buyers/actions";
import type { ConnectionStatus } from "@/lib/db/generated/enums";

export function ConnectionStatusButton({ buyerId, buyerName, status }: { buyerId: string; buyerName: string; status: ConnectionStatus }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, run } = useAction();
  const disconnect = status === "CONNECTED";
  const label = disconnect ? "Disconnect" : "Reconnect";

  function confirm() {
    run(() => (disconnect ? disconnectBuyerAction({ buyerId }) : reconnectBuyerAction({ buyerId })), {
      success: disconnect ? `${buyerName} was disconnected. Status: Closed.` : `${buyerName} was reconnected. Status: Connected.`,
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
      // Someone else changed it first: show the current status.
      onError: () => {
        setOpen(false);
        router.refresh();
      },
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant={disconnect ? "secondary" : "primary"} aria-label={`${label} ${buyerName}`}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={label}
        description={
          disconnect ? (
            <>
              Disconnect <strong>{buyerName}</strong>? Its status becomes Closed: the buyer can no longer access your brand from the buyer app or
              Customer Order Links. Orders through Instant Order Links and Dynamic Brand Links stay possible.
            </>
          ) : (
            <>
              Reconnect <strong>{buyerName}</strong>? Its status becomes Connected: the buyer can access your brand from the buyer app and Customer
              Order Links again, with its current trading terms.
            </>
          )
        }
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button variant={disconnect ? "danger" : "primary"} pending={pending} onClick={confirm}>
              {label}
            </Button>
          </>
        }
      />
    </Dialog>
  );
}
