"use client";
// The wholesale way to order: one quantity per colour × size of a product, saved to the cart at
// once. Takes the entry point's bound save action, so link pages and the Buyer App share it.
// Speaks the page's language (the area's IntlProvider).
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { ActionResult } from "@/lib/actions/result";
import type { CartQuantitiesInput } from "@/lib/checkout/schemas";
import { formatMoney } from "@/lib/money/format";

export type GridSku = { id: string; color: string; size: string; unitPrice: number | null; retailPrice: number | null };

type Props = {
  productId: string;
  productName: string;
  colors: string[];
  sizes: string[];
  skus: GridSku[];
  currency: string;
  initial: Record<string, number>;
  /** False: prices are shown without inputs (view-only link, ordering closed). */
  orderable: boolean;
  save: (input: CartQuantitiesInput) => Promise<ActionResult<{ quantity: number; subtotal: number }>>;
};

export function OrderGrid({ productId, productName, colors, sizes, skus, currency, initial, orderable, save }: Props) {
  const t = useTranslations("cart.grid");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(skus.map((s) => [s.id, initial[s.id] ? String(initial[s.id]) : ""])));
  const [error, setError] = useState<string | null>(null);
  const byCell = useMemo(() => new Map(skus.map((s) => [`${s.color}\u0000${s.size}`, s])), [skus]);
  const prices = [...new Set(skus.map((s) => s.unitPrice).filter((p): p is number => p !== null))];
  const hasSaved = Object.values(initial).some((q) => q > 0);

  const rowTotal = skus.reduce((sum, s) => sum + (s.unitPrice ?? 0) * (Number.parseInt(values[s.id] || "0", 10) || 0), 0);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const quantities: { skuId: string; quantity: number }[] = [];
    for (const s of skus) {
      if (s.unitPrice === null) continue;
      const raw = (values[s.id] ?? "").trim();
      const quantity = raw === "" ? 0 : Number(raw);
      if (!Number.isInteger(quantity) || quantity < 0 || quantity > 9999) return setError(t("quantityInvalid"));
      quantities.push({ skuId: s.id, quantity });
    }
    setError(null);
    start(async () => {
      const result = await save({ productId, quantities });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t("updated"));
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={productName}>
      <p className="text-sm text-slate-700">
        {t("unitPrice")}{" "}
        <span className="font-semibold tabular-nums" data-testid="unit-price">
          {prices.length === 0
            ? t("noPrice")
            : prices.length === 1
              ? formatMoney(prices[0], currency, locale)
              : t("priceRange", { min: formatMoney(Math.min(...prices), currency, locale), max: formatMoney(Math.max(...prices), currency, locale) })}
        </span>
      </p>
      <ScrollBox className="mt-2 overflow-x-auto">
        <table className="w-full min-w-max border-separate border-spacing-1 text-sm">
          <thead>
            <tr>
              <th scope="col" className="px-1 text-left text-xs font-medium text-slate-500">{t("colorBySize")}</th>
              {sizes.map((size) => (
                <th key={size} scope="col" className="px-1 text-center text-xs font-medium text-slate-500">{size}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {colors.map((color) => (
              <tr key={color}>
                <th scope="row" className="pr-2 text-left text-xs font-medium whitespace-nowrap text-slate-700">{color}</th>
                {sizes.map((size) => {
                  const sku = byCell.get(`${color}\u0000${size}`);
                  if (!sku) return <td key={size} className="text-center text-slate-500">—</td>;
                  if (!orderable || sku.unitPrice === null) {
                    return <td key={size} className="rounded bg-slate-50 px-2 py-2 text-center text-xs text-slate-500">·</td>;
                  }
                  return (
                    <td key={size}>
                      <input
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={9999}
                        step={1}
                        aria-label={t("quantityFor", { color, size })}
                        value={values[sku.id] ?? ""}
                        onChange={(e) => setValues((v) => ({ ...v, [sku.id]: e.target.value }))}
                        className="h-10 w-16 rounded-md border border-slate-300 bg-white px-2 text-center tabular-nums"
                        placeholder="0"
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <FieldError message={error ?? undefined} className="mt-1" />
      {orderable && prices.length > 0 && (
        <div className="mt-3 flex items-center justify-between gap-3">
          <span className="text-sm tabular-nums text-slate-600">{formatMoney(rowTotal, currency, locale)}</span>
          <Button type="submit" pending={pending}>{hasSaved ? t("updateCart") : t("addToCart")}</Button>
        </div>
      )}
    </form>
  );
}
