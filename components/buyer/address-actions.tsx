"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useAction } from "@/lib/actions/use-action";
import { removeBuyerAddressAction, setDefaultBuyerAddressAction } from "@/lib/buyer-app/actions";

export function AddressActions({ addressId, isDefault, label }: { addressId: string; isDefault: boolean; label: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const setDefault = useAction();
  const remove = useAction();
  return (
    <div className="flex gap-2">
      {!isDefault && (
        <Button size="sm" variant="ghost" pending={setDefault.pending} onClick={() => setDefault.run(() => setDefaultBuyerAddressAction({ addressId }), { success: "Default address changed.", onSuccess: () => router.refresh() })}>
          Make default
        </Button>
      )}
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button size="sm" variant="ghost" aria-label={`Remove ${label}`}>
            Remove
          </Button>
        </DialogTrigger>
        <DialogContent
          title="Remove address"
          description={`Remove ${label}? Orders already placed keep their address.`}
          footer={
            <>
              <DialogClose asChild>
                <Button variant="secondary">Cancel</Button>
              </DialogClose>
              <Button
                variant="danger"
                pending={remove.pending}
                onClick={() =>
                  remove.run(() => removeBuyerAddressAction({ addressId }), {
                    success: "Address removed.",
                    onSuccess: () => {
                      setOpen(false);
                      router.refresh();
                    },
                  })
                }
              >
                Remove
              </Button>
            </>
          }
        />
      </Dialog>
    </div>
  );
}
