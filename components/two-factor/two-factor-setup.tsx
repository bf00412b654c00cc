"use client";
// Setting up two-factor authentication: start (a new secret), scan the QR code or type the key into
// an authenticator app, confirm with the code it shows; then the recovery codes, shown once.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { beginTwoFactorSetupAction, confirmTwoFactorSetupAction } from "@/lib/auth/two-factor/actions";
import { confirmTwoFactorSchema, type ConfirmTwoFactorInput } from "@/lib/auth/two-factor/schemas";
import type { TwoFactorSetup as Setup } from "@/lib/auth/two-factor/setup";
import { RecoveryCodes } from "./recovery-codes";

/** alreadyOn: the page found 2FA on (it stays mounted through a re-render, so codes just shown stay). */
export function TwoFactorSetup({ continueHref, alreadyOn }: { continueHref: string; alreadyOn: boolean }) {
  const t = useTranslations("auth.twoFactor");
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const begin = useAction();
  const confirm = useAction();
  const form = useForm<ConfirmTwoFactorInput>({ resolver: zodResolver(confirmTwoFactorSchema), defaultValues: { code: "" } });

  if (codes) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t("enabled")}
        </p>
        <RecoveryCodes codes={codes}>
          <Link href={continueHref} className="inline-flex h-8 items-center rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700">
            {t("continue")}
          </Link>
        </RecoveryCodes>
      </div>
    );
  }

  if (alreadyOn) {
    return (
      <div className="space-y-3 text-sm">
        <p>{t("alreadyOn")}</p>
        <Link href={continueHref} className="font-medium text-brand-700 hover:underline">
          {t("continue")}
        </Link>
      </div>
    );
  }

  if (!setup) {
    return (
      <Button className="w-full" pending={begin.pending} onClick={() => begin.run(() => beginTwoFactorSetupAction({}), { onSuccess: setSetup })}>
        {t("start")}
      </Button>
    );
  }

  const onSubmit = form.handleSubmit((values) =>
    confirm.run(() => confirmTwoFactorSetupAction(values), {
      onSuccess: (data) => setCodes(data.recoveryCodes),
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
      <img src={setup.qr} alt={t("qrAlt")} className="mx-auto size-48 rounded border border-slate-200" data-testid="two-factor-qr" />
      <div className="text-sm">
        <p className="text-slate-600">{t("manualKey")}</p>
        <code className="mt-1 block rounded bg-slate-50 px-2 py-1 text-center font-mono tracking-wide wrap-anywhere" data-testid="two-factor-key">
          {setup.key}
        </code>
      </div>
      <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-3">
        <Field label={t("confirmCode")} hint={t("confirmHint")} error={form.formState.errors.code?.message}>
          {({ id, describedBy, invalid }) => (
            <Input id={id} autoComplete="one-time-code" inputMode="numeric" aria-describedby={describedBy} invalid={invalid} data-testid="two-factor-confirm-code" {...form.register("code")} />
          )}
        </Field>
        <Button type="submit" className="w-full" pending={confirm.pending}>
          {t("turnOn")}
        </Button>
      </form>
    </div>
  );
}
