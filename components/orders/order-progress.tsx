// The order's progress as its buyer sees it (Buyer App order page and the link's order page):
// the steps with their dates, the "Order Processing" notice, delivery notes, or how the order ended.
// In the request's language, or the one given (a link's order page speaks the order's language).
import { Check, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import type { BuyerOrderProgress } from "@/lib/orders/buyer-order-progress";
import { ORDER_STATUS_TONES } from "@/lib/orders/status-labels";
import { Section } from "./order-sections";

const DAY = { dateStyle: "medium" } as const;

/**
 * `deliveryNotePdf`: where the buyer downloads a delivery note (`?deliveryNote=<n>`), if the page
 * offers it. `timeZone`: the brand's, which the dates are read in (the Buyer App spans brands).
 */
export async function OrderProgress({ progress, locale, timeZone, deliveryNotePdf }: { progress: BuyerOrderProgress; locale?: AppLocale; timeZone?: string; deliveryNotePdf?: string }) {
  const language = locale ?? (await getLocale());
  const [t, format] = await Promise.all([getTranslations({ locale: language, namespace: "buyerApp.progress" }), getFormatter({ locale: language })]);
  const day = (date: Date) => format.dateTime(date, timeZone ? { ...DAY, timeZone } : DAY);
  const joined = (parts: (string | null)[]) => parts.filter(Boolean).join(t("separator"));
  const { end } = progress;
  return (
    <Section title={t("title")} testId="order-progress">
      <ol className="space-y-3">
        {progress.steps.map((step) => {
          const isCurrent = !end && step.key === progress.current;
          const note =
            step.key === "confirmation" && progress.awaitingApproval ? t("awaitingApproval")
            : step.key === "confirmation" && progress.approvedAt ? t("approvedOn", { date: day(progress.approvedAt) })
            : step.key === "shipped" && progress.partiallyShipped ? t("partiallyShipped")
            : null;
          return (
            <li key={step.key} className="flex items-start gap-3 text-sm" data-testid={`progress-step-${step.key}`} data-reached={step.reached} aria-current={isCurrent ? "step" : undefined}>
              <span
                className={cn(
                  "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full ring-1 ring-inset",
                  step.reached ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-500 ring-slate-300",
                )}
                aria-hidden
              >
                {step.reached && <Check className="size-3" />}
              </span>
              <div className="min-w-0">
                <p className={cn(step.reached ? "text-slate-900" : "text-slate-500", isCurrent && "font-semibold")}>{t(`steps.${step.key}`)}</p>
                {(step.date || note) && <p className="text-xs text-slate-500">{joined([step.date ? day(step.date) : null, note])}</p>}
              </div>
            </li>
          );
        })}
        {end && (
          <li className="flex items-start gap-3 text-sm" data-testid="order-ended" aria-current="step">
            <span className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-red-600 text-white" aria-hidden>
              <X className="size-3" />
            </span>
            <div className="min-w-0">
              <p className="font-semibold text-red-700">{end.kind === "cancelled" ? t("cancelled") : t("rejected")}</p>
              <p className="text-xs text-slate-500">
                {joined([
                  end.date ? day(end.date) : null,
                  end.kind === "rejected" ? t("rejectedText") : end.by === "buyer" ? t("cancelledByYou") : end.by === "brand" ? t("cancelledByBrand") : null,
                ])}
              </p>
              {end.reason && (
                <p className="mt-1 whitespace-pre-line text-slate-700" data-testid="order-ended-reason">
                  {t("reason", { reason: end.reason })}
                </p>
              )}
            </div>
          </li>
        )}
      </ol>
      {progress.processing && (
        <p className="mt-4 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-700" data-testid="order-processing">
          {t("orderProcessing")}
        </p>
      )}
      {progress.deliveryNotes.length > 0 && (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <h3 className="text-sm font-medium text-slate-700">{t("deliveryNotes")}</h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-700" data-testid="buyer-delivery-notes">
            {progress.deliveryNotes.map((n) => (
              <li key={n.sequence} className="flex flex-wrap items-center gap-x-2">
                <span>{t("deliveryNote", { sequence: n.sequence, date: day(n.date), units: n.units })}</span>
                {deliveryNotePdf && (
                  <a href={`${deliveryNotePdf}?deliveryNote=${n.sequence}`} target="_blank" rel="noopener" className="text-brand-700 hover:underline">
                    {t("pdf")}
                  </a>
                )}
              </li>
            ))}
          </ul>
          {progress.someUndelivered && <p className="mt-1 text-xs text-slate-500">{t("someUndelivered")}</p>}
        </div>
      )}
    </Section>
  );
}

const RELEASED_TONES: Partial<Record<ReleaseStatus, BadgeTone>> = { PREPARING_PRODUCT: "blue", PARTIALLY_SHIPPED: "blue", SHIPPED: "green" };

/**
 * The order's status for its buyer: the order-confirmation status as the help pages name it until
 * release preparation starts, then where the shipment stands ("OC Confirmed" says too little then).
 */
export function BuyerStatusBadge({ status, releaseStatus }: { status: OrderStatus; releaseStatus: ReleaseStatus | null }) {
  const t = useTranslations();
  const tone = releaseStatus && status !== "CANCELLED" ? RELEASED_TONES[releaseStatus] : undefined;
  if (!releaseStatus || !tone) return <Badge tone={ORDER_STATUS_TONES[status]}>{t(`status.order.${status}`)}</Badge>;
  const label = releaseStatus === "SHIPPED" ? t("buyerApp.progress.steps.shipped") : releaseStatus === "PARTIALLY_SHIPPED" ? t("buyerApp.progress.partiallyShipped") : t("buyerApp.progress.steps.preparing");
  return <Badge tone={tone}>{label}</Badge>;
}
