"use client";
// Cart lines with totals; remove uses the entry point's bound action. Speaks the page's language.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { formatMoney } from "@/lib/money/format";

export type CartLineItem = { skuId: string; productName: string; productCode: string; code: string; color: string; size: string; quantity: number; unitPrice: number; lineTotal: number };

type Props = {
  lines: CartLineItem[];
  subtotal: number;
  currency: string;
  checkoutHref?: string;
  continueHref: string;
  remove?: (input: { skuId: string }) => Promise<ActionResult<unknown>>;
};

export function CartLines({ lines, subtotal, currency, checkoutHref, continueHref, remove }: Props) {
  const t = useTranslations("cart.lines");
  const locale = useLocale();
  const format = useFormatter();
  const money = (n: number) => formatMoney(n, currency, locale);
  const router = useRouter();
  const [pending, start] = useTransition();
  if (lines.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center" data-testid="cart-empty">
        <p className="font-medium">{t("empty")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
        <Link href={continueHref} className="mt-4 inline-block text-sm text-brand-700 underline">{t("continueShopping")}</Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="cart-lines">
        {lines.map((l) => (
          <li key={l.skuId} className="flex flex-wrap items-start justify-between gap-2 p-4">
            <div className="min-w-0">
              <p className="font-medium">{l.productName}</p>
              <p className="text-xs text-slate-500">{l.productCode} · {l.color} / {l.size}</p>
              <p className="mt-1 text-sm tabular-nums text-slate-700">{money(l.unitPrice)} × {format.number(l.quantity)}</p>
            </div>
            <div className="flex items-center gap-3">
              <span className="font-medium tabular-nums" data-testid="line-total">{money(l.lineTotal)}</span>
              {remove && (
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  aria-label={t("removeLine", { product: l.productName, color: l.color, size: l.size })}
                  onClick={() =>
                    start(async () => {
                      const result = await remove({ skuId: l.skuId });
                      if (!result.ok) return void toast.error(result.message);
                      toast.success(t("removed"));
                      router.refresh();
                    })
                  }
                >
                  {t("remove")}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div className="flex items-center justify-between rounded-lg bg-white px-4 py-3 ring-1 ring-slate-200">
        <span className="text-sm text-slate-600">{t("subtotal", { count: lines.reduce((s, l) => s + l.quantity, 0) })}</span>
        <span className="text-lg font-semibold tabular-nums" data-testid="cart-subtotal">{money(subtotal)}</span>
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Link href={continueHref} className="py-2 text-center text-sm text-brand-700 hover:underline">{t("continueShopping")}</Link>
        {checkoutHref && (
          <Link href={checkoutHref} className="inline-flex h-11 items-center justify-center rounded-md bg-brand-600 px-5 text-sm font-medium text-white hover:bg-brand-700">
            {t("proceedToCheckout")}
          </Link>
        )}
      </div>
    </div>
  );
}
