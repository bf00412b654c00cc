"use client";
// Customer Order Link login (email + password) of an offline buyer managed by this brand.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { setOfflineLoginAction } from "@/lib/buyers/actions";
import { offlineLoginSchema, type OfflineLoginInput } from "@/lib/buyers/schemas";

export function OfflineLoginForm({ buyerId, email, hasPassword }: { buyerId: string; email: string | null; hasPassword: boolean }) {
  const t = useTranslations("buyers.offlineLogin");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<OfflineLoginInput>({ resolver: zodResolver(offlineLoginSchema), defaultValues: { buyerId, linkLoginEmail: email ?? "", linkLoginPassword: "" } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => setOfflineLoginAction(values), {
      success: t("saved"),
      onSuccess: () => {
        form.reset({ buyerId, linkLoginEmail: values.linkLoginEmail, linkLoginPassword: "" });
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="grid gap-4 sm:grid-cols-2">
      <p className="text-sm text-slate-600 sm:col-span-2">
        {email && hasPassword ? t("isSet", { email }) : t("notSet")} {t("shared")}
      </p>
      <Field label={t("email")} error={errors.linkLoginEmail?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="email" aria-describedby={describedBy} invalid={invalid} {...form.register("linkLoginEmail")} />}
      </Field>
      <Field label={t("password")} error={errors.linkLoginPassword?.message} hint={t("passwordHint")}>
        {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} invalid={invalid} {...form.register("linkLoginPassword")} />}
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
