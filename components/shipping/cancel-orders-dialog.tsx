"use client";
// Cancel the selected orders (e.g. a sold-out product) with a reason the buyer receives by e-mail.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/controls";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { applyFieldErrors } from "@/lib/actions/use-action";
import { cancelOrdersAction } from "@/lib/shipping/actions";
import { cancelOrdersSchema, RELEASE_CHUNK_SIZE } from "@/lib/shipping/schemas";

const formSchema = cancelOrdersSchema.pick({ reason: true });
type FormValues = { reason: string };

export function CancelOrdersDialog({ orderIds, open, onOpenChange, onFinished }: { orderIds: string[]; open: boolean; onOpenChange: (open: boolean) => void; onFinished?: () => void }) {
  const t = useTranslations("shipping.cancel");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { reason: "" } });

  async function submit(values: FormValues) {
    setPending(true);
    let cancelled = 0;
    const problems: string[] = [];
    try {
      for (let i = 0; i < orderIds.length; i += RELEASE_CHUNK_SIZE) {
        const result = await cancelOrdersAction({ orderIds: orderIds.slice(i, i + RELEASE_CHUNK_SIZE), reason: values.reason });
        if (!result.ok) {
          applyFieldErrors(form, result.fieldErrors);
          toast.error(result.message);
          return;
        }
        cancelled += result.data.cancelled;
        for (const o of result.data.outcomes) if (!o.ok) problems.push(t("problem", { orderNumber: o.orderNumber, message: o.message }));
      }
    } finally {
      setPending(false);
    }
    if (cancelled > 0) toast.success(t("cancelled", { count: cancelled }));
    for (const p of problems.slice(0, 5)) toast.error(p);
    form.reset();
    onOpenChange(false);
    onFinished?.();
    router.refresh();
  }

  const error = form.formState.errors.reason?.message;
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <DialogContent title={t("title")} description={t("description", { count: orderIds.length })}>
        <form onSubmit={form.handleSubmit(submit)} noValidate>
          <Field label={t("reason")} error={error}>
            {({ id, describedBy, invalid }) => <Textarea id={id} aria-describedby={describedBy} invalid={invalid} placeholder={t("reasonPlaceholder")} {...form.register("reason")} />}
          </Field>
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary" disabled={pending}>
                {t("keep")}
              </Button>
            </DialogClose>
            <Button type="submit" variant="danger" pending={pending}>
              {t("submit")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
