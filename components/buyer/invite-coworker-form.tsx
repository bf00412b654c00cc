"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { inviteCoworkerAction } from "@/lib/buyer-app/actions";
import { inviteCoworkerSchema, type InviteCoworkerInput } from "@/lib/buyer-app/schemas";

export function InviteCoworkerForm() {
  const t = useTranslations("buyerApp");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<InviteCoworkerInput>({ resolver: zodResolver(inviteCoworkerSchema), defaultValues: { email: "", name: "" } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => inviteCoworkerAction(values), {
      success: (data) => (data.created ? t("invite.invited", { email: values.email }) : t("invite.added", { email: values.email })),
      onSuccess: () => {
        form.reset();
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("organization.inviteCoworker")} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
      <Field label={t("invite.name")} error={errors.name?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...form.register("name")} />}
      </Field>
      <Field label={t("invite.email")} error={errors.email?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="email" aria-describedby={describedBy} invalid={invalid} {...form.register("email")} />}
      </Field>
      <Button type="submit" pending={pending} className="sm:mt-6">
        {t("invite.invite")}
      </Button>
    </form>
  );
}
