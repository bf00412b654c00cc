"use client";
// The smaller Order Management buttons: send for approval, approve on the buyer's behalf,
// make editable (confirmed first) and reject (with the reason e-mailed to the buyer).
import { useTranslations } from "next-intl";
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
  const t = useTranslations("orders.actions");
  const { pending, run } = useAction();
  return (
    <Button variant="secondary" pending={pending} onClick={() => run(() => sendOcForApprovalAction({ orderId, sentAt }), { success: t("sent"), onSuccess: () => router.refresh(), onError: () => router.refresh() })}>
      {sentAt ? t("sendAgain") : t("send")}
    </Button>
  );
}

export function ConfirmButtonDialog({ label, title, description, confirmLabel, success, onConfirm, variant = "secondary", danger }: {
  label: string; title: string; description: string; confirmLabel: string; success: string; onConfirm: () => Promise<ActionResult<unknown>>; variant?: "secondary" | "primary"; danger?: boolean;
}) {
  const router = useRouter();
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const { pending, run } = useAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button variant={variant}>{label}</Button></DialogTrigger>
      <DialogContent title={title} description={description}
        footer={<><Button variant="secondary" onClick={() => setOpen(false)}>{tc("cancel")}</Button>
          <Button variant={danger ? "danger" : "primary"} pending={pending} onClick={() => run(onConfirm, { success, onSuccess: () => { setOpen(false); router.refresh(); }, onError: () => router.refresh() })}>{confirmLabel}</Button></>} />
    </Dialog>
  );
}

export function ForceApproveButton({ orderId }: { orderId: string }) {
  const t = useTranslations("orders.actions");
  return (
    <ConfirmButtonDialog label={t("forceApprove")} title={t("forceApprove")} confirmLabel={t("forceApproveConfirm")}
      description={t("forceApproveDescription")}
      success={t("forceApproved")} onConfirm={() => forceApproveOcAction({ orderId })} />
  );
}

/** `blocker`: why it is unavailable, already in the reader's words; null when available. */
export function MakeEditableButton({ orderId, blocker }: { orderId: string; blocker: string | null }) {
  const t = useTranslations("orders.actions");
  if (blocker) {
    return (
      <div className="flex flex-col items-start gap-1">
        <Button variant="secondary" disabled aria-describedby="make-editable-why">{t("makeEditable")}</Button>
        <p id="make-editable-why" className="text-xs text-slate-500" data-testid="make-editable-blocker">{blocker}</p>
      </div>
    );
  }
  return (
    <ConfirmButtonDialog label={t("makeEditable")} title={t("makeEditable")} confirmLabel={t("makeEditableConfirm")}
      description={t("makeEditableDescription")}
      success={t("madeEditable")} onConfirm={() => makeOcEditableAction({ orderId })} />
  );
}

export function RejectOrderButton({ orderId }: { orderId: string }) {
  const router = useRouter();
  const t = useTranslations("orders.actions");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const { pending, run } = useAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button variant="ghost" className="text-red-700">{t("reject")}</Button></DialogTrigger>
      <DialogContent title={t("reject")} description={t("rejectDescription")}
        footer={<><Button variant="secondary" onClick={() => setOpen(false)}>{tc("cancel")}</Button>
          <Button variant="danger" pending={pending} onClick={() => run(() => rejectOrderAction({ orderId, reason }), {
            success: t("rejected"), onSuccess: () => { setOpen(false); router.refresh(); }, onError: (r) => setError(r.fieldErrors?.reason),
          })}>{t("reject")}</Button></>}>
        <Field label={t("rejectReason")} error={error}>
          {({ id, describedBy, invalid }) => <Textarea id={id} aria-describedby={describedBy} invalid={invalid} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </DialogContent>
    </Dialog>
  );
}
