"use client";
// The new-password pair of every form that sets a password (invitations, reset and set-up links,
// the profile page), with the rule as its hint, and the account's address for password managers.
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

export function NewPasswordFields(props: {
  email: string;
  password: UseFormRegisterReturn;
  confirmPassword: UseFormRegisterReturn;
  errors: { password?: string; confirmPassword?: string };
  labels: { password: string; confirmPassword: string };
}) {
  const t = useTranslations("auth.password");
  return (
    <>
      {/* Lets password managers save the new password under the account's address. */}
      <input type="email" name="username" autoComplete="username" value={props.email} readOnly hidden />
      <Field label={props.labels.password} hint={t("hint", { min: PASSWORD_MIN_LENGTH })} error={props.errors.password}>
        {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} invalid={invalid} {...props.password} />}
      </Field>
      <Field label={props.labels.confirmPassword} error={props.errors.confirmPassword}>
        {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} invalid={invalid} {...props.confirmPassword} />}
      </Field>
    </>
  );
}
