"use client";
// The minimum order value inputs, one row per currency: amount and an optional first-order amount
// in the currency's major unit. Shared by Settings > General (the brand's) and the catalog and
// link forms (overrides, with the brand's minimum beside each row as the value a blank inherits).
import { useLocale, useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError, Input } from "@/components/ui/field";
import { ScrollBox } from "@/components/ui/scroll-box";
import { errorAt } from "@/components/catalogs/form-errors";
import { formatMoney, minorDigits } from "@/lib/money/format";
import type { MinimumOrderSetting } from "@/lib/order-rules/minimum-order-value";

type RowField = `minimumOrder.${number}.amount` | `minimumOrder.${number}.firstOrder`;

export function MinimumOrderFields({
  currencies,
  register,
  errors,
  inherited,
  visible = () => true,
}: {
  /** The currency of each row of the form's `minimumOrder` array, in order. */
  currencies: string[];
  register: (name: RowField) => UseFormRegisterReturn;
  errors: unknown;
  /** The brand's minimum, shown beside an override's rows. */
  inherited?: MinimumOrderSetting;
  /** Rows to show (a link with its own currency shows that one). */
  visible?: (currency: string) => boolean;
}) {
  const t = useTranslations("orderRules.admin.minimumOrder");
  const locale = useLocale();
  const brandHint = (currency: string) => {
    const entry = inherited?.[currency];
    if (!entry) return t("brandNone");
    const amount = formatMoney(entry.amount, currency, locale);
    return entry.firstOrder != null ? t("brandMinimumFirst", { amount, firstOrder: formatMoney(entry.firstOrder, currency, locale) }) : t("brandMinimum", { amount });
  };
  return (
    <ScrollBox className="overflow-x-auto">
      <table className="text-sm" data-testid="minimum-order">
        <thead>
          <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
            <th className="p-2">{t("currency")}</th>
            <th className="p-2">{t("amount")}</th>
            <th className="p-2">{t("firstOrder")}</th>
            {inherited && <th className="p-2"><span className="sr-only">{t("inheritedColumn")}</span></th>}
          </tr>
        </thead>
        <tbody>
          {currencies.map((currency, i) => {
            if (!visible(currency)) return null;
            const inputMode = minorDigits(currency) === 0 ? "numeric" : "decimal";
            const amountError = errorAt(errors, `minimumOrder.${i}.amount`) ?? errorAt(errors, `minimumOrder.${i}.currency`);
            const firstError = errorAt(errors, `minimumOrder.${i}.firstOrder`);
            return (
              <tr key={currency} className="border-t border-slate-100">
                <th scope="row" className="p-2 text-left font-mono text-xs font-medium">{currency}</th>
                <td className="p-1 align-top">
                  <Input aria-label={t("amountCell", { currency })} inputMode={inputMode} invalid={Boolean(amountError)} className="h-9 w-36" {...register(`minimumOrder.${i}.amount`)} />
                  <FieldError className="mt-1" message={amountError} />
                </td>
                <td className="p-1 align-top">
                  <Input aria-label={t("firstOrderCell", { currency })} inputMode={inputMode} invalid={Boolean(firstError)} className="h-9 w-36" {...register(`minimumOrder.${i}.firstOrder`)} />
                  <FieldError className="mt-1" message={firstError} />
                </td>
                {inherited && <td className="p-2 align-top text-xs text-slate-600" data-testid="minimum-order-inherited">{brandHint(currency)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-500">{t("firstOrderHint")}</p>
    </ScrollBox>
  );
}
