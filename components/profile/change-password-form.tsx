"use client";
// Change password on the profile page: the current one, then a new one under the one rule. Every
// other session of the user ends; this one stays signed in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { changePasswordAction, signOutOtherSessionsAction } from "@/lib/profile/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/profile/schemas";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("auth.profile");
  const router = useRouter();
  const { pending, run } = useAction();
  const empty = { email, currentPassword: "", password: "", confirmPassword: "" };
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: empty });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => changePasswordAction(values), {
      success: t("passwordChanged"),
      onSuccess: () => {
        form.reset(empty);
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("changePassword")} className="max-w-md space-y-4">
      <Field label={t("currentPassword")} error={errors.currentPassword?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="current-password" aria-describedby={describedBy} invalid={invalid} {...form.register("currentPassword")} />}
      </Field>
      <NewPasswordFields
        email={email}
        password={form.register("password")}
        confirmPassword={form.register("confirmPassword")}
        errors={{ password: errors.password?.message, confirmPassword: errors.confirmPassword?.message }}
        labels={{ password: t("newPassword"), confirmPassword: t("confirmPassword") }}
      />
      <Button type="submit" pending={pending}>
        {t("changePassword")}
      </Button>
    </form>
  );
}

export function SignOutOtherSessionsButton() {
  const t = useTranslations("auth.profile");
  const router = useRouter();
  const { pending, run } = useAction();
  return (
    <Button variant="secondary" pending={pending} onClick={() => run(() => signOutOtherSessionsAction({}), { success: t("signedOutOthers"), onSuccess: () => router.refresh() })}>
      {t("signOutOthers")}
    </Button>
  );
}
