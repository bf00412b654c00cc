"use client";
// General brand settings (home country decides Domestic vs International; language and time zone
// are how the brand's staff and link pages read dates and text) and add-ons.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyPrefixedErrors } from "@/components/catalogs/form-errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { useAction } from "@/lib/actions/use-action";
import { LOCALE_NAMES, localeOf } from "@/lib/i18n/locales";
import { updateAddOnsAction, updateBrandSettingsAction } from "@/lib/settings/actions";
import { BRAND_LANGUAGES, brandSettingsSchema, type BrandSettingsInput } from "@/lib/settings/schemas";

export function GeneralSettingsForm({ defaultValues, timeZones }: { defaultValues: BrandSettingsInput; timeZones: { value: string; label: string }[] }) {
  const t = useTranslations("settings.general");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<BrandSettingsInput>({ resolver: zodResolver(brandSettingsSchema), defaultValues });
  const { register, handleSubmit, formState, getValues } = form;
  const onSubmit = handleSubmit(() =>
    run(() => updateBrandSettingsAction(getValues()), { success: t("saved"), onSuccess: () => router.refresh(), onError: (r) => applyPrefixedErrors(form, r.fieldErrors, "") }),
  );
  return (
    <Card className="p-5">
      <h2 className="mb-4 text-base font-semibold">{t("title")}</h2>
      <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="grid gap-4 md:grid-cols-3">
        <Field label={t("brandName")} error={formState.errors.name?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("name")} />}
        </Field>
        <Field label={t("homeCountry")} hint={t("homeCountryHint")} error={formState.errors.homeCountry?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} maxLength={2} {...register("homeCountry")} />}
        </Field>
        <Field label={t("defaultCurrency")} hint={t("defaultCurrencyHint")} error={formState.errors.defaultCurrency?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} maxLength={3} {...register("defaultCurrency")} />}
        </Field>
        <Field label={t("language")} hint={t("languageHint")} error={formState.errors.language?.message}>
          {(p) => (
            <Select id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("language")}>
              {BRAND_LANGUAGES.map((language) => (
                <option key={language} value={language} lang={localeOf(language)}>
                  {LOCALE_NAMES[localeOf(language)]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("timeZone")} hint={t("timeZoneHint")} error={formState.errors.timeZone?.message} className="md:col-span-2">
          {(p) => (
            <Select id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("timeZone")}>
              {timeZones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="md:col-span-3">
          <Button type="submit" pending={pending}>
            {t("save")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function AddOnsForm({ stripeEnabled, nextEngineEnabled, keys }: { stripeEnabled: boolean; nextEngineEnabled: boolean; keys: { secretKey: boolean; webhookSecret: boolean } }) {
  const t = useTranslations("settings.addOns");
  const router = useRouter();
  const { pending, run } = useAction();
  const [values, setValues] = useState({ stripeEnabled, nextEngineEnabled });
  function save(next: typeof values) {
    const before = values;
    setValues(next);
    run(() => updateAddOnsAction(next), { success: t("saved"), onSuccess: () => router.refresh(), onError: () => setValues(before) });
  }
  const keyState = (configured: boolean) => (configured ? <Badge tone="green">{t("configured")}</Badge> : <Badge tone="amber">{t("notConfigured")}</Badge>);
  return (
    <Card className="space-y-5 p-5">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <div className="space-y-2">
        <Switch
          label={t("stripe")}
          description={t("stripeDescription")}
          checked={values.stripeEnabled}
          disabled={pending}
          onCheckedChange={(checked) => save({ ...values, stripeEnabled: checked })}
        />
        <p className="ml-14 flex flex-wrap gap-2 text-xs text-slate-600" data-testid="stripe-keys">
          {t("secretKey")} {keyState(keys.secretKey)}
          {t("webhookSecret")} {keyState(keys.webhookSecret)}
        </p>
      </div>
      <Switch
        label={t("nextEngine")}
        description={t("nextEngineDescription")}
        checked={values.nextEngineEnabled}
        disabled={pending}
        onCheckedChange={(checked) => save({ ...values, nextEngineEnabled: checked })}
      />
    </Card>
  );
}
