"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { submitPasscodeAction } from "@/lib/link-access/actions";
import { passcodeSchema, type PasscodeInput } from "@/lib/link-access/schemas";
import { FormError, useFormErrorText } from "./form-error";

export function PasscodeForm({ token }: { token: string }) {
  const t = useTranslations("linkPages.gate");
  const errorText = useFormErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const form = useForm<PasscodeInput>({ resolver: zodResolver(passcodeSchema), defaultValues: { passcode: "" } });
  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      setError(null);
      const result = await submitPasscodeAction(token, values);
      if (!result.ok) {
        setError(errorText(result));
        form.resetField("passcode");
        return;
      }
      router.refresh();
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={error} />
      <Field label={t("passcode")} error={form.formState.errors.passcode?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="off" autoFocus aria-describedby={describedBy} invalid={invalid} {...form.register("passcode")} />}
      </Field>
      <Button type="submit" className="w-full" pending={pending}>
        {t("continue")}
      </Button>
    </form>
  );
}
