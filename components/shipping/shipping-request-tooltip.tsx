"use client";
// The speech-bubble icon beside the ordering member's e-mail: hover or focus it to read the
// Shipping request written at checkout.
import * as Tooltip from "@radix-ui/react-tooltip";
import { MessageSquareText } from "lucide-react";
import { useTranslations } from "next-intl";

export function ShippingRequestTooltip({ note }: { note: string }) {
  const t = useTranslations("shipping.member");
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <button type="button" className="rounded p-0.5 text-brand-600 hover:bg-brand-50" aria-label={t("shippingRequest")} data-testid="shipping-request-icon">
            <MessageSquareText className="size-4" aria-hidden />
          </button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content side="top" sideOffset={6} className="z-50 max-w-xs rounded-md bg-slate-900 px-3 py-2 text-xs text-white shadow-lg" data-testid="shipping-request">
            <p className="font-semibold">{t("shippingRequest")}</p>
            <p className="mt-1 whitespace-pre-wrap">{note}</p>
            <Tooltip.Arrow className="fill-slate-900" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
