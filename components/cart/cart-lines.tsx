"use client";
// Cart lines with totals: single units per SKU and prepacks (priced per pack, with their contents;
// the number of packs can be changed). Shows the order rules the cart breaks now and how far it is
// from the minimum order value; checkout waits until both are met. Remove and change use the entry
// point's bound actions. Speaks the page's language; messages from lib/ arrive as catalogue keys.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { ClientCart } from "@/lib/cart/client-cart";
import type { CartQuantitiesInput, RemoveCartLineInput } from "@/lib/checkout/schemas";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { formatMoney } from "@/lib/money/format";
import { MinimumNotice } from "./minimum-notice";

export type CartLineItem = ClientCart["lines"][number];

type Props = {
  cart: ClientCart;
  /** The minimum order value sentence (a catalogue message) and whether it is met; null when none applies. */
  minimum: { message: string; met: boolean } | null;
  checkoutHref?: string;
  continueHref: string;
  remove?: (input: RemoveCartLineInput) => Promise<ActionResult<unknown>>;
  save?: (input: CartQuantitiesInput) => Promise<ActionResult<unknown>>;
};

export function CartLines({ cart, minimum, checkoutHref, continueHref, remove, save }: Props) {
  const { lines, packLines, subtotal, currency, problems } = cart;
  const t = useTranslations("cart.lines");
  const text = useMessageText();
  const locale = useLocale();
  const format = useFormatter();
  const money = (n: number) => formatMoney(n, currency, locale);
  const router = useRouter();
  const reasonId = useId();
  const [pending, start] = useTransition();
  const run = (call: () => Promise<ActionResult<unknown>>, success: string) =>
    start(async () => {
      const result = await call();
      if (!result.ok) return void toast.error(result.message);
      toast.success(success);
      router.refresh();
    });

  if (lines.length === 0 && packLines.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center" data-testid="cart-empty">
        <p className="font-medium">{t("empty")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
        <Link href={continueHref} className="mt-4 inline-block text-sm text-brand-700 underline">{t("continueShopping")}</Link>
      </div>
    );
  }
  const blocked = problems.length > 0 || (minimum !== null && !minimum.met);

  /** The product's whole selection with one pack's count changed: the grid's save, with the same rules. */
  const changePacks = (productId: string, prepackId: string, color: string, packs: number) =>
    save!({
      productId,
      quantities: lines.filter((l) => l.productId === productId).map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
      packs: packLines.filter((p) => p.productId === productId).map((p) => ({ prepackId: p.prepackId, color: p.color, packs: p.prepackId === prepackId && p.color === color ? packs : p.packs })),
    });

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
                  onClick={() => run(() => remove({ skuId: l.skuId }), t("removed"))}
                >
                  {t("remove")}
                </Button>
              )}
            </div>
          </li>
        ))}
        {packLines.map((p) => (
          <PackLine
            key={`${p.prepackId}:${p.color}`}
            line={p}
            money={money}
            pending={pending}
            onChange={save ? (packs) => run(() => changePacks(p.productId, p.prepackId, p.color, packs), t("updated")) : undefined}
            onRemove={remove ? () => run(() => remove({ prepackId: p.prepackId, color: p.color }), t("removed")) : undefined}
          />
        ))}
      </ul>
      {problems.length > 0 && (
        <section className="rounded-lg border border-red-200 bg-red-50 p-4" aria-labelledby={`${reasonId}-rules`} data-testid="cart-problems">
          <h2 id={`${reasonId}-rules`} className="text-sm font-semibold text-red-800">{t("rulesTitle")}</h2>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-red-800">
            {problems.map((p, i) => (
              <li key={i}>{p.sku ? t("problemSku", { product: p.productName, color: p.sku.color, size: p.sku.size, message: text(p.message) }) : t("problem", { product: p.productName, message: text(p.message) })}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex items-center justify-between rounded-lg bg-white px-4 py-3 ring-1 ring-slate-200">
        <span className="text-sm text-slate-600">{t("subtotal", { count: cart.quantity })}</span>
        <span className="text-lg font-semibold tabular-nums" data-testid="cart-subtotal">{money(subtotal)}</span>
      </div>
      {minimum && <MinimumNotice message={minimum.message} met={minimum.met} id={`${reasonId}-minimum`} />}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Link href={continueHref} className="py-2 text-center text-sm text-brand-700 hover:underline">{t("continueShopping")}</Link>
        {checkoutHref &&
          (blocked ? (
            // Not a link while the cart breaks a rule or is below the minimum: the reason is beside it and read with it.
            <span className="flex flex-col items-stretch gap-1 sm:items-end">
              <Button className="h-11 px-5" disabled aria-describedby={problems.length > 0 ? `${reasonId}-reason` : `${reasonId}-minimum`}>{t("proceedToCheckout")}</Button>
              {problems.length > 0 && <span id={`${reasonId}-reason`} className="text-xs text-slate-600" data-testid="checkout-blocked">{t("checkoutBlocked")}</span>}
            </span>
          ) : (
            <Link href={checkoutHref} className="inline-flex h-11 items-center justify-center rounded-md bg-brand-600 px-5 text-sm font-medium text-white hover:bg-brand-700">
              {t("proceedToCheckout")}
            </Link>
          ))}
      </div>
    </div>
  );
}

function PackLine({ line: p, money, pending, onChange, onRemove }: {
  line: ClientCart["packLines"][number]; money: (n: number) => string; pending: boolean; onChange?: (packs: number) => void; onRemove?: () => void;
}) {
  const t = useTranslations("cart.lines");
  const hint = useTranslations("orderRules.hints");
  const [value, setValue] = useState(String(p.packs));
  const packs = Number(value);
  const valid = Number.isInteger(packs) && packs >= 1 && packs <= 9999;
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 p-4" data-testid="pack-line">
      <div className="min-w-0">
        <p className="font-medium">{p.productName}</p>
        <p className="text-xs text-slate-500">{p.productCode} · {t("packLine", { pack: p.name, color: p.color })}</p>
        <p className="text-xs text-slate-500" data-testid="pack-line-contents">
          {p.contents.map((c) => hint("packSize", { size: c.size, quantity: c.quantity })).join(", ")} · {hint("perPack", { units: p.unitsPerPack })}
        </p>
        <p className="mt-1 text-sm tabular-nums text-slate-700">{t("packPrice", { price: money(p.packPrice), packs: p.packs })}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium tabular-nums" data-testid="line-total">{money(p.lineTotal)}</span>
        {onChange && (
          <form
            className="flex items-center gap-1"
            onSubmit={(e) => {
              e.preventDefault();
              if (valid && packs !== p.packs) onChange(packs);
            }}
          >
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={9999}
              aria-label={t("packsFor", { pack: p.name, color: p.color })}
              aria-invalid={valid ? undefined : true}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              className="h-8 w-16 rounded-md border border-slate-300 bg-white px-2 text-center text-sm tabular-nums"
            />
            <Button type="submit" variant="secondary" size="sm" disabled={pending || !valid || packs === p.packs}>{t("update")}</Button>
          </form>
        )}
        {onRemove && (
          <Button variant="ghost" size="sm" disabled={pending} aria-label={t("removePack", { product: p.productName, pack: p.name, color: p.color })} onClick={onRemove}>
            {t("remove")}
          </Button>
        )}
      </div>
    </li>
  );
}
