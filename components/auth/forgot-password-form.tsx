"use client";
// Asks for the account's address; the answer is the same whether or not it has an account.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { forgotPasswordAction } from "@/lib/auth/actions";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/auth/schemas";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgotPassword");
  const [sent, setSent] = useState<{ email: string; minutes: number } | null>(null);
  const { pending, run } = useAction();
  const form = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const onSubmit = form.handleSubmit((values) =>
    run(() => forgotPasswordAction(values), { onSuccess: setSent, onError: (result) => applyFieldErrors(form, result.fieldErrors) }),
  );
  if (sent) {
    return (
      <p role="status" data-testid="reset-requested" className="text-sm text-slate-700">
        {t("sent", { email: sent.email, minutes: sent.minutes })}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-4">
      <Field label={t("email")} error={form.formState.errors.email?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="email" autoComplete="email" aria-describedby={describedBy} invalid={invalid} {...form.register("email")} />}
      </Field>
      <Button type="submit" className="w-full" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
