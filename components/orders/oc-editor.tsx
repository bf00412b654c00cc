"use client";
// "Create the OC": edit quantities and prices of the draft, remove lines, add SKUs by code, then
// save as OC Created. Prices are typed in the order currency's major unit.
import { zodResolver } from "@hookform/resolvers/zod";
import { Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FieldError, Input } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { useAction } from "@/lib/actions/use-action";
import { formatMoney, toMinor } from "@/lib/money/format";
import { createOcAction, findSkuForOrderAction } from "@/lib/orders/actions";
import { createOcSchema } from "@/lib/orders/schemas";

type EditorLine = { lineId?: string; skuId?: string; label: string; quantity: number; unitPrice: number };
type FormValues = z.input<typeof createOcSchema> & { lines: (z.input<typeof createOcSchema>["lines"][number] & { label: string })[] };

export function OcEditor({ orderId, currency, lines, isDraft, revision }: { orderId: string; currency: string; lines: EditorLine[]; isDraft: boolean; revision: number }) {
  const router = useRouter();
  const t = useTranslations("orders.editor");
  const locale = useLocale();
  const from = isDraft ? "OC_CREATED" : "PLEASE_CREATE_OC";
  const form = useForm<FormValues>({ resolver: zodResolver(createOcSchema) as never, defaultValues: { orderId, from, revision, lines } });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "lines" });
  const save = useAction();
  const find = useAction();
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string>();
  const values = useWatch({ control: form.control, name: "lines" }) ?? [];
  const subtotal = values.reduce((s, l) => s + toMinor(Number(l.unitPrice) || 0, currency) * (Number(l.quantity) || 0), 0);

  function addSku() {
    find.run(() => findSkuForOrderAction({ orderId, code }), {
      onSuccess: (sku) => {
        if (values.some((l) => l.skuId === sku.skuId)) return setCodeError(t("skuAlreadyOnOc"));
        append({ skuId: sku.skuId, label: `${sku.productName} · ${sku.skuCode} · ${sku.color} / ${sku.size}`, quantity: 1, unitPrice: sku.unitPrice });
        setCode("");
        setCodeError(undefined);
      },
      onError: (r) => setCodeError(r.fieldErrors?.code ?? r.message),
    });
  }

  const onSubmit = form.handleSubmit((data) =>
    save.run(() => createOcAction({ orderId, from, revision, lines: data.lines.map(({ lineId, skuId, quantity, unitPrice }) => ({ lineId, skuId, quantity, unitPrice })) }), {
      success: isDraft ? t("updated") : t("created"),
      form: form as unknown as UseFormReturn<never>,
      onSuccess: () => router.refresh(),
    }),
  );

  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("label")}>
      <Table>
        <thead>
          <tr><Th>{t("productSku")}</Th><Th className="w-32">{t("quantity")}</Th><Th className="w-40">{t("unitPrice", { currency })}</Th><Th className="text-right">{t("amount")}</Th><Th><span className="sr-only">{t("remove")}</span></Th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {fields.map((field, index) => {
            const qErr = err.lines?.[index]?.quantity?.message;
            const pErr = err.lines?.[index]?.unitPrice?.message;
            const v = values[index];
            return (
              <tr key={field.id} data-testid="oc-line">
                <Td>{field.label}</Td>
                <Td>
                  <Input type="number" min={1} aria-label={t("quantityOf", { line: field.label })} invalid={Boolean(qErr)} {...form.register(`lines.${index}.quantity`)} />
                  <FieldError message={qErr} className="mt-1" />
                </Td>
                <Td>
                  <Input type="number" min={0} step="any" aria-label={t("unitPriceOf", { line: field.label })} invalid={Boolean(pErr)} {...form.register(`lines.${index}.unitPrice`)} />
                  <FieldError message={pErr} className="mt-1" />
                </Td>
                <Td className="text-right tabular-nums">{formatMoney(toMinor(Number(v?.unitPrice) || 0, currency) * (Number(v?.quantity) || 0), currency, locale)}</Td>
                <Td className="text-right">
                  <Button variant="ghost" size="sm" aria-label={t("removeLine", { line: field.label })} onClick={() => remove(index)} disabled={fields.length === 1}>
                    <Trash2 className="size-4" aria-hidden />
                  </Button>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <FieldError message={err.lines?.message} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="add-sku" className="block text-sm font-medium text-slate-700">{t("addSkuByCode")}</label>
            <Input id="add-sku" value={code} onChange={(e) => setCode(e.target.value)} invalid={Boolean(codeError)} aria-describedby={codeError ? "add-sku-error" : undefined}
              onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); if (code.trim()) addSku(); } }} />
          </div>
          <Button variant="secondary" onClick={addSku} pending={find.pending} disabled={!code.trim()}>{t("addSku")}</Button>
        </div>
        <p className="text-sm text-slate-700">{t("subtotal")} <span className="ml-2 font-semibold tabular-nums" data-testid="oc-subtotal">{formatMoney(subtotal, currency, locale)}</span></p>
      </div>
      <FieldError id="add-sku-error" message={codeError} />
      <div className="flex justify-end">
        <Button type="submit" pending={save.pending}>{isDraft ? t("saveOc") : t("createOc")}</Button>
      </div>
    </form>
  );
}
