"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useAction } from "@/lib/actions/use-action";
import { removeBuyerAddressAction, setDefaultBuyerAddressAction } from "@/lib/buyer-app/actions";

export function AddressActions({ addressId, isDefault, label }: { addressId: string; isDefault: boolean; label: string }) {
  const t = useTranslations("buyerApp.address");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const setDefault = useAction();
  const remove = useAction();
  return (
    <div className="flex gap-2">
      {!isDefault && (
        <Button size="sm" variant="ghost" pending={setDefault.pending} onClick={() => setDefault.run(() => setDefaultBuyerAddressAction({ addressId }), { success: t("defaultChanged"), onSuccess: () => router.refresh() })}>
          {t("makeDefault")}
        </Button>
      )}
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button size="sm" variant="ghost" aria-label={t("removeLabel", { label })}>
            {t("remove")}
          </Button>
        </DialogTrigger>
        <DialogContent
          title={t("removeTitle")}
          description={t("removeDescription", { label })}
          footer={
            <>
              <DialogClose asChild>
                <Button variant="secondary">{tc("cancel")}</Button>
              </DialogClose>
              <Button
                variant="danger"
                pending={remove.pending}
                onClick={() =>
                  remove.run(() => removeBuyerAddressAction({ addressId }), {
                    success: t("removed"),
                    onSuccess: () => {
                      setOpen(false);
                      router.refresh();
                    },
                  })
                }
              >
                {t("remove")}
              </Button>
            </>
          }
        />
      </Dialog>
    </div>
  );
}
