"use client";
// Create an offline buyer: company, contact, address, trading terms and an optional Customer Order
// Link login. On success, opens the new buyer's page.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { createOfflineBuyerAction } from "@/lib/buyers/actions";
import { offlineBuyerSchema, type OfflineBuyerInput } from "@/lib/buyers/schemas";
import { TradingTermsFields } from "./trading-terms-fields";

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <Card className="p-5">
      <fieldset>
        <legend className="mb-4 text-base font-semibold">{legend}</legend>
        {children}
      </fieldset>
    </Card>
  );
}

export function OfflineBuyerForm({ homeCountry, currency }: { homeCountry: string; currency: string }) {
  const t = useTranslations("buyers.offline");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<OfflineBuyerInput>({
    resolver: zodResolver(offlineBuyerSchema),
    defaultValues: {
      name: "", country: homeCountry, contactName: "", email: "", phone: "",
      address: { recipientName: "", line1: "", line2: "", city: "", region: "", postalCode: "", country: homeCountry, phone: "" },
      discountRate: "0", currency, language: "EN", paymentTerms: "", linkLoginEmail: "", linkLoginPassword: "",
    } as OfflineBuyerInput,
  });
  const { errors } = form.formState;
  const text = (name: Parameters<typeof form.register>[0], label: string, error?: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...props} {...form.register(name)} />}
    </Field>
  );
  const onSubmit = form.handleSubmit((values) =>
    run(() => createOfflineBuyerAction(values), {
      success: t("created"),
      onSuccess: (data) => router.push(`/admin/buyers/${data.buyerId}`),
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="max-w-3xl space-y-6">
      <Fieldset legend={t("company")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("name", t("companyName"), errors.name?.message)}
          {text("country", t("country"), errors.country?.message, { maxLength: 2, placeholder: t("countryPlaceholder") })}
          {text("contactName", t("contactName"), errors.contactName?.message)}
          {text("email", t("contactEmail"), errors.email?.message, { type: "email" })}
          {text("phone", t("phone"), errors.phone?.message, { type: "tel" })}
        </div>
      </Fieldset>
      <Fieldset legend={t("address")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("address.recipientName", t("recipientName"), errors.address?.recipientName?.message)}
          {text("address.line1", t("line1"), errors.address?.line1?.message)}
          {text("address.line2", t("line2"), errors.address?.line2?.message)}
          {text("address.city", t("city"), errors.address?.city?.message)}
          {text("address.region", t("region"), errors.address?.region?.message)}
          {text("address.postalCode", t("postalCode"), errors.address?.postalCode?.message)}
          {text("address.country", t("addressCountry"), errors.address?.country?.message, { maxLength: 2 })}
          {text("address.phone", t("addressPhone"), errors.address?.phone?.message, { type: "tel" })}
        </div>
      </Fieldset>
      <Fieldset legend={t("tradingTerms")}>
        <TradingTermsFields
          register={(name) => form.register(name)}
          errors={{ discountRate: errors.discountRate?.message, currency: errors.currency?.message, language: errors.language?.message, paymentTerms: errors.paymentTerms?.message }}
        />
      </Fieldset>
      <Fieldset legend={t("login")}>
        <p className="mb-4 text-sm text-slate-600">{t("loginHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("linkLoginEmail", t("loginEmail"), errors.linkLoginEmail?.message, { type: "email" })}
          {text("linkLoginPassword", t("loginPassword"), errors.linkLoginPassword?.message, { type: "password", autoComplete: "new-password" })}
        </div>
      </Fieldset>
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
