"use client";
// Create an offline buyer: company, contact, address, trading terms and an optional Customer Order
// Link login. On success, opens the new buyer's page.
import { zodResolver } from "@hookform/resolvers/zod";
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
      success: "Offline buyer created. Status: Connected.",
      onSuccess: (data) => router.push(`/admin/buyers/${data.buyerId}`),
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create offline buyer" className="max-w-3xl space-y-6">
      <Fieldset legend="Company">
        <div className="grid gap-4 sm:grid-cols-2">
          {text("name", "Company name", errors.name?.message)}
          {text("country", "Country", errors.country?.message, { maxLength: 2, placeholder: "JP" })}
          {text("contactName", "Contact name", errors.contactName?.message)}
          {text("email", "Contact email", errors.email?.message, { type: "email" })}
          {text("phone", "Phone", errors.phone?.message, { type: "tel" })}
        </div>
      </Fieldset>
      <Fieldset legend="Address">
        <div className="grid gap-4 sm:grid-cols-2">
          {text("address.recipientName", "Recipient name", errors.address?.recipientName?.message)}
          {text("address.line1", "Street address", errors.address?.line1?.message)}
          {text("address.line2", "Building, floor (optional)", errors.address?.line2?.message)}
          {text("address.city", "City", errors.address?.city?.message)}
          {text("address.region", "Region (optional)", errors.address?.region?.message)}
          {text("address.postalCode", "Postal code", errors.address?.postalCode?.message)}
          {text("address.country", "Address country", errors.address?.country?.message, { maxLength: 2 })}
          {text("address.phone", "Address phone (optional)", errors.address?.phone?.message, { type: "tel" })}
        </div>
      </Fieldset>
      <Fieldset legend="Trading terms">
        <TradingTermsFields
          register={(name) => form.register(name)}
          errors={{ discountRate: errors.discountRate?.message, currency: errors.currency?.message, language: errors.language?.message, paymentTerms: errors.paymentTerms?.message }}
        />
      </Fieldset>
      <Fieldset legend="Customer Order Link login (optional)">
        <p className="mb-4 text-sm text-slate-600">The buyer logs in to your Customer Order Links with this email and password. Several offline buyers may share one email.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("linkLoginEmail", "Login email", errors.linkLoginEmail?.message, { type: "email" })}
          {text("linkLoginPassword", "Login password", errors.linkLoginPassword?.message, { type: "password", autoComplete: "new-password" })}
        </div>
      </Fieldset>
      <Button type="submit" pending={pending}>
        Create offline buyer
      </Button>
    </form>
  );
}
