import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LinkShell } from "@/components/link-pages/link-shell";
import { OrderPageUnavailable } from "@/components/link-pages/order-page-unavailable";
import { checkoutMessages, localeOf } from "@/lib/checkout/messages";
import { prisma } from "@/lib/db/client";
import { readLinkSession } from "@/lib/link-access/session-cookie";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";

export const metadata: Metadata = { title: "Order placed" };

// Shown only to the visitor whose link session placed the order (its id is in their session);
// anyone else is told who can see it, not that the link does not exist.
export default async function LinkOrderPlacedPage({ params }: { params: Promise<{ token: string; orderId: string }> }) {
  const { token, orderId } = await params;
  const link = await prisma.orderLink.findUnique({ where: { token }, select: { id: true, language: true, brand: { select: { name: true, orderPrefix: true } } } });
  if (!link) notFound();
  const session = await readLinkSession(link.id);
  const order = session?.orderIds.includes(orderId)
    ? await prisma.order.findFirst({ where: { id: orderId, sourceLinkId: link.id }, include: { lines: { orderBy: { position: "asc" } } } })
    : null;
  if (!order) return <OrderPageUnavailable token={token} brandName={link.brand.name} language={link.language ?? "EN"} />;
  const m = checkoutMessages(order.language);
  const money = (n: number) => formatMoney(n, order.currency, localeOf(order.language));
  return (
    <LinkShell token={token} brandName={link.brand.name} language={order.language}>
      <div className="mx-auto max-w-lg space-y-4" data-testid="order-placed">
        <div className="rounded-xl border border-emerald-200 bg-emerald-50 p-5">
          <h1 className="text-xl font-semibold text-emerald-900">{m.orderPlaced}</h1>
          <p className="mt-2 text-sm text-emerald-900">
            {m.orderNumber}: <strong data-testid="order-number">{formatOrderNumber(link.brand.orderPrefix, order.number)}</strong>
          </p>
          <p className="mt-2 text-sm text-emerald-900">{m.orderPlacedText} {order.contactEmail}</p>
          {order.paymentMethod === "STRIPE_CARD" && <p className="mt-2 text-sm">{order.paymentStatus === "PAID" ? m.paymentPaid : m.paymentAwaiting}</p>}
        </div>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
          {order.lines.map((l) => (
            <li key={l.id} className="flex justify-between gap-3 p-3">
              <span>{l.productName} · {l.color} / {l.size} × {l.quantity}</span>
              <span className="tabular-nums">{money(l.lineTotal)}</span>
            </li>
          ))}
          <li className="flex justify-between p-3"><span>{m.shippingFee}</span><span className="tabular-nums">{money(order.shippingFee)}</span></li>
          <li className="flex justify-between p-3 font-semibold"><span>{m.total}</span><span className="tabular-nums" data-testid="placed-total">{money(order.total)}</span></li>
        </ul>
        <Link href={`/l/${token}`} className="block text-center text-sm text-brand-700 hover:underline">{m.backToCatalogs}</Link>
      </div>
    </LinkShell>
  );
}
