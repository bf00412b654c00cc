// The four trading-term fields, shared by the terms form, the offline-buyer form and the invitation.
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Select } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { LANGUAGES, TRADING_CURRENCIES } from "@/lib/buyers/schemas";

export type TermsFieldName = "discountRate" | "currency" | "language" | "paymentTerms";

export function TradingTermsFields({
  register,
  errors,
}: {
  register: (name: TermsFieldName) => UseFormRegisterReturn;
  errors: Partial<Record<TermsFieldName, string | undefined>>;
}) {
  const t = useTranslations();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label={t("buyers.terms.discountRate")} error={errors.discountRate} hint={t("buyers.terms.discountRateHint")}>
        {({ id, describedBy, invalid }) => <Input id={id} inputMode="decimal" aria-describedby={describedBy} invalid={invalid} {...register("discountRate")} />}
      </Field>
      <Field label={t("buyers.terms.currency")} error={errors.currency}>
        {({ id, describedBy, invalid }) => (
          <Select id={id} aria-describedby={describedBy} invalid={invalid} {...register("currency")}>
            {TRADING_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("buyers.terms.language")} error={errors.language}>
        {({ id, describedBy, invalid }) => (
          <Select id={id} aria-describedby={describedBy} invalid={invalid} {...register("language")}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`status.language.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("buyers.terms.paymentTerms")} error={errors.paymentTerms} hint={t("buyers.terms.paymentTermsHint")}>
        {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...register("paymentTerms")} />}
      </Field>
    </div>
  );
}
