"use client";
// The smaller Order Management buttons: send for approval, approve on the buyer's behalf,
// make editable (confirmed first) and reject (with the reason e-mailed to the buyer).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/controls";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { useAction } from "@/lib/actions/use-action";
import { forceApproveOcAction, makeOcEditableAction, rejectOrderAction, sendOcForApprovalAction } from "@/lib/orders/actions";

/** `sentAt`: when the page shows it was last sent (ISO), null when never. */
export function SendForApprovalButton({ orderId, sentAt }: { orderId: string; sentAt: string | null }) {
  const router = useRouter();
  const { pending, run } = useAction();
  return (
    <Button variant="secondary" pending={pending} onClick={() => run(() => sendOcForApprovalAction({ orderId, sentAt }), { success: "The OC was sent to the buyer for approval.", onSuccess: () => router.refresh(), onError: () => router.refresh() })}>
      {sentAt ? "Send Again for Approval" : "Send to Buyer for Approval"}
    </Button>
  );
}

export function ConfirmButtonDialog({ label, title, description, confirmLabel, success, onConfirm, variant = "secondary", danger }: {
  label: string; title: string; description: string; confirmLabel: string; success: string; onConfirm: () => Promise<ActionResult<unknown>>; variant?: "secondary" | "primary"; danger?: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, run } = useAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button variant={variant}>{label}</Button></DialogTrigger>
      <DialogContent title={title} description={description}
        footer={<><Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
          <Button variant={danger ? "danger" : "primary"} pending={pending} onClick={() => run(onConfirm, { success, onSuccess: () => { setOpen(false); router.refresh(); }, onError: () => router.refresh() })}>{confirmLabel}</Button></>} />
    </Dialog>
  );
}

export function ForceApproveButton({ orderId }: { orderId: string }) {
  return (
    <ConfirmButtonDialog label="Approve on Buyer's Behalf" title="Approve on Buyer's Behalf" confirmLabel="Approve"
      description="The order becomes OC Approved without the buyer's own approval. Use this when the buyer approved outside the app."
      success="The OC is approved." onConfirm={() => forceApproveOcAction({ orderId })} />
  );
}

export function MakeEditableButton({ orderId, blocker }: { orderId: string; blocker: string | null }) {
  if (blocker) {
    return (
      <div className="flex flex-col items-start gap-1">
        <Button variant="secondary" disabled aria-describedby="make-editable-why">Make The Order Confirmation Editable</Button>
        <p id="make-editable-why" className="text-xs text-slate-500" data-testid="make-editable-blocker">{blocker}</p>
      </div>
    );
  }
  return (
    <ConfirmButtonDialog label="Make The Order Confirmation Editable" title="Make The Order Confirmation Editable" confirmLabel="Make Editable"
      description="The order returns to OC Created and leaves New (To Ship) Orders. Confirm it again after editing."
      success="The order confirmation is editable again." onConfirm={() => makeOcEditableAction({ orderId })} />
  );
}

export function RejectOrderButton({ orderId }: { orderId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const { pending, run } = useAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button variant="ghost" className="text-red-700">Reject Order</Button></DialogTrigger>
      <DialogContent title="Reject Order" description="The order becomes Order Rejected. This is final; the buyer is e-mailed the reason."
        footer={<><Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
          <Button variant="danger" pending={pending} onClick={() => run(() => rejectOrderAction({ orderId, reason }), {
            success: "The order was rejected.", onSuccess: () => { setOpen(false); router.refresh(); }, onError: (r) => setError(r.fieldErrors?.reason),
          })}>Reject Order</Button></>}>
        <Field label="Reason (sent to the buyer)" error={error}>
          {({ id, describedBy, invalid }) => <Textarea id={id} aria-describedby={describedBy} invalid={invalid} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </DialogContent>
    </Dialog>
  );
}
