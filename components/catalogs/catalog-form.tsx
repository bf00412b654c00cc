"use client";
// Create / edit a catalog: name, season, status (Open / Limited / Closed, with the buyers granted
// a Limited one), publication date, order deadline, catalog discount rate, and its own
// address-field, payment-method and shipping settings, and its minimum order value override.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useController, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/controls";
import { Field, FieldError, Input } from "@/components/ui/field";
import { MinimumOrderFields } from "@/components/settings/minimum-order-fields";
import { useAction } from "@/lib/actions/use-action";
import { saveCatalogAction } from "@/lib/catalogs/actions";
import { catalogFormSchema, type CatalogFormInput, type CatalogFormValues } from "@/lib/catalogs/schemas";
import type { MinimumOrderSetting } from "@/lib/order-rules/minimum-order-value";
import { BuyerPicker, type BuyerPickerOption } from "./buyer-picker";
import { CheckboxGroup } from "./checkbox-group";
import { applyPrefixedErrors } from "./form-errors";

/** "2027-01-10T09:00" in the browser's time zone, for datetime-local inputs. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function toIso(local: string | null | undefined): string {
  if (!local) return "";
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

/** A shipping rate group to offer: its name, currency and country (none: All Countries). */
type RateGroupOption = { id: string; label: string; currency: string; country: string | null };

export function CatalogForm({
  id,
  defaultValues,
  buyers,
  grantedBuyers,
  buyerLimit,
  rateGroups,
  stripeEnabled,
  brandMinimum,
}: {
  id?: string;
  defaultValues: Omit<CatalogFormInput, "publicationDate" | "orderDeadline"> & { publicationDate: string | null; orderDeadline: string | null };
  buyers: BuyerPickerOption[];
  grantedBuyers: BuyerPickerOption[];
  buyerLimit: number;
  rateGroups: RateGroupOption[];
  stripeEnabled: boolean;
  /** The brand's minimum order value, which blank rows inherit. */
  brandMinimum: MinimumOrderSetting;
}) {
  const t = useTranslations("catalogs.form");
  const tMinimum = useTranslations("orderRules.admin.minimumOrder");
  const tStatus = useTranslations("status.catalog");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<CatalogFormInput, unknown, CatalogFormValues>({
    resolver: zodResolver(catalogFormSchema),
    defaultValues: { ...defaultValues, publicationDate: toLocalInput(defaultValues.publicationDate), orderDeadline: toLocalInput(defaultValues.orderDeadline) },
  });
  const { register, handleSubmit, formState, getValues, control } = form;
  const errors = formState.errors;
  const status = useWatch({ control, name: "status" });
  const { field: buyerIds } = useController({ control, name: "buyerIds" });

  const onSubmit = handleSubmit(() => {
    const values = getValues();
    const catalog = { ...values, publicationDate: toIso(values.publicationDate as string), orderDeadline: toIso(values.orderDeadline as string) };
    run(() => saveCatalogAction({ id, catalog }), {
      success: id ? t("saved") : t("created"),
      onSuccess: (data) => (id ? router.refresh() : router.push(`/admin/catalogs/${data.id}`)),
      onError: (result) => applyPrefixedErrors(form, result.fieldErrors, "catalog"),
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="grid gap-4 p-5 md:grid-cols-2">
        <Field label={t("name")} error={errors.name?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("name")} />}
        </Field>
        <Field label={t("season")} hint={t("seasonHint")} error={errors.season?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("season")} />}
        </Field>
        <Field label={t("publicationDate")} hint={t("publicationDateHint")} error={errors.publicationDate?.message}>
          {(p) => <Input id={p.id} type="datetime-local" aria-describedby={p.describedBy} invalid={p.invalid} {...register("publicationDate")} />}
        </Field>
        <Field label={t("orderDeadline")} hint={t("orderDeadlineHint")} error={errors.orderDeadline?.message}>
          {(p) => <Input id={p.id} type="datetime-local" aria-describedby={p.describedBy} invalid={p.invalid} {...register("orderDeadline")} />}
        </Field>
        <Field label={t("discountRate")} hint={t("discountRateHint")} error={errors.discountRate?.message}>
          {(p) => <Input id={p.id} inputMode="decimal" aria-describedby={p.describedBy} invalid={p.invalid} {...register("discountRate")} />}
        </Field>
      </Card>

      <Card className="space-y-3 p-5">
        <fieldset>
          <legend className="text-base font-semibold">{t("status")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {(["OPEN", "LIMITED", "CLOSED"] as const).map((value) => (
              <label key={value} className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" value={value} className="mt-1 accent-brand-600" {...register("status")} />
                <span>
                  <span className="block text-sm font-medium">{tStatus(value)}</span>
                  <span className="block text-xs text-slate-600">{t(`statusHint.${value}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {status === "LIMITED" && (
          <fieldset aria-describedby={errors.buyerIds ? "buyer-error" : undefined}>
            <legend className="text-sm font-medium text-slate-700">{t("buyers")}</legend>
            {buyers.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">{t("noBuyers")}</p>
            ) : (
              <BuyerPicker value={buyerIds.value ?? []} onChange={buyerIds.onChange} onBlur={buyerIds.onBlur} initial={buyers} granted={grantedBuyers} limit={buyerLimit} />
            )}
            <FieldError id="buyer-error" className="mt-1" message={errors.buyerIds?.message} />
          </fieldset>
        )}
      </Card>

      <Card className="grid gap-4 p-5 md:grid-cols-2">
        <Field label={t("addressField")} hint={t("addressFieldHint")} error={errors.addressField?.message}>
          {(p) => (
            <Select id={p.id} aria-describedby={p.describedBy} {...register("addressField")}>
              <option value="SHOW">{t("addressShow")}</option>
              <option value="HIDE">{t("addressHide")}</option>
            </Select>
          )}
        </Field>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">{t("paymentMethods")}</legend>
          <CheckboxGroup
            control={control}
            name="paymentMethods"
            className="mt-2 flex flex-col gap-2"
            options={[
              { value: "PAY_OUTSIDE_APP", label: t("payOutsideApp") },
              { value: "STRIPE_CARD", label: stripeEnabled ? t("stripeCard") : t("stripeCardOff"), disabled: !stripeEnabled },
            ]}
          />
          <FieldError className="mt-1" message={errors.paymentMethods?.message} />
        </fieldset>
        <fieldset className="md:col-span-2">
          <legend className="text-sm font-medium text-slate-700">{t("rateGroups")}</legend>
          {rateGroups.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">{t("noRateGroups")}</p>
          ) : (
            <CheckboxGroup control={control} name="shippingRateGroupIds" className="mt-2 grid gap-2 sm:grid-cols-2" options={rateGroups.map((g) => ({
                value: g.id,
                label: (
                  <>
                    {g.label}
                    <span className="text-xs text-slate-500"> · {t("rateGroupHint", { currency: g.currency, country: g.country ?? t("allCountries") })}</span>
                  </>
                ),
              }))} />
          )}
          <FieldError className="mt-1" message={errors.shippingRateGroupIds?.message} />
        </fieldset>
      </Card>

      <Card className="space-y-3 p-5">
        <div>
          <h2 className="text-base font-semibold">{tMinimum("title")}</h2>
          <p className="text-sm text-slate-600">{tMinimum("catalogDescription")}</p>
        </div>
        <MinimumOrderFields currencies={(defaultValues.minimumOrder ?? []).map((r) => r.currency)} register={register} errors={errors} inherited={brandMinimum} />
      </Card>

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
