"use client";
// Create / edit a product with its SKU matrix: colours x sizes generate one SKU each (existing
// rows are kept), each with its code, stock (new SKUs only) and prices per currency; then its
// order rules and prepacks (product-rules-fields.tsx).
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, Trash2, Wand2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Textarea } from "@/components/ui/controls";
import { Field, FieldError, Input } from "@/components/ui/field";
import { ScrollBox } from "@/components/ui/scroll-box";
import { useAction } from "@/lib/actions/use-action";
import { minorDigits } from "@/lib/money/format";
import { saveProductAction } from "@/lib/products/actions";
import { productFormSchema, skuCodeFor, splitList, type ProductFormInput, type ProductFormValues } from "@/lib/products/schemas";
import { applyPrefixedErrors, errorAt } from "./form-errors";
import { ProductRulesFields } from "./product-rules-fields";

type Sku = ProductFormInput["skus"][number];

/** A well-formed currency code, which Intl can tell the decimals of (anything else is refused by the schema). */
function knownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

export function ProductForm({ id, defaultValues }: { id?: string; defaultValues: ProductFormInput }) {
  const t = useTranslations("products.form");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<ProductFormInput, unknown, ProductFormValues>({ resolver: zodResolver(productFormSchema), defaultValues });
  const { register, handleSubmit, formState, control, getValues, setValue } = form;
  const skus = useFieldArray({ control, name: "skus" });
  const currencies = useWatch({ control, name: "currencies" });
  const [currencyText, setCurrencyText] = useState(defaultValues.currencies.join(", "));
  const [colors, setColors] = useState(() => [...new Set(defaultValues.skus.map((s) => s.color))].join(", "));
  const [sizes, setSizes] = useState(() => [...new Set(defaultValues.skus.map((s) => s.size))].join(", "));
  const errors = formState.errors;

  function pricesFor(current: Sku["prices"], list: string[]): Sku["prices"] {
    return list.map((currency) => current.find((p) => p.currency === currency) ?? { currency, wholesalePrice: "", retailPrice: "" });
  }

  function applyCurrencies() {
    const list = splitList(currencyText).map((c) => c.toUpperCase());
    setValue("currencies", list, { shouldValidate: false });
    const rows = getValues("skus").map((s) => ({ ...s, prices: pricesFor(s.prices, list) }));
    skus.replace(rows);
  }

  function generate() {
    const code = getValues("productCode") || "SKU";
    const list = getValues("currencies");
    const existing = getValues("skus");
    const rows: Sku[] = [];
    for (const color of splitList(colors)) {
      for (const size of splitList(sizes)) {
        const found = existing.find((s) => s.color.toLowerCase() === color.toLowerCase() && s.size.toLowerCase() === size.toLowerCase());
        rows.push(found ?? { code: skuCodeFor(code, color, size), color, size, stockQuantity: 0, prices: pricesFor(existing[0]?.prices ?? [], list) });
      }
    }
    if (rows.length) skus.replace(rows);
  }

  function addRow() {
    skus.append({ code: "", color: "", size: "", stockQuantity: 0, prices: pricesFor([], getValues("currencies")) });
  }

  // The server parses the raw values again with the same schema.
  const onSubmit = handleSubmit(() =>
    run(() => saveProductAction({ id, product: getValues() }), {
      success: id ? t("saved") : t("created"),
      onSuccess: (data) => (id ? router.refresh() : router.push(`/admin/products/${data.id}`)),
      onError: (result) => applyPrefixedErrors(form, result.fieldErrors, "product"),
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="grid gap-4 p-5 md:grid-cols-2">
        <Field label={t("productCode")} error={errors.productCode?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("productCode")} />}
        </Field>
        <Field label={t("name")} error={errors.name?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("name")} />}
        </Field>
        <Field label={t("deliveryName")} hint={t("deliveryNameHint")} error={errors.deliveryName?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("deliveryName")} />}
        </Field>
        <Field label={t("discountRate")} hint={t("discountRateHint")} error={errors.discountRate?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} inputMode="decimal" {...register("discountRate")} />}
        </Field>
        <Field label={t("description")} className="md:col-span-2" error={errors.description?.message}>
          {(p) => <Textarea id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("description")} />}
        </Field>
      </Card>

      <Card className="space-y-4 p-5">
        <h2 className="text-base font-semibold">{t("skus")}</h2>
        <div className="grid gap-4 md:grid-cols-[1fr_1fr_1fr_auto] md:items-end">
          <Field label={t("colours")} hint={t("coloursHint")}>
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} value={colors} onChange={(e) => setColors(e.target.value)} />}
          </Field>
          <Field label={t("sizes")} hint={t("sizesHint")}>
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} value={sizes} onChange={(e) => setSizes(e.target.value)} />}
          </Field>
          <Field label={t("currencies")} hint={t("currenciesHint")} error={errors.currencies?.message ?? errorAt(errors, "currencies.0")}>
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} value={currencyText} onChange={(e) => setCurrencyText(e.target.value)} onBlur={applyCurrencies} />}
          </Field>
          <Button variant="secondary" onClick={() => { applyCurrencies(); generate(); }} className="mb-5">
            <Wand2 className="size-4" aria-hidden /> {t("generate")}
          </Button>
        </div>
        <FieldError message={errorAt(errors, "skus")} />
        <ScrollBox className="relative overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="sku-table">
            <thead>
              <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
                <th className="p-2">{t("colour")}</th>
                <th className="p-2">{t("size")}</th>
                <th className="p-2">{t("skuCode")}</th>
                <th className="p-2">{t("stock")}</th>
                {currencies.map((c) => (
                  <th key={c} className="p-2" colSpan={2}>
                    {t("prices", { currency: c })}
                  </th>
                ))}
                <th className="p-2"><span className="sr-only">{t("remove")}</span></th>
              </tr>
            </thead>
            <tbody>
              {skus.fields.map((field, i) => {
                const existing = Boolean(field.id && getValues(`skus.${i}.id`));
                const cell = (name: string, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}, width = "min-w-20") => {
                  const message = errorAt(errors, `skus.${i}.${name}`);
                  return (
                    <td className="p-1 align-top">
                      <Input aria-label={t("cell", { label, row: i + 1 })} invalid={Boolean(message)} className={`h-9 ${width}`} {...extra} {...register(`skus.${i}.${name}` as never)} />
                      <FieldError className="mt-1" message={message} />
                    </td>
                  );
                };
                return (
                  <tr key={field.id} className="border-t border-slate-100">
                    {cell("color", t("colour"), {}, "min-w-28")}
                    {cell("size", t("size"), {}, "min-w-16")}
                    {cell("code", t("skuCode"), {}, "min-w-48 font-mono text-xs")}
                    {existing ? (
                      <td className="p-2 align-top tabular-nums text-slate-600" title={t("stockLocked")}>{getValues(`skus.${i}.stockQuantity`) as number}</td>
                    ) : (
                      cell("stockQuantity", t("stock"), { inputMode: "numeric" })
                    )}
                    {currencies.map((c, j) => (
                      <PriceCells key={c} i={i} j={j} currency={c} register={register} errors={errors} />
                    ))}
                    <td className="p-1 align-top">
                      <Button variant="ghost" size="sm" aria-label={t("removeRow", { row: i + 1 })} onClick={() => skus.remove(i)}>
                        <Trash2 className="size-4" aria-hidden />
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {skus.fields.length === 0 && <p className="p-4 text-center text-sm text-slate-500">{t("noSkus")}</p>}
        </ScrollBox>
        <Button variant="secondary" size="sm" onClick={addRow}>
          <Plus className="size-4" aria-hidden /> {t("addSku")}
        </Button>
      </Card>

      <ProductRulesFields control={control} register={register} errors={errors} />

      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => router.back()}>
          {tCommon("cancel")}
        </Button>
        <Button type="submit" pending={pending}>
          {id ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}

function PriceCells({ i, j, currency, register, errors }: { i: number; j: number; currency: string; register: ReturnType<typeof useForm<ProductFormInput>>["register"]; errors: unknown }) {
  const t = useTranslations("products.form");
  // Amounts are typed in the currency's major unit: whole yen, dollars and cents.
  const inputMode = knownCurrency(currency) && minorDigits(currency) === 0 ? "numeric" : "decimal";
  const w = errorAt(errors, `skus.${i}.prices.${j}.wholesalePrice`) ?? (j === 0 ? errorAt(errors, `skus.${i}.prices`) : undefined);
  const r = errorAt(errors, `skus.${i}.prices.${j}.retailPrice`);
  return (
    <>
      <td className="p-1 align-top">
        <Input aria-label={t("wholesaleCell", { currency, row: i + 1 })} inputMode={inputMode} invalid={Boolean(w)} className="h-9 min-w-24" {...register(`skus.${i}.prices.${j}.wholesalePrice`)} />
        <FieldError className="mt-1" message={w} />
      </td>
      <td className="p-1 align-top">
        <Input aria-label={t("retailCell", { currency, row: i + 1 })} inputMode={inputMode} invalid={Boolean(r)} className="h-9 min-w-24" {...register(`skus.${i}.prices.${j}.retailPrice`)} />
        <FieldError className="mt-1" message={r} />
      </td>
    </>
  );
}
