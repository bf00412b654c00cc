"use client";
// The product form's Order rules section: minimums per product and per SKU, case pack, maximum,
// sale mode and the prepack editor (packs of size × units, sizes offered from the product's SKUs).
// Validated by the same schema as the rest of the form (lib/order-rules/schemas via lib/products).
import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/controls";
import { Field, FieldError, Input } from "@/components/ui/field";
import { PRODUCT_SALE_MODES } from "@/lib/products/sale-modes";
import type { ProductFormInput } from "@/lib/products/schemas";
import { errorAt } from "./form-errors";

type Props = { control: Control<ProductFormInput, unknown, unknown>; register: UseFormRegister<ProductFormInput>; errors: FieldErrors<ProductFormInput> };

const COUNT_FIELDS = ["minQuantity", "minQuantityPerSku", "orderMultiple", "maxQuantity"] as const;

export function ProductRulesFields({ control, register, errors }: Props) {
  const t = useTranslations("products.form.rules");
  const tMode = useTranslations("products.saleModes");
  const packs = useFieldArray({ control, name: "rules.prepacks" });
  const saleMode = useWatch({ control, name: "rules.saleMode" }) ?? "SINGLES";
  const skus = useWatch({ control, name: "skus" });
  const sizes = [...new Set((skus ?? []).map((s) => s.size.trim()).filter(Boolean))];

  function addPack() {
    packs.append({ name: "", sizes: sizes.map((size) => ({ size, quantity: 1 })) });
  }

  return (
    <Card className="space-y-5 p-5" data-testid="order-rules">
      <div>
        <h2 className="text-base font-semibold">{t("title")}</h2>
        <p className="text-sm text-slate-600">{t("description")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {COUNT_FIELDS.map((name) => (
          <Field key={name} label={t(name)} hint={t(`${name}Hint`)} error={errorAt(errors, `rules.${name}`)}>
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} inputMode="numeric" {...register(`rules.${name}`)} />}
          </Field>
        ))}
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("saleMode")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {PRODUCT_SALE_MODES.map((mode) => (
            <label key={mode} className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" value={mode} className="mt-1 accent-brand-600" {...register("rules.saleMode")} />
              <span>
                <span className="block text-sm font-medium">{tMode(mode)}</span>
                <span className="block text-xs text-slate-600">{t(`saleModeHint.${mode}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {(saleMode !== "SINGLES" || packs.fields.length > 0) && (
        <section aria-labelledby="prepacks-heading" className="space-y-3">
          <div>
            <h3 id="prepacks-heading" className="text-sm font-semibold">{t("prepacks")}</h3>
            <p className="text-xs text-slate-600">{sizes.length ? t("prepacksHint") : t("noSizes")}</p>
          </div>
          {packs.fields.map((field, i) => (
            <PrepackEditor key={field.id} index={i} sizes={sizes} control={control} register={register} errors={errors} onRemove={() => packs.remove(i)} />
          ))}
          <FieldError message={errorAt(errors, "rules.prepacks")} />
          <Button variant="secondary" size="sm" onClick={addPack}>
            <Plus className="size-4" aria-hidden /> {t("addPack")}
          </Button>
        </section>
      )}
    </Card>
  );
}

function PrepackEditor({ index, sizes, control, register, errors, onRemove }: Props & { index: number; sizes: string[]; onRemove: () => void }) {
  const t = useTranslations("products.form.rules");
  const rows = useFieldArray({ control, name: `rules.prepacks.${index}.sizes` });
  const values = useWatch({ control, name: `rules.prepacks.${index}.sizes` }) ?? [];
  const units = values.reduce((sum, row) => sum + (Number(row?.quantity) > 0 ? Math.floor(Number(row.quantity)) : 0), 0);
  const n = index + 1;
  const nameError = errorAt(errors, `rules.prepacks.${index}.name`);
  return (
    <div className="space-y-3 rounded-md border border-slate-200 p-4" data-testid="prepack">
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t("packName", { n })} error={nameError} className="min-w-48 flex-1">
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} placeholder={t("packNamePlaceholder")} {...register(`rules.prepacks.${index}.name`)} />}
        </Field>
        <p className="mb-2 text-sm text-slate-600" data-testid="units-per-pack">{t("unitsPerPack", { units })}</p>
        <Button variant="ghost" size="sm" className="mb-1" onClick={onRemove}>
          <Trash2 className="size-4" aria-hidden /> {t("removePack", { n })}
        </Button>
      </div>
      <table className="text-sm">
        <thead>
          <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
            <th className="p-1">{t("size")}</th>
            <th className="p-1">{t("units")}</th>
            <th className="p-1"><span className="sr-only">{t("remove")}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.fields.map((row, j) => {
            const current = values[j]?.size ?? "";
            const options = current && !sizes.includes(current) ? [current, ...sizes] : sizes;
            const sizeError = errorAt(errors, `rules.prepacks.${index}.sizes.${j}.size`);
            const quantityError = errorAt(errors, `rules.prepacks.${index}.sizes.${j}.quantity`);
            return (
              <tr key={row.id}>
                <td className="p-1 align-top">
                  <Select aria-label={t("sizeCell", { n, row: j + 1 })} invalid={Boolean(sizeError)} className="h-9 min-w-24" {...register(`rules.prepacks.${index}.sizes.${j}.size`)}>
                    <option value="">{t("chooseSize")}</option>
                    {options.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </Select>
                  <FieldError className="mt-1" message={sizeError} />
                </td>
                <td className="p-1 align-top">
                  <Input aria-label={t("unitsCell", { n, row: j + 1 })} inputMode="numeric" invalid={Boolean(quantityError)} className="h-9 w-24" {...register(`rules.prepacks.${index}.sizes.${j}.quantity`)} />
                  <FieldError className="mt-1" message={quantityError} />
                </td>
                <td className="p-1 align-top">
                  <Button variant="ghost" size="sm" aria-label={t("removeSize", { n, row: j + 1 })} onClick={() => rows.remove(j)}>
                    <Trash2 className="size-4" aria-hidden />
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FieldError message={errorAt(errors, `rules.prepacks.${index}.sizes`)} />
      <Button variant="secondary" size="sm" onClick={() => rows.append({ size: sizes.find((s) => !values.some((v) => v?.size === s)) ?? "", quantity: 1 })}>
        <Plus className="size-4" aria-hidden /> {t("addSize")}
      </Button>
    </div>
  );
}
