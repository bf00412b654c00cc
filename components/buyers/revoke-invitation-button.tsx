"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useAction } from "@/lib/actions/use-action";
import { revokeInvitationAction } from "@/lib/buyers/actions";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("buyers.invitations");
  const common = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, run } = useAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary">
          {t("withdraw")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("withdrawTitle")}
        description={t("withdrawDescription", { email })}
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">{common("cancel")}</Button>
            </DialogClose>
            <Button
              variant="danger"
              pending={pending}
              onClick={() =>
                run(() => revokeInvitationAction({ invitationId }), {
                  success: t("withdrawn"),
                  onSuccess: () => {
                    setOpen(false);
                    router.refresh();
                  },
                  onError: () => router.refresh(),
                })
              }
            >
              {t("withdraw")}
            </Button>
          </>
        }
      />
    </Dialog>
  );
}
