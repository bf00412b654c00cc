"use client";
// The buyer's "Cancel order": a destructive step, so it asks in a dialog, with the reason the brand
// receives (required, short). Used by the Buyer App (signed in) and the link's order page (the
// visitor's link session); each page hands in its own server action.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/controls";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import type { Language } from "@/lib/db/generated/enums";
import { BUYER_CANCEL_REASON_MAX, buyerCancelErrorText, buyerOrderMessages } from "@/lib/orders/buyer-order-messages";
import { buyerCancelReasonSchema, type CancelOrderByBuyerInput } from "@/lib/orders/schemas";

type FormValues = { reason: string };

export function BuyerCancelDialog({
  orderId,
  language,
  action,
}: {
  orderId: string;
  language: Language;
  action: (input: CancelOrderByBuyerInput) => Promise<ActionResult<unknown>>;
}) {
  const m = buyerOrderMessages(language);
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const schema = useMemo(() => buyerCancelReasonSchema(m), [m]);
  const form = useForm<FormValues>({ resolver: zodResolver(schema), defaultValues: { reason: "" } });

  const submit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await action({ orderId, reason: values.reason });
      if (result.ok) {
        toast.success(m.cancelledToast);
        setOpen(false);
        form.reset();
        router.refresh();
        return;
      }
      if (result.fieldErrors?.reason) {
        // The form checked the same rules first; what the server still refuses it words in English.
        form.setError("reason", { type: "server", message: language === "EN" ? result.fieldErrors.reason : m.checkFields });
        return;
      }
      toast.error(buyerCancelErrorText(language, result));
      // Refused because the order moved on (e.g. Order Processing): show where it stands now.
      if (result.code !== "UNEXPECTED" && result.code !== "VALIDATION") {
        setOpen(false);
        router.refresh();
      }
    }),
  );

  const error = form.formState.errors.reason?.message;
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="secondary" className="w-full text-red-700 sm:w-auto">
          {m.cancelOrder}
        </Button>
      </DialogTrigger>
      <DialogContent title={m.cancelTitle} description={m.cancelDescription}>
        <form onSubmit={submit} noValidate>
          <Field label={m.reasonLabel} error={error} hint={m.reasonHint(BUYER_CANCEL_REASON_MAX)}>
            {({ id, describedBy, invalid }) => (
              <Textarea id={id} aria-describedby={describedBy} invalid={invalid} rows={3} {...form.register("reason")} />
            )}
          </Field>
          <p className="mt-3 text-xs text-slate-500">{m.cancelHint}</p>
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary" disabled={pending}>
                {m.keepOrder}
              </Button>
            </DialogClose>
            <Button type="submit" variant="danger" pending={pending}>
              {m.confirmCancel}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
