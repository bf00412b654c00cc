"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { updateTradingTermsAction } from "@/lib/buyers/actions";
import { tradingTermsSchema, type TradingTermsInput } from "@/lib/buyers/schemas";
import { TradingTermsFields } from "./trading-terms-fields";

export function TradingTermsForm({ defaults }: { defaults: { buyerId: string; discountRate: number; currency: string; language: string; paymentTerms: string | null } }) {
  const t = useTranslations("buyers.terms");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<TradingTermsInput>({
    resolver: zodResolver(tradingTermsSchema),
    defaultValues: { ...defaults, discountRate: String(defaults.discountRate), paymentTerms: defaults.paymentTerms ?? "" } as TradingTermsInput,
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => updateTradingTermsAction(values), {
      success: t("saved"),
      onSuccess: () => router.refresh(),
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="space-y-4">
      <TradingTermsFields
        register={(name) => form.register(name)}
        errors={{ discountRate: errors.discountRate?.message, currency: errors.currency?.message, language: errors.language?.message, paymentTerms: errors.paymentTerms?.message }}
      />
      <Button type="submit" pending={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
