// The four trading-term fields, shared by the terms form, the offline-buyer form and the invitation.
import type { UseFormRegisterReturn } from "react-hook-form";
import { Select } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { LANGUAGES, TRADING_CURRENCIES } from "@/lib/buyers/schemas";
import { LANGUAGE_LABELS } from "@/lib/buyers/status-labels";

export type TermsFieldName = "discountRate" | "currency" | "language" | "paymentTerms";

export function TradingTermsFields({
  register,
  errors,
}: {
  register: (name: TermsFieldName) => UseFormRegisterReturn;
  errors: Partial<Record<TermsFieldName, string | undefined>>;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Discount rate (%)" error={errors.discountRate} hint="Percent off the wholesale price, 0 to 100.">
        {({ id, describedBy, invalid }) => <Input id={id} inputMode="decimal" aria-describedby={describedBy} invalid={invalid} {...register("discountRate")} />}
      </Field>
      <Field label="Currency" error={errors.currency}>
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
      <Field label="Language" error={errors.language}>
        {({ id, describedBy, invalid }) => (
          <Select id={id} aria-describedby={describedBy} invalid={invalid} {...register("language")}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABELS[l]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Payment terms" error={errors.paymentTerms} hint="For example Net 30 or Prepayment.">
        {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...register("paymentTerms")} />}
      </Field>
    </div>
  );
}
