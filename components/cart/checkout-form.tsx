"use client";
// Checkout: the buyer's (or guest's) details, the address when shown or forced, the shipping fee
// from the rate groups (the same pure function the server uses), the payment method, and Place
// order. The form's one-time idempotency key makes a double submit place one order; when another
// tab already ordered the cart, the form gives way to a note linking to that order. Speaks the
// page's language; validation messages travel as catalogue keys (lib/i18n/message-text).
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/controls";
import { Field, FieldError, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { applyFieldErrors } from "@/lib/actions/use-action";
import { checkoutCountries } from "@/lib/checkout/countries";
import { checkoutSchema, type CheckoutFormOptions, type CheckoutInput } from "@/lib/checkout/schemas";
import { addressRequired } from "@/lib/checkout/settings";
import { quoteShipping, type RateGroupInput } from "@/lib/checkout/shipping-fee";
import { formatMoney } from "@/lib/money/format";

type Props = {
  currency: string;
  subtotal: number;
  options: CheckoutFormOptions & { primaryGroups: RateGroupInput[]; fallbackGroups: RateGroupInput[] };
  defaults: Partial<CheckoutInput>;
  place: (input: CheckoutInput) => Promise<ActionResult<{ orderNumber: string; redirectTo: string; alreadyPlaced?: boolean }>>;
};

export function CheckoutForm({ currency, subtotal, options, defaults, place }: Props) {
  const t = useTranslations("checkout");
  const locale = useLocale();
  const money = (n: number) => formatMoney(n, currency, locale);
  const countries = useMemo(() => checkoutCountries(locale, defaults.country), [locale, defaults.country]);
  const router = useRouter();
  const [pending, start] = useTransition();
  const [done, setDone] = useState(false);
  const [alreadyPlaced, setAlreadyPlaced] = useState<{ orderNumber: string; href: string } | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<CheckoutInput>({
    resolver: zodResolver(checkoutSchema(options)),
    defaultValues: { companyName: "", contactName: "", email: "", phone: "", country: "", shipRecipient: "", shipLine1: "", shipLine2: "", shipCity: "", shipRegion: "", shipPostalCode: "", shipPhone: "", shippingRequestNote: "", paymentMethod: options.paymentMethods[0], ...defaults, idempotencyKey },
  });
  const { errors } = form.formState;
  const paymentMethod = useWatch({ control: form.control, name: "paymentMethod" });
  const country = useWatch({ control: form.control, name: "country" });
  const showAddress = addressRequired(options.addressField, options.shippingApplies, paymentMethod);
  const quote = options.shippingApplies && country ? quoteShipping(options.primaryGroups, options.fallbackGroups, { currency, country, subtotal }) : null;
  const fee = quote?.fee ?? 0;

  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      const result = await place({ ...values, idempotencyKey });
      if (!result.ok) {
        applyFieldErrors(form, result.fieldErrors);
        toast.error(result.message);
        return;
      }
      if (result.data.alreadyPlaced) return setAlreadyPlaced({ orderNumber: result.data.orderNumber, href: result.data.redirectTo });
      setDone(true);
      if (/^https?:\/\//.test(result.data.redirectTo)) window.location.assign(result.data.redirectTo);
      else router.push(result.data.redirectTo);
    }),
  );

  const text = (name: keyof CheckoutInput, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} error={errors[name]?.message}>
      {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...props} {...form.register(name)} />}
    </Field>
  );

  if (alreadyPlaced) {
    return (
      <div role="status" className="rounded-xl border border-amber-200 bg-amber-50 p-5" data-testid="order-already-placed">
        <h2 className="text-lg font-semibold text-amber-900">{t("alreadyPlaced.title")}</h2>
        <p className="mt-2 text-sm text-amber-900">{t("alreadyPlaced.text", { orderNumber: alreadyPlaced.orderNumber })}</p>
        <Link href={alreadyPlaced.href} className="mt-3 inline-block text-sm font-medium text-brand-700 underline">{t("alreadyPlaced.viewOrder")}</Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">{t("form.yourDetails")}</h2>
        {options.guest && text("companyName", t("form.companyName"), { autoComplete: "organization" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("contactName", t("form.contactName"), { autoComplete: "name" })}
          {text("email", t("form.email"), { type: "email", autoComplete: "email" })}
          {text("phone", t("form.phone"), { type: "tel", autoComplete: "tel" })}
          <Field label={t("form.country")} error={errors.country?.message}>
            {({ id, describedBy, invalid }) => (
              <Select id={id} aria-describedby={describedBy} invalid={invalid} {...form.register("country")}>
                <option value="">—</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>{c.name}</option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      </section>

      {showAddress && (
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="address-section">
          <h2 className="font-semibold">{t("form.shippingAddress")}</h2>
          {options.addressField === "HIDE" && <p className="text-sm text-slate-600">{t("form.addressForced")}</p>}
          <div className="grid gap-4 sm:grid-cols-2">
            {text("shipRecipient", t("form.recipientName"), { autoComplete: "shipping name" })}
            {text("shipPostalCode", t("form.postalCode"), { autoComplete: "shipping postal-code" })}
            {text("shipLine1", t("form.line1"), { autoComplete: "shipping address-line1" })}
            {text("shipLine2", t("form.line2"), { autoComplete: "shipping address-line2" })}
            {text("shipCity", t("form.city"), { autoComplete: "shipping address-level2" })}
            {text("shipRegion", t("form.region"), { autoComplete: "shipping address-level1" })}
          </div>
        </section>
      )}

      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <Field label={t("form.shippingRequestNote")} error={errors.shippingRequestNote?.message}>
          {({ id, describedBy, invalid }) => <Textarea id={id} rows={2} aria-describedby={describedBy} invalid={invalid} {...form.register("shippingRequestNote")} />}
        </Field>
      </section>

      <fieldset className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("form.paymentMethod")}</legend>
        {options.paymentMethods.map((method) => (
          <label key={method} className="flex cursor-pointer items-start gap-3 rounded-md p-2 hover:bg-slate-50">
            <input type="radio" value={method} className="mt-1 accent-brand-600" {...form.register("paymentMethod")} />
            <span>
              <span className="block text-sm font-medium">{t(`form.methods.${method}`)}</span>
              <span className="block text-xs text-slate-600">{t(`form.methodHints.${method}`)}</span>
            </span>
          </label>
        ))}
        <FieldError message={errors.paymentMethod?.message} />
      </fieldset>

      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-label={t("form.orderSummary")}>
        <div className="flex justify-between"><span>{t("form.subtotal")}</span><span className="tabular-nums">{money(subtotal)}</span></div>
        <div className="flex justify-between">
          <span>{quote ? t("form.shippingFeeWithOption", { option: quote.optionName }) : t("form.shippingFee")}</span>
          <span className="tabular-nums" data-testid="shipping-fee">{options.shippingApplies ? (country ? (quote ? money(fee) : t("form.noShippingRate")) : t("form.shippingFeeAtCheckout")) : money(0)}</span>
        </div>
        <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-semibold">
          <span>{t("form.total")}</span><span className="tabular-nums" data-testid="order-total">{money(subtotal + fee)}</span>
        </div>
      </section>

      <Button type="submit" className="h-12 w-full text-base" pending={pending || done}>{t("form.placeOrder")}</Button>
    </form>
  );
}
