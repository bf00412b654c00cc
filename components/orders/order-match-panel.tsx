// The admin order page's note on a guest order that used the e-mail of a buyer the brand knows:
// "Matches buyer X — Confirm match" while it is held, and who it matched once confirmed.
import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { getOrderMatch } from "@/lib/checkout/order-match-queries";
import { ConfirmMatchButton } from "./confirm-match-button";

export async function OrderMatchPanel({ brandId, orderId }: { brandId: string; orderId: string }) {
  const match = await getOrderMatch(brandId, orderId);
  if (!match) return null;
  const [t, format] = await Promise.all([getTranslations("orders.match"), getFormatter()]);
  const buyerLink = <Link href={`/admin/buyers/${match.buyer.id}`} className="text-brand-700 hover:underline">{match.buyer.name}</Link>;
  if (match.confirmedAt) {
    return (
      <p className="mb-4 text-sm text-slate-600" data-testid="order-match">
        {t("confirmed", { name: match.buyer.name, date: format.dateTime(match.confirmedAt, { dateStyle: "medium" }) })} {buyerLink}
      </p>
    );
  }
  return (
    <section role="note" className="mb-6 flex flex-wrap items-start justify-between gap-3 rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900" data-testid="order-match">
      <div className="min-w-0 max-w-2xl">
        <h2 className="font-semibold">{t("matches", { name: match.buyer.name })}</h2>
        <p className="mt-1">{t("held", { hasEmail: match.buyer.email ? "yes" : "no", email: match.buyer.email ?? "" })}</p>
        <p className="mt-1">{buyerLink}</p>
      </div>
      <ConfirmMatchButton orderId={orderId} buyerName={match.buyer.name} />
    </section>
  );
}
