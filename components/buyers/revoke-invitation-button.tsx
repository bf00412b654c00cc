"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useAction } from "@/lib/actions/use-action";
import { revokeInvitationAction } from "@/lib/buyers/actions";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, run } = useAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary">
          Withdraw
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Withdraw invitation"
        description={<>The invitation link sent to {email} stops working.</>}
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button
              variant="danger"
              pending={pending}
              onClick={() =>
                run(() => revokeInvitationAction({ invitationId }), {
                  success: "The invitation was withdrawn.",
                  onSuccess: () => {
                    setOpen(false);
                    router.refresh();
                  },
                  onError: () => router.refresh(),
                })
              }
            >
              Withdraw
            </Button>
          </>
        }
      />
    </Dialog>
  );
}
