"use client";
// Accept a brand's invitation for one of the user's organizations, or for a new one.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { acceptInvitationAction } from "@/lib/buyer-app/actions";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/buyers/schemas";

export function AcceptInvitationForm({
  token,
  brandName,
  organizations,
  fixedOrganizationId,
}: {
  token: string;
  brandName: string;
  organizations: { id: string; name: string }[];
  fixedOrganizationId: string | null;
}) {
  const t = useTranslations("auth.buyerInvitation");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token, buyerId: fixedOrganizationId ?? organizations[0]?.id ?? "", newOrganizationName: "", newOrganizationCountry: "" },
  });
  const { errors } = form.formState;
  const buyerId = useWatch({ control: form.control, name: "buyerId" });
  const onSubmit = form.handleSubmit((values) =>
    run(() => acceptInvitationAction(values), {
      success: t("connected", { brand: brandName }),
      onSuccess: (data) => {
        router.push(`/buyer/brands/${data.brandId}`);
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-4">
      {!fixedOrganizationId && (
        <Field label={t("connectAs")} error={errors.buyerId?.message}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} aria-describedby={describedBy} invalid={invalid} {...form.register("buyerId")}>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
              <option value="">{t("newOrganization")}</option>
            </Select>
          )}
        </Field>
      )}
      {!fixedOrganizationId && !buyerId && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("companyName")} error={errors.newOrganizationName?.message}>
            {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...form.register("newOrganizationName")} />}
          </Field>
          <Field label={t("country")} error={errors.newOrganizationCountry?.message} hint={t("countryHint")}>
            {({ id, describedBy, invalid }) => <Input id={id} maxLength={2} aria-describedby={describedBy} invalid={invalid} {...form.register("newOrganizationCountry")} />}
          </Field>
        </div>
      )}
      <Button type="submit" pending={pending}>
        {t("accept")}
      </Button>
    </form>
  );
}
