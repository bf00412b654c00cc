"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { addBuyerAddressAction } from "@/lib/buyer-app/actions";
import { buyerAddressSchema, type BuyerAddressInput } from "@/lib/buyer-app/schemas";

export function AddressForm({ country }: { country: string }) {
  const t = useTranslations("buyerApp.address");
  const router = useRouter();
  const { pending, run } = useAction();
  const empty: BuyerAddressInput = { label: "", recipientName: "", line1: "", line2: "", city: "", region: "", postalCode: "", country, phone: "", isDefault: false };
  const form = useForm<BuyerAddressInput>({ resolver: zodResolver(buyerAddressSchema), defaultValues: empty });
  const { errors } = form.formState;
  const text = (name: Exclude<keyof BuyerAddressInput, "isDefault">, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} error={errors[name]?.message}>
      {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...props} {...form.register(name)} />}
    </Field>
  );
  const onSubmit = form.handleSubmit((values) =>
    run(() => addBuyerAddressAction(values), {
      success: t("added"),
      onSuccess: () => {
        form.reset(empty);
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="grid gap-3 sm:grid-cols-2">
      {text("label", t("label"), { placeholder: t("labelPlaceholder") })}
      {text("recipientName", t("recipientName"))}
      {text("line1", t("line1"))}
      {text("line2", t("line2"))}
      {text("city", t("city"))}
      {text("region", t("region"))}
      {text("postalCode", t("postalCode"))}
      {text("country", t("country"), { maxLength: 2 })}
      {text("phone", t("phone"), { type: "tel" })}
      <div className="flex items-end pb-2">
        <Checkbox label={t("useAsDefault")} {...form.register("isDefault")} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
