"use client";
// "Create the OC": edit quantities and prices of the draft, remove lines, add SKUs by code, then
// save as OC Created. Prices are typed in the order currency's major unit. Changed quantities are
// checked against the products' order rules as staff type (lib/orders/oc-rules, the same check the
// server makes); quantities that break them save only with "Save despite order rules".
import { zodResolver } from "@hookform/resolvers/zod";
import { Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useFieldArray, useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/controls";
import { FieldError, Input } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { useAction } from "@/lib/actions/use-action";
import { formatMoney, toMinor } from "@/lib/money/format";
import type { ProductRules } from "@/lib/order-rules/product-rules";
import { createOcAction, findSkuForOrderAction } from "@/lib/orders/actions";
import { ocRuleIssues, placeIssues, type OcRuleLine } from "@/lib/orders/oc-rules";
import { createOcSchema } from "@/lib/orders/schemas";

/** A line as the editor shows it, with what the order rules need to know of its SKU. */
export type EditorLine = { lineId?: string; skuId: string; productId: string; color: string; size: string; packQuantity: number; label: string; quantity: number; unitPrice: number };
type FormValues = z.input<typeof createOcSchema> & { lines: (z.input<typeof createOcSchema>["lines"][number] & Omit<EditorLine, "quantity" | "unitPrice">)[] };

function ruleLines(lines: { skuId: string; productId: string; color: string; size: string; packQuantity: number; quantity: unknown }[]): OcRuleLine[] {
  return lines.map((l) => ({ skuId: l.skuId, productId: l.productId, color: l.color, size: l.size, packQuantity: l.packQuantity, quantity: Number(l.quantity) || 0 }));
}

export function OcEditor({ orderId, currency, lines, rules: initialRules, isDraft, revision }: {
  orderId: string; currency: string; lines: EditorLine[]; rules: Record<string, ProductRules>; isDraft: boolean; revision: number;
}) {
  const router = useRouter();
  const t = useTranslations("orders.editor");
  const locale = useLocale();
  const from = isDraft ? "OC_CREATED" : "PLEASE_CREATE_OC";
  const form = useForm<FormValues>({ resolver: zodResolver(createOcSchema) as never, defaultValues: { orderId, from, revision, lines, overrideRules: false } });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "lines" });
  const save = useAction();
  const find = useAction();
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string>();
  const values = useWatch({ control: form.control, name: "lines" }) ?? [];
  const subtotal = values.reduce((s, l) => s + toMinor(Number(l.unitPrice) || 0, currency) * (Number(l.quantity) || 0), 0);
  // Rules of the order's products, and of the products of SKUs added here.
  const [rules, setRules] = useState(initialRules);
  const [override, setOverride] = useState(false);
  const [overrideNeeded, setOverrideNeeded] = useState(false);
  const original = useMemo(() => ruleLines(lines), [lines]);
  const issues = ocRuleIssues(rules, original, ruleLines(values));
  const placed = placeIssues(issues, values);

  function addSku() {
    find.run(() => findSkuForOrderAction({ orderId, code }), {
      onSuccess: (sku) => {
        if (values.some((l) => l.skuId === sku.skuId)) return setCodeError(t("skuAlreadyOnOc"));
        setRules((r) => ({ ...r, [sku.productId]: sku.rules }));
        append({
          skuId: sku.skuId, productId: sku.productId, color: sku.color, size: sku.size, packQuantity: 0,
          label: `${sku.productName} · ${sku.skuCode} · ${sku.color} / ${sku.size}`, quantity: 1, unitPrice: sku.unitPrice,
        });
        setCode("");
        setCodeError(undefined);
      },
      onError: (r) => setCodeError(r.fieldErrors?.code ?? r.message),
    });
  }

  const onSubmit = form.handleSubmit((data) => {
    // Broken rules save only with the override ticked (the server refuses them too).
    if (issues.length > 0 && !override) return setOverrideNeeded(true);
    save.run(() => createOcAction({
      orderId, from, revision, overrideRules: issues.length > 0 && override,
      // An existing line is named by its id alone; an added SKU by its SKU.
      lines: data.lines.map(({ lineId, skuId, quantity, unitPrice }) => ({ lineId, skuId: lineId ? undefined : skuId, quantity, unitPrice })),
    }), {
      success: isDraft ? t("updated") : t("created"),
      form: form as unknown as UseFormReturn<never>,
      onSuccess: () => router.refresh(),
    });
  });

  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("label")}>
      <Table>
        <thead>
          <tr><Th>{t("productSku")}</Th><Th className="w-44">{t("quantity")}</Th><Th className="w-40">{t("unitPrice", { currency })}</Th><Th className="text-right">{t("amount")}</Th><Th><span className="sr-only">{t("remove")}</span></Th></tr>
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
                  <Input type="number" min={1} aria-label={t("quantityOf", { line: field.label })} invalid={Boolean(qErr) || placed.byLine.has(index)} {...form.register(`lines.${index}.quantity`)} />
                  {field.packQuantity > 0 && <p className="mt-1 text-xs text-slate-500">{t("fromPacks", { count: field.packQuantity })}</p>}
                  <FieldError message={qErr} className="mt-1" />
                  {placed.byLine.get(index)?.map((message) => <FieldError key={message} message={message} className="mt-1" />)}
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
      {placed.unplaced.map((message) => <FieldError key={message} message={message} />)}
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
      <div className="flex flex-wrap items-start justify-end gap-4">
        {issues.length > 0 && (
          <div className="space-y-1" data-testid="oc-rules-override">
            <Checkbox label={t("rules.override")} checked={override} onChange={(e) => { setOverride(e.target.checked); setOverrideNeeded(false); }} aria-describedby="oc-rules-override-hint" />
            <p id="oc-rules-override-hint" className="text-xs text-slate-500">{t("rules.overrideHint", { count: issues.length })}</p>
            {overrideNeeded && !override && <p role="alert" className="text-sm text-red-600">{t("rules.tickOverride")}</p>}
          </div>
        )}
        <Button type="submit" pending={save.pending}>{isDraft ? t("saveOc") : t("createOc")}</Button>
      </div>
    </form>
  );
}
