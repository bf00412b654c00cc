"use client";
// The e-mailed "is this your order?" confirmation: one click attaches the guest order to the buyer
// whose address it used; the result (or why it cannot) replaces the button. Speaks the request's
// language (the page's IntlProvider).
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { confirmOrderMatchByTokenAction } from "@/lib/checkout/actions";

type Confirmed = { buyerName: string; buyerHasApp: boolean };

type Props = {
  linkToken: string; matchToken: string; brandName: string; buyerName: string; orderNumber: string; placedOn: string; total: string;
  /** Already confirmed (the page after the click, or a later visit). */
  confirmed: Confirmed | null;
};

export function OrderMatchConfirm({ linkToken, matchToken, brandName, buyerName, orderNumber, placedOn, total, confirmed }: Props) {
  const t = useTranslations("linkPages.orderMatch");
  const [pending, start] = useTransition();
  const [justConfirmed, setJustConfirmed] = useState<Confirmed | null>(null);
  const done = confirmed ?? justConfirmed;
  const [error, setError] = useState<string | null>(null);
  const confirm = () =>
    start(async () => {
      const result = await confirmOrderMatchByTokenAction(linkToken, { token: matchToken });
      if (result.ok) setJustConfirmed(result.data);
      else setError(result.message);
    });
  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-5" data-testid="order-match">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">{t("orderNumber")}</dt>
        <dd className="font-medium">{orderNumber}</dd>
        <dt className="text-slate-500">{t("placedOn")}</dt>
        <dd>{placedOn}</dd>
        <dt className="text-slate-500">{t("total")}</dt>
        <dd className="tabular-nums">{total}</dd>
      </dl>
      {done ? (
        <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="order-match-confirmed">
          <p>{t("confirmed", { buyerName: done.buyerName })}</p>
          {done.buyerHasApp && <Link href="/buyer/orders" className="mt-2 inline-block font-medium text-brand-700 underline">{t("openBuyerApp")}</Link>}
        </div>
      ) : error ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="order-match-error">{error}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("text", { buyerName, brandName })}</p>
          <Button className="h-11 w-full" pending={pending} onClick={confirm}>{t("confirm")}</Button>
          <p className="text-xs text-slate-500">{t("notYours")}</p>
        </>
      )}
    </div>
  );
}
