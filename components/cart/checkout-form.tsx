"use client";
// Checkout: the buyer's (or guest's) details, the address when shown or forced, the shipping fee
// from the rate groups (the same pure function the server uses), the payment method, and Place
// order. The form's one-time idempotency key makes a double submit place one order; when another
// tab already ordered the cart, the form gives way to a note linking to that order. The buyer's PO
// No., requested delivery (a day or a window, from the brand's today) and note to the brand go with
// the order. While the cart breaks an order rule or is below the minimum order value, Place order is
// disabled with the reason beside it (the server refuses such an order anyway). Speaks the page's
// language; validation messages travel as catalogue keys (lib/i18n/message-text).
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/controls";
import { Field, FieldError, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { applyFieldErrors } from "@/lib/actions/use-action";
import type { CartProblem } from "@/lib/cart/cart-view";
import { todayIn } from "@/lib/checkout/calendar-day";
import { checkoutCountries } from "@/lib/checkout/countries";
import { BUYER_NOTE_MAX, checkoutSchema, PO_NUMBER_MAX, type CheckoutFormOptions, type CheckoutInput } from "@/lib/checkout/schemas";
import { addressRequired } from "@/lib/checkout/settings";
import { quoteShipping, type RateGroupInput } from "@/lib/checkout/shipping-fee";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { formatMoney } from "@/lib/money/format";
import { MinimumNotice } from "./minimum-notice";

type Props = {
  currency: string;
  subtotal: number;
  options: CheckoutFormOptions & { primaryGroups: RateGroupInput[]; fallbackGroups: RateGroupInput[] };
  defaults: Partial<CheckoutInput>;
  place: (input: CheckoutInput) => Promise<ActionResult<{ orderNumber: string; redirectTo: string; alreadyPlaced?: boolean }>>;
  /** The order rules the cart breaks now. */
  problems?: CartProblem[];
  /** The minimum order value sentence (a catalogue message) and whether it is met; null when none applies. */
  minimum?: { message: string; met: boolean } | null;
};

export function CheckoutForm({ currency, subtotal, options, defaults, place, problems = [], minimum = null }: Props) {
  const t = useTranslations("checkout");
  const lines = useTranslations("cart.lines");
  const text = useMessageText();
  const blockedId = useId();
  const blocked = problems.length > 0 || (minimum !== null && !minimum.met);
  const [today] = useState(() => todayIn(options.timeZone));
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
    defaultValues: { companyName: "", contactName: "", email: "", phone: "", country: "", shipRecipient: "", shipLine1: "", shipLine2: "", shipCity: "", shipRegion: "", shipPostalCode: "", shipPhone: "", shippingRequestNote: "", poNumber: "", requestedDeliveryFrom: "", requestedDeliveryTo: "", buyerNote: "", paymentMethod: options.paymentMethods[0], ...defaults, idempotencyKey },
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

  const input = (name: keyof CheckoutInput, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field label={label} error={errors[name]?.message} hint={hint}>
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
        {options.guest && input("companyName", t("form.companyName"), { autoComplete: "organization" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {input("contactName", t("form.contactName"), { autoComplete: "name" })}
          {input("email", t("form.email"), { type: "email", autoComplete: "email" })}
          {input("phone", t("form.phone"), { type: "tel", autoComplete: "tel" })}
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
            {input("shipRecipient", t("form.recipientName"), { autoComplete: "shipping name" })}
            {input("shipPostalCode", t("form.postalCode"), { autoComplete: "shipping postal-code" })}
            {input("shipLine1", t("form.line1"), { autoComplete: "shipping address-line1" })}
            {input("shipLine2", t("form.line2"), { autoComplete: "shipping address-line2" })}
            {input("shipCity", t("form.city"), { autoComplete: "shipping address-level2" })}
            {input("shipRegion", t("form.region"), { autoComplete: "shipping address-level1" })}
          </div>
        </section>
      )}

      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="order-details">
        <h2 className="font-semibold">{t("form.orderDetails")}</h2>
        {input("poNumber", t("form.poNumber"), { maxLength: PO_NUMBER_MAX, autoComplete: "off" }, t("form.poNumberHint"))}
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">{t("form.requestedDelivery")}</legend>
          <p className="text-xs text-slate-500">{t("form.deliveryHint")}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            {input("requestedDeliveryFrom", t("form.deliveryFrom"), { type: "date", min: today })}
            {input("requestedDeliveryTo", t("form.deliveryTo"), { type: "date", min: today })}
          </div>
        </fieldset>
        <Field label={t("form.buyerNote")} error={errors.buyerNote?.message}>
          {({ id, describedBy, invalid }) => <Textarea id={id} rows={3} maxLength={BUYER_NOTE_MAX} aria-describedby={describedBy} invalid={invalid} {...form.register("buyerNote")} />}
        </Field>
      </section>

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

      {minimum && <MinimumNotice message={minimum.message} met={minimum.met} />}
      {blocked && (
        <div id={blockedId} role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800" data-testid="checkout-blocked">
          <p className="font-semibold">{t("form.blockedTitle")}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {problems.map((p, i) => (
              <li key={i}>{p.sku ? lines("problemSku", { product: p.productName, color: p.sku.color, size: p.sku.size, message: text(p.message) }) : lines("problem", { product: p.productName, message: text(p.message) })}</li>
            ))}
            {minimum && !minimum.met && <li>{text(minimum.message)}</li>}
          </ul>
        </div>
      )}
      <Button type="submit" className="h-12 w-full text-base" pending={pending || done} disabled={blocked} aria-describedby={blocked ? blockedId : undefined}>{t("form.placeOrder")}</Button>
    </form>
  );
}
