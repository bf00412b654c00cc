import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import { BRAND_MOMENT } from "@/components/link-pages/date-formats";
import { LinkShell } from "@/components/link-pages/link-shell";
import { OrderMatchConfirm } from "@/components/link-pages/order-match-confirm";
import { loadOrderMatchPage } from "@/lib/checkout/order-match-queries";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.metadata");
  return { title: t("confirmOrder"), robots: { index: false } };
}

// Opened from the e-mail sent when a guest order used the address of a buyer the brand knows:
// shows the order and confirms it only on a click (mail scanners fetch links too); afterwards the
// same link shows it as confirmed. A link page: it speaks the request's language, dates in the
// brand's time zone.
export default async function OrderMatchPage({ params }: { params: Promise<{ token: string; matchToken: string }> }) {
  const { token, matchToken } = await params;
  const page = await loadOrderMatchPage(token, matchToken);
  if (!page) notFound();
  const { brand, match } = page;
  const order = match.state === "open" || match.state === "confirmed" ? match.order : null;
  const [t, format, locale] = await Promise.all([getTranslations("checkout.match"), getFormatter(), getLocale()]);
  return (
    <LinkShell token={token} brandName={brand.name}>
      <div className="mx-auto max-w-lg">
        {order ? (
          <OrderMatchConfirm
            linkToken={token}
            matchToken={matchToken}
            brandName={brand.name}
            buyerName={order.buyerName}
            orderNumber={formatOrderNumber(brand.orderPrefix, order.number)}
            placedOn={format.dateTime(order.createdAt, BRAND_MOMENT)}
            total={formatMoney(order.total, order.currency, locale)}
            confirmed={match.state === "confirmed" ? { buyerName: order.buyerName, buyerHasApp: match.buyerHasApp } : null}
          />
        ) : (
          <div className="rounded-xl border border-slate-200 bg-white p-5" data-testid={match.state === "expired" ? "match-expired" : "match-invalid"}>
            <h1 className="text-xl font-semibold">{match.state === "expired" ? t("expiredTitle") : t("invalidTitle")}</h1>
            <p className="mt-2 text-sm text-slate-600">{match.state === "expired" ? t("expiredText") : t("invalidText")}</p>
          </div>
        )}
      </div>
    </LinkShell>
  );
}
