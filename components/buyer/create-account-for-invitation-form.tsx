"use client";
// An invited address with no account answers a brand's invitation: the account (name, password)
// and its shop (company name, country), then signed in to the Buyer App on the brand's page.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { acceptInvitationWithAccountAction } from "@/lib/buyers/invitation-actions";
import { acceptInvitationWithAccountSchema, type AcceptInvitationWithAccountInput } from "@/lib/buyers/schemas";

export function CreateAccountForInvitationForm({ token, email, brandName }: { token: string; email: string; brandName: string }) {
  const t = useTranslations("auth.buyerInvitation");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<AcceptInvitationWithAccountInput>({
    resolver: zodResolver(acceptInvitationWithAccountSchema),
    defaultValues: { token, email, name: "", password: "", confirmPassword: "", organizationName: "", organizationCountry: "" },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => acceptInvitationWithAccountAction(values), {
      success: t("connected", { brand: brandName }),
      onSuccess: (data) => {
        router.replace(data.redirectTo);
        router.refresh();
      },
      onError: (result) => {
        applyFieldErrors(form, result.fieldErrors);
        if (result.code === "NOT_FOUND" || result.code === "ACCOUNT_EXISTS") router.refresh();
      },
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-4">
      <Field label={t("name")} error={errors.name?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} autoComplete="name" aria-describedby={describedBy} invalid={invalid} {...form.register("name")} />}
      </Field>
      <NewPasswordFields
        email={email}
        password={form.register("password")}
        confirmPassword={form.register("confirmPassword")}
        errors={{ password: errors.password?.message, confirmPassword: errors.confirmPassword?.message }}
        labels={{ password: t("password"), confirmPassword: t("confirmPassword") }}
      />
      <Field label={t("companyName")} error={errors.organizationName?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} autoComplete="organization" aria-describedby={describedBy} invalid={invalid} {...form.register("organizationName")} />}
      </Field>
      <Field label={t("country")} hint={t("countryHint")} error={errors.organizationCountry?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} maxLength={2} aria-describedby={describedBy} invalid={invalid} {...form.register("organizationCountry")} />}
      </Field>
      <Button type="submit" className="w-full" pending={pending}>
        {t("createAndAccept")}
      </Button>
    </form>
  );
}
