"use client";
// The sign-in form's second step for a user with two-factor authentication: a code from the
// authenticator app, or one of the recovery codes in its place, and "Remember this device for 30
// days" (off unless ticked). E-mail and password stay in the form and are sent again with the code.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import type { SignInWithCodeInput } from "@/lib/auth/two-factor/schemas";

export function TwoFactorStep({ form, pending, onStartOver }: { form: UseFormReturn<SignInWithCodeInput>; pending: boolean; onStartOver: () => void }) {
  const t = useTranslations("auth.signIn");
  const [recovery, setRecovery] = useState(false);
  const error = form.formState.errors.code?.message;
  return (
    <div className="space-y-4" data-testid="two-factor-step">
      <div>
        <h2 className="text-base font-semibold">{t("twoFactorTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{recovery ? t("recoveryPrompt") : t("twoFactorPrompt")}</p>
      </div>
      <Field label={recovery ? t("recoveryCode") : t("code")} error={error}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            autoFocus
            autoComplete="one-time-code"
            inputMode={recovery ? "text" : "numeric"}
            spellCheck={false}
            aria-describedby={describedBy}
            invalid={invalid}
            data-testid="two-factor-code"
            {...form.register("code")}
          />
        )}
      </Field>
      <div>
        <Checkbox label={t("rememberDevice")} data-testid="remember-device" {...form.register("rememberDevice")} />
        <p className="ml-6 text-xs text-slate-500">{t("rememberDeviceHint")}</p>
      </div>
      <Button type="submit" className="w-full" pending={pending}>
        {t("verify")}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button
          type="button"
          className="text-brand-700 hover:underline"
          onClick={() => {
            setRecovery(!recovery);
            form.setValue("code", "");
            form.clearErrors("code");
          }}
        >
          {recovery ? t("useAuthenticator") : t("useRecoveryCode")}
        </button>
        <button type="button" className="text-slate-600 hover:underline" onClick={onStartOver}>
          {t("startOver")}
        </button>
      </div>
    </div>
  );
}
