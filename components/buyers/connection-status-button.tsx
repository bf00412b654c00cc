"use client";
// The Disconnect / Reconnect button of one buyer with its confirmation modal ("Disconnect" /
// "Reconnect"), as the help-center page describes.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useAction } from "@/lib/actions/use-action";
import { disconnectBuyerAction, reconnectBuyerAction } from "@/lib/buyers/actions";
import type { ConnectionStatus } from "@/lib/db/generated/enums";

export function ConnectionStatusButton({ buyerId, buyerName, status }: { buyerId: string; buyerName: string; status: ConnectionStatus }) {
  const t = useTranslations("buyers.connection");
  const common = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, run } = useAction();
  const disconnect = status === "CONNECTED";
  const label = disconnect ? t("disconnect") : t("reconnect");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

  function confirm() {
    run(() => (disconnect ? disconnectBuyerAction({ buyerId }) : reconnectBuyerAction({ buyerId })), {
      success: disconnect ? t("disconnected", { name: buyerName }) : t("reconnected", { name: buyerName }),
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
        <Button size="sm" variant={disconnect ? "secondary" : "primary"} aria-label={disconnect ? t("disconnectNamed", { name: buyerName }) : t("reconnectNamed", { name: buyerName })}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={label}
        description={disconnect ? t.rich("disconnectDescription", { name: buyerName, strong }) : t.rich("reconnectDescription", { name: buyerName, strong })}
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">{common("cancel")}</Button>
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
