"use client";
// The buyer's "Cancel order": a destructive step, so it asks in a dialog, with the reason the brand
// receives (required, short). Used by the Buyer App (signed in) and the link's order page (the
// visitor's link session); each page hands in its own server action. Speaks the language of the
// provider around it (the link's order page: the order's); a refusal is worded by its code.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/controls";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import type { BuyerCancelRefusal } from "@/lib/orders/cancel-order-by-buyer";
import { BUYER_CANCEL_REASON_MAX, buyerCancelReasonSchema, type CancelOrderByBuyerInput } from "@/lib/orders/schemas";

const REFUSALS = ["ORDER_PROCESSING", "ORDER_ALREADY_CANCELLED", "ORDER_ALREADY_REJECTED", "ORDER_STATUS_CHANGED"] as const satisfies readonly BuyerCancelRefusal[];

type FormValues = { reason: string };

export function BuyerCancelDialog({ orderId, action }: { orderId: string; action: (input: CancelOrderByBuyerInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("buyerApp.cancel");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const form = useForm<FormValues>({ resolver: zodResolver(buyerCancelReasonSchema), defaultValues: { reason: "" } });

  const submit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await action({ orderId, reason: values.reason });
      if (result.ok) {
        toast.success(t("cancelled"));
        setOpen(false);
        form.reset();
        router.refresh();
        return;
      }
      if (result.fieldErrors?.reason) {
        form.setError("reason", { type: "server", message: result.fieldErrors.reason });
        return;
      }
      const refusal = REFUSALS.find((code) => code === result.code);
      toast.error(refusal ? t(`refusals.${refusal}`) : result.message);
      // Refused because the order moved on (e.g. Order Processing): show where it stands now.
      if (result.code !== "UNEXPECTED" && result.code !== "VALIDATION") {
        setOpen(false);
        router.refresh();
      }
    }),
  );

  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="secondary" className="w-full text-red-700 sm:w-auto">
          {t("cancelOrder")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description")}>
        <form onSubmit={submit} noValidate>
          <Field label={t("reasonLabel")} error={form.formState.errors.reason?.message} hint={t("reasonHint", { max: BUYER_CANCEL_REASON_MAX })}>
            {({ id, describedBy, invalid }) => (
              <Textarea id={id} aria-describedby={describedBy} invalid={invalid} rows={3} {...form.register("reason")} />
            )}
          </Field>
          <p className="mt-3 text-xs text-slate-500">{t("hint")}</p>
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary" disabled={pending}>
                {t("keepOrder")}
              </Button>
            </DialogClose>
            <Button type="submit" variant="danger" pending={pending}>
              {t("confirmCancel")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
