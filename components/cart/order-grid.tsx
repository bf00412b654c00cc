"use client";
// The wholesale way to order: one quantity per colour × size of a product, and packs per prepack
// and colour, saved to the cart at once. The product's order rules show as hints before the buyer
// types ("Min 12", "Cases of 6", a pack's contents); what breaks one is explained beside the
// quantity with the fix ("Sold in cases of 6: 7 → 6 or 12"), by the same engine the server runs
// (lib/order-rules). Takes the entry point's bound save action, so link pages and the Buyer App
// share it. Speaks the page's language (the area's IntlProvider).
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { ActionResult } from "@/lib/actions/result";
import type { GridSku } from "@/lib/cart/grid-sku";
import type { CartQuantitiesInput } from "@/lib/checkout/schemas";
import { messageTemplate } from "@/lib/i18n/message-template";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { formatMoney } from "@/lib/money/format";
import { violationMessage } from "@/lib/order-rules/messages";
import { checkProductOrder, unitsPerPack, type PrepackRule, type ProductRules } from "@/lib/order-rules/product-rules";


type Props = {
  productId: string;
  productName: string;
  colors: string[];
  sizes: string[];
  skus: GridSku[];
  currency: string;
  initial: Record<string, number>;
  /** Packs in the cart by "<prepackId>:<colour>". */
  initialPacks?: Record<string, number>;
  /** The product's order rules; none means any quantity of single units. */
  rules?: ProductRules | null;
  /** False: prices are shown without inputs (view-only link, ordering closed). */
  orderable: boolean;
  save: (input: CartQuantitiesInput) => Promise<ActionResult<{ quantity: number; subtotal: number }>>;
};

const MAX_QUANTITY = 9999;
const packKey = (prepackId: string, color: string) => `${prepackId}:${color}`;

/** "" -> 0; a whole number from 0 to 9999, or null when the text is not one. */
function parseQuantity(raw: string | undefined): number | null {
  const text = (raw ?? "").trim();
  if (text === "") return 0;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= MAX_QUANTITY ? n : null;
}

export function OrderGrid({ productId, productName, colors, sizes, skus, currency, initial, initialPacks = {}, rules = null, orderable, save }: Props) {
  const t = useTranslations("cart.grid");
  // Formatted once per grid, not once per cell (lib/i18n/message-template).
  const quantityLabel = useMemo(() => messageTemplate((values) => t("quantityFor", values), ["color", "size"]), [t]);
  const hint = useTranslations("orderRules.hints");
  const text = useMessageText();
  const locale = useLocale();
  const money = (n: number) => formatMoney(n, currency, locale);
  const router = useRouter();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(skus.map((s) => [s.id, initial[s.id] ? String(initial[s.id]) : ""])));
  const prepacks = rules?.prepacks ?? [];
  const sellsPacks = rules !== null && rules.saleMode !== "SINGLES" && prepacks.length > 0;
  const sellsSingles = rules?.saleMode !== "PACKS_ONLY";
  const [packValues, setPackValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(initialPacks).filter(([, n]) => n > 0).map(([key, n]) => [key, String(n)])),
  );
  const [serverError, setServerError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const byCell = useMemo(() => new Map(skus.map((s) => [`${s.color}\u0000${s.size}`, s])), [skus]);
  const prices = [...new Set(skus.map((s) => s.unitPrice).filter((p): p is number => p !== null))];
  const hasSaved = Object.values(initial).some((q) => q > 0) || Object.values(initialPacks).some((q) => q > 0);
  const skuOf = (skuId: string) => skus.find((s) => s.id === skuId);

  /** A pack in this colour: its price, or null when a size of it is missing or not for sale here. */
  const packPrice = (prepack: PrepackRule, color: string): number | null => {
    let sum = 0;
    for (const { size, quantity } of prepack.sizes) {
      const sku = byCell.get(`${color}\u0000${size}`);
      if (!sku || sku.unitPrice === null) return null;
      sum += sku.unitPrice * quantity;
    }
    return sum;
  };

  // What is typed, read as the engine reads it; text that is not a quantity is an error of its own.
  const singles: { skuId: string; quantity: number }[] = [];
  const unreadable = new Set<string>();
  for (const s of skus) {
    if (s.unitPrice === null || !sellsSingles) continue;
    const q = parseQuantity(values[s.id]);
    if (q === null) unreadable.add(s.id);
    else singles.push({ skuId: s.id, quantity: q });
  }
  const packs: { prepackId: string; color: string; packs: number }[] = [];
  if (sellsPacks) {
    for (const p of prepacks) {
      for (const color of colors) {
        if (packPrice(p, color) === null) continue;
        const n = parseQuantity(packValues[packKey(p.id, color)]);
        if (n === null) unreadable.add(packKey(p.id, color));
        else packs.push({ prepackId: p.id, color, packs: n });
      }
    }
  }
  const check = rules ? checkProductOrder(rules, skus, { singles, packs }) : null;
  const skuErrors = new Map<string, string>();
  const productErrors: string[] = [];
  for (const v of check?.violations ?? []) {
    if ("skuId" in v) skuErrors.set(v.skuId, skuErrors.get(v.skuId) ?? text(violationMessage(v)));
    else productErrors.push(text(violationMessage(v)));
  }
  for (const [field, message] of Object.entries(serverError?.fields ?? {})) {
    const skuId = /^quantities\.(.+)$/.exec(field)?.[1];
    if (skuId && !skuErrors.has(skuId)) skuErrors.set(skuId, message);
  }
  const invalid = unreadable.size > 0 || skuErrors.size > 0 || productErrors.length > 0;
  const errorId = (key: string) => `${id}-error-${key}`;
  // Text that is not a quantity gets one message, whichever inputs hold it (they are marked).
  const UNREADABLE = "unreadable";
  const describedBy = (key: string) => (unreadable.has(key) ? errorId(UNREADABLE) : errorId(key));

  const total =
    singles.reduce((sum, q) => sum + (skuOf(q.skuId)?.unitPrice ?? 0) * q.quantity, 0) +
    packs.reduce((sum, p) => sum + (packPrice(prepacks.find((pp) => pp.id === p.prepackId)!, p.color) ?? 0) * p.packs, 0);

  const hints = rules
    ? [
        rules.minQuantity ? hint("minProduct", { minimum: rules.minQuantity }) : null,
        rules.minQuantityPerSku ? hint("minPerSku", { minimum: rules.minQuantityPerSku }) : null,
        rules.orderMultiple && rules.orderMultiple > 1 ? hint("caseOf", { multiple: rules.orderMultiple }) : null,
        rules.maxQuantity ? hint("max", { maximum: rules.maxQuantity }) : null,
        rules.saleMode === "PACKS_ONLY" ? hint("packsOnly") : null,
      ].filter((h): h is string => h !== null)
    : [];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (invalid) {
      // Nothing is sent while a quantity is wrong: the first one gets the focus, its message beside it.
      form.current?.querySelector<HTMLInputElement>("input[aria-invalid='true']")?.focus();
      return;
    }
    start(async () => {
      const result = await save({ productId, quantities: singles, packs });
      if (!result.ok) {
        setServerError({ message: result.message, fields: result.fieldErrors ?? {} });
        toast.error(result.message);
        return;
      }
      setServerError(null);
      toast.success(t("updated"));
      router.refresh();
    });
  }

  const cellError = (skuId: string) => (unreadable.has(skuId) ? t("quantityInvalid") : skuErrors.get(skuId));
  const sizeRun = (p: PrepackRule) =>
    t("packContents", { pack: p.name, sizes: p.sizes.map((s) => hint("packSize", { size: s.size, quantity: s.quantity })).join(", "), perPack: hint("perPack", { units: unitsPerPack(p) }) });

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={productName}>
      <p className="text-sm text-slate-700">
        {t("unitPrice")}{" "}
        <span className="font-semibold tabular-nums" data-testid="unit-price">
          {prices.length === 0
            ? t("noPrice")
            : prices.length === 1
              ? money(prices[0])
              : t("priceRange", { min: money(Math.min(...prices)), max: money(Math.max(...prices)) })}
        </span>
      </p>
      {(hints.length > 0 || sellsPacks) && (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t("rules")} data-testid="order-rules">
          {hints.map((h) => (
            <li key={h} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-inset ring-brand-100">{h}</li>
          ))}
          {sellsPacks && prepacks.map((p) => (
            <li key={p.id} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700" data-testid="pack-contents">{sizeRun(p)}</li>
          ))}
        </ul>
      )}
      {sellsSingles && (
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
                    const error = cellError(sku.id);
                    return (
                      <td key={size}>
                        <input
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={MAX_QUANTITY}
                          step={rules?.orderMultiple ?? 1}
                          aria-label={quantityLabel({ color, size })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? describedBy(sku.id) : undefined}
                          value={values[sku.id] ?? ""}
                          onChange={(e) => {
                            setServerError(null);
                            setValues((v) => ({ ...v, [sku.id]: e.target.value }));
                          }}
                          className="qty-input"
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
      )}
      {orderable && sellsSingles && (
        <div aria-live="polite" className="mt-1 space-y-0.5" data-testid="cell-errors">
          {skus.filter((s) => !unreadable.has(s.id) && skuErrors.has(s.id)).map((s) => (
            <p key={s.id} id={errorId(s.id)} className="text-sm text-red-600" data-testid="rule-error">
              {t("cellError", { cell: t("cellLabel", { color: s.color, size: s.size }), message: skuErrors.get(s.id)! })}
            </p>
          ))}
        </div>
      )}
      {orderable && sellsPacks && (
        <div className="mt-3 space-y-3" data-testid="pack-inputs">
          {prepacks.map((p) => (
            <fieldset key={p.id} className="rounded-md border border-slate-200 p-2">
              <legend className="px-1 text-xs font-medium text-slate-700">{t("packsOf", { pack: p.name })}</legend>
              <ul className="divide-y divide-slate-100">
                {colors.map((color) => {
                  const price = packPrice(p, color);
                  const key = packKey(p.id, color);
                  const error = unreadable.has(key) ? t("quantityInvalid") : undefined;
                  return (
                    <li key={color} className="flex items-center justify-between gap-3 py-1.5 text-sm">
                      <span className="min-w-0">
                        <span className="font-medium">{color}</span>{" "}
                        <span className="text-xs text-slate-500 tabular-nums">{price === null ? t("packUnavailable") : t("packPrice", { price: money(price) })}</span>
                      </span>
                      {price !== null && (
                        <input
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={MAX_QUANTITY}
                          step={1}
                          aria-label={t("packsFor", { pack: p.name, color })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? describedBy(key) : undefined}
                          value={packValues[key] ?? ""}
                          onChange={(e) => {
                            setServerError(null);
                            setPackValues((v) => ({ ...v, [key]: e.target.value }));
                          }}
                          className="qty-input"
                          placeholder="0"
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        </div>
      )}
      {orderable && (
        // Announced as they change: each says which quantity and how to fix it. Pack and product
        // messages come after the packs; the SKUs' right under their grid (above).
        <div aria-live="polite" className="mt-1 space-y-0.5" data-testid="grid-errors">
          {unreadable.size > 0 && <p id={errorId(UNREADABLE)} className="text-sm text-red-600" data-testid="field-error">{t("quantityInvalid")}</p>}
          {productErrors.map((message) => (
            <p key={message} className="text-sm text-red-600" data-testid="rule-error">{message}</p>
          ))}
          {serverError && !invalid && <FieldError message={serverError.message} />}
        </div>
      )}
      {orderable && prices.length > 0 && (
        <div className="mt-3 flex items-center justify-between gap-3">
          <span className="text-sm tabular-nums text-slate-600">{money(total)}</span>
          <Button type="submit" pending={pending}>{hasSaved ? t("updateCart") : t("addToCart")}</Button>
        </div>
      )}
    </form>
  );
}
