"use client";
// Renewing recovery codes or turning two-factor authentication off, after the password or a
// current code from the app.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { RecoveryCodes } from "@/components/two-factor/recovery-codes";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { disableTwoFactorAction, renewRecoveryCodesAction } from "@/lib/auth/two-factor/actions";
import { confirmIdentitySchema, type ConfirmIdentityInput } from "@/lib/auth/two-factor/schemas";

export function TwoFactorManage() {
  const t = useTranslations("auth.twoFactor.section");
  const router = useRouter();
  const { pending, run } = useAction();
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useForm<ConfirmIdentityInput>({ resolver: zodResolver(confirmIdentitySchema), defaultValues: { confirmation: "" } });
  const onError = (result: { fieldErrors?: Record<string, string> }) => applyFieldErrors(form, result.fieldErrors);

  const renew = form.handleSubmit((values) =>
    run(() => renewRecoveryCodesAction(values), {
      success: t("renewed"),
      onSuccess: (data) => {
        form.reset();
        setCodes(data.recoveryCodes);
      },
      onError,
    }),
  );
  const turnOff = form.handleSubmit((values) =>
    run(() => disableTwoFactorAction(values), {
      success: t("turnedOff"),
      onSuccess: () => {
        form.reset();
        router.refresh();
      },
      onError,
    }),
  );

  return (
    <div className="space-y-4">
      {codes && <RecoveryCodes codes={codes} />}
      <form onSubmit={renew} noValidate aria-label={t("title")} className="flex flex-wrap items-start gap-3">
        <Field label={t("confirm")} hint={t("confirmHint")} error={form.formState.errors.confirmation?.message} className="min-w-56 flex-1">
          {({ id, describedBy, invalid }) => (
            <Input id={id} type="password" autoComplete="current-password" aria-describedby={describedBy} invalid={invalid} data-testid="two-factor-confirmation" {...form.register("confirmation")} />
          )}
        </Field>
        <div className="mt-6 flex gap-2">
          <Button type="submit" variant="secondary" pending={pending}>
            {t("renew")}
          </Button>
          <Button variant="danger" pending={pending} onClick={turnOff}>
            {t("turnOff")}
          </Button>
        </div>
      </form>
    </div>
  );
}
