"use client";
// A Shipping Rate Group: currency, All Countries or one country, and its rates with conditions
// on the order amount (min / max), fees excluding tax.
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { applyPrefixedErrors, errorAt } from "@/components/catalogs/form-errors";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FieldError, Input } from "@/components/ui/field";
import { useAction } from "@/lib/actions/use-action";
import { saveRateGroupAction } from "@/lib/shipping-rates/actions";
import { rateGroupFormSchema, type RateGroupFormInput, type RateGroupFormValues } from "@/lib/shipping-rates/schemas";

export function RateGroupForm({ id, defaultValues }: { id?: string; defaultValues: RateGroupFormInput }) {
  const t = useTranslations("settings.shippingRates.form");
  const common = useTranslations("common");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<RateGroupFormInput, unknown, RateGroupFormValues>({ resolver: zodResolver(rateGroupFormSchema), defaultValues });
  const { register, handleSubmit, formState, control, getValues } = form;
  const rates = useFieldArray({ control, name: "rates" });
  const errors = formState.errors;
  const currency = useWatch({ control, name: "currency" });
  const onSubmit = handleSubmit(() =>
    run(() => saveRateGroupAction({ id, group: getValues() }), {
      success: id ? t("saved") : t("created"),
      onSuccess: () => {
        router.push("/admin/settings/shipping-rates");
        router.refresh();
      },
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, "group"),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="grid gap-4 p-5 md:grid-cols-3">
        <Field label={t("groupName")} error={errors.name?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("name")} />}
        </Field>
        <Field label={t("currency")} hint={t("currencyHint")} error={errors.currency?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} maxLength={3} {...register("currency")} />}
        </Field>
        <Field label={t("country")} hint={t("countryHint")} error={errors.country?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} maxLength={2} placeholder={t("countryPlaceholder")} {...register("country")} />}
        </Field>
      </Card>
      <Card className="space-y-3 p-5">
        <h2 className="text-base font-semibold">{t("rates")}</h2>
        <p className="text-sm text-slate-600">{t("ratesHint")}</p>
        <FieldError message={errorAt(errors, "rates")} />
        <div className="space-y-3">
          {rates.fields.map((field, i) => (
            <fieldset key={field.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-start">
              <legend className="sr-only">{t("rateLegend", { number: i + 1 })}</legend>
              {(
                [
                  ["name", t("rateName")],
                  ["minAmount", t("minAmount", { currency: currency || t("noCurrency") })],
                  ["maxAmount", t("maxAmount", { currency: currency || t("noCurrency") })],
                  ["fee", t("fee", { currency: currency || t("noCurrency") })],
                ] as const
              ).map(([name, label]) => (
                <Field key={name} label={label} error={errorAt(errors, `rates.${i}.${name}`)}>
                  {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} inputMode={name === "name" ? undefined : "decimal"} {...register(`rates.${i}.${name}`)} />}
                </Field>
              ))}
              <Button variant="ghost" size="sm" className="sm:mt-6" aria-label={t("removeRate", { number: i + 1 })} onClick={() => rates.remove(i)} disabled={rates.fields.length === 1}>
                <Trash2 className="size-4" aria-hidden />
              </Button>
            </fieldset>
          ))}
        </div>
        <Button variant="secondary" size="sm" onClick={() => rates.append({ name: "", minAmount: "", maxAmount: "", fee: "" })}>
          <Plus className="size-4" aria-hidden /> {t("addRate")}
        </Button>
      </Card>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => router.back()}>
          {common("cancel")}
        </Button>
        <Button type="submit" pending={pending}>
          {id ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
