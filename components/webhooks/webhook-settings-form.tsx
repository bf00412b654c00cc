"use client";
// The brand's webhook settings: the inventory.low threshold and development mode (offered only
// where the server allows it).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { applyPrefixedErrors } from "@/components/catalogs/form-errors";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FieldError, Input } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { useAction } from "@/lib/actions/use-action";
import { updateWebhookSettingsAction } from "@/lib/webhooks/actions";
import { webhookSettingsSchema, type WebhookSettingsInput } from "@/lib/webhooks/schemas";

export function WebhookSettingsForm({ lowStockThreshold, developmentMode, developmentModeAllowed }: { lowStockThreshold: number; developmentMode: boolean; developmentModeAllowed: boolean }) {
  const t = useTranslations("webhooks.settings");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<WebhookSettingsInput>({ resolver: zodResolver(webhookSettingsSchema), defaultValues: { lowStockThreshold: String(lowStockThreshold), developmentMode } });
  const { register, handleSubmit, formState, getValues, control } = form;
  const onSubmit = handleSubmit(() =>
    run(() => updateWebhookSettingsAction(getValues()), { success: t("saved"), onSuccess: () => router.refresh(), onError: (r) => applyPrefixedErrors(form, r.fieldErrors, "") }),
  );
  return (
    <Card className="p-5">
      <h2 className="mb-4 text-base font-semibold">{t("title")}</h2>
      <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-4">
        <Field label={t("threshold")} hint={t("thresholdHint")} error={formState.errors.lowStockThreshold?.message} className="max-w-xs">
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} inputMode="numeric" {...register("lowStockThreshold")} />}
        </Field>
        {developmentModeAllowed ? (
          <div>
            <Controller
              control={control}
              name="developmentMode"
              render={({ field }) => <Switch label={t("developmentMode")} description={t("developmentModeDescription")} checked={field.value} onCheckedChange={field.onChange} />}
            />
            <FieldError message={formState.errors.developmentMode?.message} className="ml-14 mt-1" />
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("developmentModeUnavailable")}</p>
        )}
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}
