"use client";
// One modal for "Create Delivery Notes" and "Create Undelivered SKUs": a quantity per SKU line,
// prefilled with what is left, validated beside each line.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { useAction } from "@/lib/actions/use-action";
import type { QuantityLinesInput } from "@/lib/orders/schemas";

type Line = { id: string; label: string; max: number };

/** `testId`: names the blocker's note ("<testId>-blocker"); `blocker` is already in the reader's words. */
export function QuantityDialog({
  orderId, testId, title, description, submitLabel, success, lines, blocker, action, variant = "primary", defaultFull = true,
}: {
  orderId: string; testId: string; title: string; description: string; submitLabel: string; success: string; lines: Line[]; blocker: string | null;
  action: (input: QuantityLinesInput) => Promise<ActionResult<unknown>>; variant?: "primary" | "secondary"; defaultFull?: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [quantities, setQuantities] = useState<Record<string, string>>(() => Object.fromEntries(lines.map((l) => [l.id, String(defaultFull ? l.max : 0)])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, run } = useAction();
  const t = useTranslations("orders.quantities");
  const tc = useTranslations("common");

  if (blocker) {
    return (
      <div className="flex flex-col items-start gap-1">
        <Button variant={variant} disabled aria-describedby={`${testId}-why`}>{title}</Button>
        <p id={`${testId}-why`} className="text-xs text-slate-500" data-testid={`${testId}-blocker`}>{blocker}</p>
      </div>
    );
  }

  function submit() {
    const payload = lines.map((l) => ({ orderLineId: l.id, quantity: Number(quantities[l.id] || 0) }));
    run(() => action({ orderId, lines: payload }), {
      success,
      onSuccess: () => {
        setOpen(false);
        setErrors({});
        router.refresh();
      },
      onError: (r) => setErrors(r.fieldErrors ?? {}),
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>{title}</Button>
      </DialogTrigger>
      <DialogContent title={title} description={description} className="max-w-2xl"
        footer={<><Button variant="secondary" onClick={() => setOpen(false)}>{tc("cancel")}</Button><Button onClick={submit} pending={pending}>{submitLabel}</Button></>}>
        {errors._form && <div role="alert" className="mb-3"><FieldError message={errors._form} /></div>}
        <ul className="divide-y divide-slate-100">
          {lines.map((l, index) => {
            const error = errors[`lines.${index}.quantity`];
            return (
              <li key={l.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <label htmlFor={`q-${l.id}`} className="text-sm text-slate-800">{l.label} <span className="text-slate-500">{t("upTo", { max: l.max })}</span></label>
                <div>
                  <Input id={`q-${l.id}`} type="number" min={0} max={l.max} className="w-24 text-right" invalid={Boolean(error)} value={quantities[l.id]}
                    onChange={(e) => setQuantities((q) => ({ ...q, [l.id]: e.target.value }))} />
                  <FieldError message={error} className="mt-1" />
                </div>
              </li>
            );
          })}
        </ul>
      </DialogContent>
    </Dialog>
  );
}
