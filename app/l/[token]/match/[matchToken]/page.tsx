import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkShell } from "@/components/link-pages/link-shell";
import { OrderMatchConfirm } from "@/components/link-pages/order-match-confirm";
import { checkoutMessages, localeOf } from "@/lib/checkout/messages";
import { loadOrderMatchPage } from "@/lib/checkout/order-match-queries";
import { dateTimeFormat } from "@/lib/format/date-time-format";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";

export const metadata: Metadata = { title: "Confirm your order", robots: { index: false } };

// Opened from the e-mail sent when a guest order used the address of a buyer the brand knows:
// shows the order and confirms it only on a click (mail scanners fetch links too); afterwards the
// same link shows it as confirmed.
export default async function OrderMatchPage({ params }: { params: Promise<{ token: string; matchToken: string }> }) {
  const { token, matchToken } = await params;
  const page = await loadOrderMatchPage(token, matchToken);
  if (!page) notFound();
  const { brand, match } = page;
  const order = match.state === "open" || match.state === "confirmed" ? match.order : null;
  const language = order?.language ?? page.linkLanguage;
  const m = checkoutMessages(language);
  return (
    <LinkShell token={token} brandName={brand.name} language={language}>
      <div className="mx-auto max-w-lg">
        {order ? (
          <OrderMatchConfirm
            linkToken={token}
            matchToken={matchToken}
            brandName={brand.name}
            buyerName={order.buyerName}
            orderNumber={formatOrderNumber(brand.orderPrefix, order.number)}
            placedOn={`${dateTimeFormat(localeOf(language), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(order.createdAt)} UTC`}
            total={formatMoney(order.total, order.currency, localeOf(language))}
            confirmed={match.state === "confirmed" ? { buyerName: order.buyerName, buyerHasApp: match.buyerHasApp } : null}
          />
        ) : (
          <div className="rounded-xl border border-slate-200 bg-white p-5" data-testid={match.state === "expired" ? "match-expired" : "match-invalid"}>
            <h1 className="text-xl font-semibold">{match.state === "expired" ? m.matchExpiredTitle : m.matchInvalidTitle}</h1>
            <p className="mt-2 text-sm text-slate-600">{match.state === "expired" ? m.matchExpiredText : m.matchInvalidText}</p>
          </div>
        )}
      </div>
    </LinkShell>
  );
}
