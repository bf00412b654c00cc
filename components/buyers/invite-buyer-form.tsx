"use client";
// Invite a buyer by email with the trading terms the connection will start with. When an
// organization already uses the email, it is offered the connection instead.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { inviteBuyerAction } from "@/lib/buyers/actions";
import { inviteBuyerSchema, type InviteBuyerInput } from "@/lib/buyers/schemas";
import { TradingTermsFields } from "./trading-terms-fields";

export function InviteBuyerForm({ currency }: { currency: string }) {
  const t = useTranslations("buyers.invite");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<InviteBuyerInput>({
    resolver: zodResolver(inviteBuyerSchema),
    defaultValues: { email: "", discountRate: "0", currency, language: "EN", paymentTerms: "" } as InviteBuyerInput,
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => inviteBuyerAction(values), {
      success: (data) => (data.offeredTo ? t("offered", { name: data.offeredTo }) : t("sent")),
      onSuccess: () => router.push("/admin/buyers?tab=invitations"),
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="max-w-2xl space-y-4">
      <Field label={t("email")} error={errors.email?.message} hint={t("emailHint")}>
        {({ id, describedBy, invalid }) => <Input id={id} type="email" aria-describedby={describedBy} invalid={invalid} {...form.register("email")} />}
      </Field>
      <TradingTermsFields
        register={(name) => form.register(name)}
        errors={{ discountRate: errors.discountRate?.message, currency: errors.currency?.message, language: errors.language?.message, paymentTerms: errors.paymentTerms?.message }}
      />
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
