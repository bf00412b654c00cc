"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/lib/actions/use-action";
import { signInAction } from "@/lib/auth/actions";
import { signInWithCodeSchema, type SignInWithCodeInput } from "@/lib/auth/two-factor/schemas";
import { msg } from "@/lib/i18n/message-text";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { TwoFactorStep } from "./two-factor-step";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  // A user with two-factor authentication is asked for a code once the password is right.
  const [step, setStep] = useState<"password" | "code">("password");
  const [pending, startTransition] = useTransition();
  const form = useForm<SignInWithCodeInput>({ resolver: zodResolver(signInWithCodeSchema), defaultValues: { email: "", password: "", code: "", rememberDevice: false } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(null);
      if (step === "code" && !values.code?.trim()) {
        form.setError("code", { message: msg("auth.errors.enterCode") });
        return;
      }
      const result = await signInAction({ ...values, code: step === "code" ? values.code : undefined, callbackUrl });
      if (!result.ok) {
        if (result.code === "TWO_FACTOR_REQUIRED") return setStep("code");
        if (result.code === "TWO_FACTOR_INVALID") return applyFieldErrors(form, result.fieldErrors);
        setFormError(result.message);
        return;
      }
      router.replace(result.data.redirectTo);
      router.refresh();
    }),
  );

  const startOver = () => {
    form.reset({ email: "", password: "", code: "", rememberDevice: false });
    setFormError(null);
    setStep("password");
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && (
        <div role="status" data-testid="signin-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </div>
      )}
      {step === "code" ? (
        <TwoFactorStep form={form} pending={pending} onStartOver={startOver} />
      ) : (
        <>
          <Field label={t("email")} error={errors.email?.message}>
            {({ id, describedBy, invalid }) => (
              <Input id={id} type="email" autoComplete="email" aria-describedby={describedBy} invalid={invalid} {...form.register("email")} />
            )}
          </Field>
          <Field label={t("password")} error={errors.password?.message}>
            {({ id, describedBy, invalid }) => (
              <Input id={id} type="password" autoComplete="current-password" aria-describedby={describedBy} invalid={invalid} {...form.register("password")} />
            )}
          </Field>
          <Button type="submit" className="w-full" pending={pending}>
            {t("submit")}
          </Button>
        </>
      )}
    </form>
  );
}
