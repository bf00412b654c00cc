"use client";
// The page a password link opens: a new password under the one rule, and a name when the link
// sets up a new account. Then signed in, or sent to sign in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { resetPasswordAction } from "@/lib/auth/actions";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/auth/schemas";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token, email, setupName }: { token: string; email: string; /** The suggested name of a new account; null for a reset. */ setupName: string | null }) {
  const t = useTranslations("auth.resetPassword");
  const router = useRouter();
  const { pending, run } = useAction();
  const setup = setupName !== null;
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, email, name: setupName ?? undefined, password: "", confirmPassword: "" },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => resetPasswordAction(values), {
      success: t("saved"),
      onSuccess: (data) => {
        router.replace(data.redirectTo);
        router.refresh();
      },
      onError: (result) => {
        applyFieldErrors(form, result.fieldErrors);
        if (result.code === "NOT_FOUND") router.refresh();
      },
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={setup ? t("setupTitle") : t("title")} className="space-y-4">
      {setup && (
        <Field label={t("name")} error={errors.name?.message}>
          {({ id, describedBy, invalid }) => <Input id={id} autoComplete="name" aria-describedby={describedBy} invalid={invalid} {...form.register("name")} />}
        </Field>
      )}
      <NewPasswordFields
        email={email}
        password={form.register("password")}
        confirmPassword={form.register("confirmPassword")}
        errors={{ password: errors.password?.message, confirmPassword: errors.confirmPassword?.message }}
        labels={{ password: t("password"), confirmPassword: t("confirmPassword") }}
      />
      <Button type="submit" className="w-full" pending={pending}>
        {setup ? t("setupSubmit") : t("submit")}
      </Button>
    </form>
  );
}
