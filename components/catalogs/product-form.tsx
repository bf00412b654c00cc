"use client";
// Create / edit a product with its SKU matrix: colours x sizes generate one SKU each (existing
// rows are kept), each with its code, stock (new SKUs only) and prices per currency.
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, Trash2, Wand2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { ScrollBox } from "@/components/ui/scroll-box";
import { useAction } from "@/lib/actions/use-action";
import { saveProductAction } from "@/lib/products/actions";
import { productFormSchema, skuCodeFor, splitList, type ProductFormInput, type ProductFormValues } from "@/lib/products/schemas";
import { applyPrefixedErrors, errorAt } from "./form-errors";

type Sku = ProductFormInput["skus"][number];

export function ProductForm({ id, defaultValues }: { id?: string; defaultValues: ProductFormInput }) {
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
      success: id ? "Product saved." : "Product created.",
      onSuccess: (data) => (id ? router.refresh() : router.push(`/admin/products/${data.id}`)),
      onError: (result) => applyPrefixedErrors(form, result.fieldErrors, "product"),
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="grid gap-4 p-5 md:grid-cols-2">
        <Field label="Product ID / model number" error={errors.productCode?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("productCode")} />}
        </Field>
        <Field label="Product name" error={errors.name?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("name")} />}
        </Field>
        <Field label="Delivery name" hint="Printed on delivery documents; orders cannot be released without it." error={errors.deliveryName?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("deliveryName")} />}
        </Field>
        <Field label="Product discount rate (%)" hint="Percent off wholesale everywhere; blank for none. A catalog's own rate for this product wins." error={errors.discountRate?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} inputMode="decimal" {...register("discountRate")} />}
        </Field>
        <Field label="Description" className="md:col-span-2" error={errors.description?.message}>
          {(p) => <Textarea id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("description")} />}
        </Field>
      </Card>

      <Card className="space-y-4 p-5">
        <h2 className="text-base font-semibold">SKUs</h2>
        <div className="grid gap-4 md:grid-cols-[1fr_1fr_1fr_auto] md:items-end">
          <Field label="Colours" hint="Comma-separated, e.g. Navy, Ivory">
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} value={colors} onChange={(e) => setColors(e.target.value)} />}
          </Field>
          <Field label="Sizes" hint="Comma-separated, e.g. S, M, L">
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} value={sizes} onChange={(e) => setSizes(e.target.value)} />}
          </Field>
          <Field label="Currencies" hint="Wholesale prices per currency, e.g. JPY, USD" error={errors.currencies?.message ?? errorAt(errors, "currencies.0")}>
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} value={currencyText} onChange={(e) => setCurrencyText(e.target.value)} onBlur={applyCurrencies} />}
          </Field>
          <Button variant="secondary" onClick={() => { applyCurrencies(); generate(); }} className="mb-5">
            <Wand2 className="size-4" aria-hidden /> Generate SKUs
          </Button>
        </div>
        {errorAt(errors, "skus") && <p className="text-sm text-red-600" data-testid="field-error">{errorAt(errors, "skus")}</p>}
        <ScrollBox className="relative overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="sku-table">
            <thead>
              <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
                <th className="p-2">Colour</th>
                <th className="p-2">Size</th>
                <th className="p-2">SKU code</th>
                <th className="p-2">Stock</th>
                {currencies.map((c) => (
                  <th key={c} className="p-2" colSpan={2}>
                    Wholesale / retail ({c})
                  </th>
                ))}
                <th className="p-2"><span className="sr-only">Remove</span></th>
              </tr>
            </thead>
            <tbody>
              {skus.fields.map((field, i) => {
                const existing = Boolean(field.id && getValues(`skus.${i}.id`));
                const cell = (name: string, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}, width = "min-w-20") => {
                  const message = errorAt(errors, `skus.${i}.${name}`);
                  return (
                    <td className="p-1 align-top">
                      <Input aria-label={`${label}, row ${i + 1}`} invalid={Boolean(message)} className={`h-9 ${width}`} {...extra} {...register(`skus.${i}.${name}` as never)} />
                      {message && <p className="mt-1 text-xs text-red-600" data-testid="field-error">{message}</p>}
                    </td>
                  );
                };
                return (
                  <tr key={field.id} className="border-t border-slate-100">
                    {cell("color", "Colour", {}, "min-w-28")}
                    {cell("size", "Size", {}, "min-w-16")}
                    {cell("code", "SKU code", {}, "min-w-48 font-mono text-xs")}
                    {existing ? (
                      <td className="p-2 align-top tabular-nums text-slate-600" title="Change stock with Adjust stock below">{getValues(`skus.${i}.stockQuantity`) as number}</td>
                    ) : (
                      cell("stockQuantity", "Stock", { inputMode: "numeric" })
                    )}
                    {currencies.map((c, j) => (
                      <PriceCells key={c} i={i} j={j} currency={c} register={register} errors={errors} />
                    ))}
                    <td className="p-1 align-top">
                      <Button variant="ghost" size="sm" aria-label={`Remove SKU row ${i + 1}`} onClick={() => skus.remove(i)}>
                        <Trash2 className="size-4" aria-hidden />
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {skus.fields.length === 0 && <p className="p-4 text-center text-sm text-slate-500">Enter colours and sizes, then Generate SKUs.</p>}
        </ScrollBox>
        <Button variant="secondary" size="sm" onClick={addRow}>
          <Plus className="size-4" aria-hidden /> Add SKU
        </Button>
      </Card>

      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {id ? "Save product" : "Create product"}
        </Button>
      </div>
    </form>
  );
}

function PriceCells({ i, j, currency, register, errors }: { i: number; j: number; currency: string; register: ReturnType<typeof useForm<ProductFormInput>>["register"]; errors: unknown }) {
  const w = errorAt(errors, `skus.${i}.prices.${j}.wholesalePrice`) ?? (j === 0 ? errorAt(errors, `skus.${i}.prices`) : undefined);
  const r = errorAt(errors, `skus.${i}.prices.${j}.retailPrice`);
  return (
    <>
      <td className="p-1 align-top">
        <Input aria-label={`Wholesale price (${currency}), row ${i + 1}`} inputMode="decimal" invalid={Boolean(w)} className="h-9 min-w-24" {...register(`skus.${i}.prices.${j}.wholesalePrice`)} />
        {w && <p className="mt-1 text-xs text-red-600" data-testid="field-error">{w}</p>}
      </td>
      <td className="p-1 align-top">
        <Input aria-label={`Retail price (${currency}), row ${i + 1}`} inputMode="decimal" invalid={Boolean(r)} className="h-9 min-w-24" {...register(`skus.${i}.prices.${j}.retailPrice`)} />
        {r && <p className="mt-1 text-xs text-red-600" data-testid="field-error">{r}</p>}
      </td>
    </>
  );
}
