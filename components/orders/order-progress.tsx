// The order's progress as its buyer sees it (Buyer App order page and the link's order page):
// the steps with their dates, the "Order Processing" notice, delivery notes, or how the order ended.
import { Check, X } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { Language, OrderStatus, ReleaseStatus } from "@/lib/db/generated/enums";
import { dateTimeFormat } from "@/lib/format/date-time-format";
import { buyerOrderMessages } from "@/lib/orders/buyer-order-messages";
import type { BuyerOrderProgress } from "@/lib/orders/buyer-order-progress";
import { ORDER_STATUS_LABELS, ORDER_STATUS_TONES } from "@/lib/orders/status-labels";
import { Section } from "./order-sections";

function formatDay(date: Date, language: Language) {
  return dateTimeFormat(language === "JA" ? "ja-JP" : "en-US", { dateStyle: "medium" }).format(date);
}

/** `deliveryNotePdf`: where the buyer downloads a delivery note (`?deliveryNote=<n>`), if the page offers it. */
export function OrderProgress({ progress, language, deliveryNotePdf }: { progress: BuyerOrderProgress; language: Language; deliveryNotePdf?: string }) {
  const m = buyerOrderMessages(language);
  const { end } = progress;
  return (
    <Section title={m.progressTitle} testId="order-progress">
      <ol className="space-y-3">
        {progress.steps.map((step) => {
          const isCurrent = !end && step.key === progress.current;
          const note =
            step.key === "confirmation" && progress.awaitingApproval ? m.awaitingApproval
            : step.key === "confirmation" && progress.approvedAt ? m.approvedOn(formatDay(progress.approvedAt, language))
            : step.key === "shipped" && progress.partiallyShipped ? m.partiallyShipped
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
                <p className={cn(step.reached ? "text-slate-900" : "text-slate-500", isCurrent && "font-semibold")}>{m.steps[step.key]}</p>
                {(step.date || note) && (
                  <p className="text-xs text-slate-500">{[step.date ? formatDay(step.date, language) : null, note].filter(Boolean).join(" · ")}</p>
                )}
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
              <p className="font-semibold text-red-700">{end.kind === "cancelled" ? m.cancelled : m.rejected}</p>
              <p className="text-xs text-slate-500">
                {[end.date ? formatDay(end.date, language) : null, end.kind === "rejected" ? m.rejectedText : end.by === "buyer" ? m.cancelledByYou : end.by === "brand" ? m.cancelledByBrand : null]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {end.reason && (
                <p className="mt-1 whitespace-pre-line text-slate-700" data-testid="order-ended-reason">
                  {m.reason}: {end.reason}
                </p>
              )}
            </div>
          </li>
        )}
      </ol>
      {progress.processing && (
        <p className="mt-4 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-700" data-testid="order-processing">
          {m.orderProcessing}
        </p>
      )}
      {progress.deliveryNotes.length > 0 && (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <h3 className="text-sm font-medium text-slate-700">{m.deliveryNotes}</h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-700" data-testid="buyer-delivery-notes">
            {progress.deliveryNotes.map((n) => (
              <li key={n.sequence} className="flex flex-wrap items-center gap-x-2">
                <span>{m.deliveryNote(n.sequence, formatDay(n.date, language), n.units)}</span>
                {deliveryNotePdf && (
                  <a href={`${deliveryNotePdf}?deliveryNote=${n.sequence}`} target="_blank" rel="noopener" className="text-brand-700 hover:underline">
                    PDF
                  </a>
                )}
              </li>
            ))}
          </ul>
          {progress.someUndelivered && <p className="mt-1 text-xs text-slate-500">{m.someUndelivered}</p>}
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
export function BuyerStatusBadge({ status, releaseStatus, language }: { status: OrderStatus; releaseStatus: ReleaseStatus | null; language: Language }) {
  const m = buyerOrderMessages(language);
  const tone = releaseStatus && status !== "CANCELLED" ? RELEASED_TONES[releaseStatus] : undefined;
  if (!releaseStatus || !tone) return <Badge tone={ORDER_STATUS_TONES[status]}>{ORDER_STATUS_LABELS[status]}</Badge>;
  const label = releaseStatus === "SHIPPED" ? m.steps.shipped : releaseStatus === "PARTIALLY_SHIPPED" ? m.partiallyShipped : m.steps.preparing;
  return <Badge tone={tone}>{label}</Badge>;
}
