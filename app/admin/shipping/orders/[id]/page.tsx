import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { CancelOrderButton, PrepareReleaseButton } from "@/components/shipping/order-actions";
import { OrderPacks } from "@/components/orders/order-packs";
import { OrderingMember } from "@/components/shipping/ordering-member";
import { requireBrandPage } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { requestedDeliveryText } from "@/lib/orders/requested-delivery";
import { ORDER_STATUS_TONES, RELEASE_STATUS_TONES } from "@/lib/orders/status-labels";
import { CANCELLABLE } from "@/lib/shipping/cancel-orders";
import { CONFIRMED, RELEASABLE } from "@/lib/shipping/prepare-release";
import { getShippingOrder } from "@/lib/shipping/queries";
import { releaseFailureText } from "@/lib/shipping/release-failure";
import { shippingOptionLabel, shippingOptionWords } from "@/lib/shipping/shipping-option";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shipping.order");
  return { title: t("title") };
}

function Section({ title, children, actions }: { title: string; children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <Card className="p-5">
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 className="text-base font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </Card>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-2 py-1 text-sm">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export default async function ShippingOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("shipping.manage");
  const { id } = await params;
  const order = await getShippingOrder(ctx.brand.id, id);
  if (!order) notFound();
  const [t, tAll, format, locale] = await Promise.all([getTranslations("shipping"), getTranslations(), getFormatter(), getLocale()]);
  const number = formatOrderNumber(ctx.brand.orderPrefix, order.number);
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const releasable = order.releaseStatus !== null && RELEASABLE.includes(order.releaseStatus) && CONFIRMED.includes(order.status);
  const cancellable = order.releaseStatus !== null && CANCELLABLE.includes(order.releaseStatus) && CONFIRMED.includes(order.status);
  const address = [order.shipLine1, order.shipLine2, order.shipCity, order.shipRegion, order.shipPostalCode].filter(Boolean).join(", ");
  const undelivered = order.lines.filter((l) => l.undelivered.length > 0);
  const delivery = requestedDeliveryText((key, values) => tAll(key, values), locale, order);

  return (
    <>
      <nav aria-label={t("order.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/shipping" className="text-brand-600 hover:underline">
          {t("queue.title")}
        </Link>
        <span className="text-slate-500"> / {number}</span>
      </nav>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{number}</h1>
          <div className="mt-2 flex flex-wrap gap-2">
            <Badge tone={ORDER_STATUS_TONES[order.status]}>{tAll(`status.order.${order.status}`)}</Badge>
            {order.releaseStatus && (
              <Badge tone={RELEASE_STATUS_TONES[order.releaseStatus]}>
                <span data-testid="release-status">{tAll(`status.release.${order.releaseStatus}`)}</span>
              </Badge>
            )}
          </div>
          <p className="mt-2 text-sm text-slate-600">{t("order.orderedAt", { date: dateTime(order.createdAt) })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2"><PrepareReleaseButton orderId={order.id} releasable={releasable} /></div>
      </div>

      {order.releaseStatus === "FAILED_TO_RELEASE" && order.releaseFailureReason && (
        <div className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800" data-testid="release-failure-reason">
          <p className="font-semibold">{t("order.failure", { reason: tAll(`status.releaseFailure.${order.releaseFailureReason}`) })}</p>
          {order.releaseFailureDetail && <p className="mt-1">{releaseFailureText(tAll, locale, order.releaseFailureReason, order.releaseFailureDetail)}</p>}
        </div>
      )}

      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 2xl:grid-cols-3">
        <div className="space-y-6 2xl:col-span-2">
          <Section title={t("order.orderedProduct")}>
            <Table>
              <thead>
                <tr>
                  <Th>{t("order.product")}</Th>
                  <Th>{t("order.sku")}</Th>
                  <Th>{t("order.option")}</Th>
                  <Th className="text-right">{t("order.quantity")}</Th>
                  <Th className="text-right">{t("order.inventory")}</Th>
                  <Th className="text-right">{t("order.unitPrice")}</Th>
                  <Th className="text-right">{t("order.amount")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {order.lines.map((l) => (
                  <tr key={l.id}>
                    <Td>
                      <p className="font-medium">{l.productName}</p>
                      <p className="text-xs text-slate-500">
                        {l.productCode}
                        {!l.sku.product.deliveryName && <Badge tone="amber" className="ml-2">{t("order.noDeliveryName")}</Badge>}
                      </p>
                    </Td>
                    <Td className="font-mono text-xs">{l.skuCode}</Td>
                    <Td>
                      {l.color} / {l.size}
                    </Td>
                    <Td className="text-right tabular-nums">
                      {format.number(l.quantity)}
                      {l.packQuantity > 0 && <span className="block whitespace-nowrap text-xs text-slate-500">{t("order.fromPacks", { count: l.packQuantity })}</span>}
                    </Td>
                    <Td className="text-right tabular-nums">{format.number(l.sku.stockQuantity)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{money(l.unitPrice)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{money(l.lineTotal)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <OrderPacks packLines={order.packLines} lines={order.lines} className="mt-4" />
          </Section>

          <Section title={t("order.paymentInfo")}>
            <dl>
              <Row label={t("order.paymentMethod")}>{tAll(`status.paymentMethod.${order.paymentMethod}`)}</Row>
              <Row label={t("order.paymentStatus")}>{tAll(`status.payment.${order.paymentStatus}`)}</Row>
              <Row label={t("order.subtotal")}>{money(order.subtotal)}</Row>
              <Row label={t("order.shippingFee")}>{money(order.shippingFee)}</Row>
              <Row label={t("order.total")}>
                <strong>{money(order.total)}</strong>
              </Row>
            </dl>
          </Section>

          <Section title={t("order.shipping")}>
            <dl>
              <Row label={t("order.recipient")}>{order.shipRecipient ?? <span className="text-red-700">{t("order.missing")}</span>}</Row>
              <Row label={t("order.address")}>{address || <span className="text-red-700">{t("order.missing")}</span>}</Row>
              <Row label={t("order.country")}>
                {order.shipCountry === ctx.brand.homeCountry ? t("order.domesticCountry", { country: order.shipCountry }) : t("order.internationalCountry", { country: order.shipCountry })}
              </Row>
              <Row label={t("order.phone")}>{order.shipPhone ?? "—"}</Row>
              <Row label={t("order.shippingOption")}>{shippingOptionLabel(order.shippingRateGroup, shippingOptionWords(tAll))}</Row>
              {/* The rate inside the group that set the fee; the Shipping option column filters by the group. */}
              <Row label={t("order.shippingRate")}>{order.shippingOptionName ?? "—"}</Row>
              <Row label={t("order.shippingRequest")}>{order.shippingRequestNote ?? "—"}</Row>
              <Row label={t("order.releaseStatus")}>{order.releaseStatus ? tAll(`status.release.${order.releaseStatus}`) : "—"}</Row>
              {order.releasedAt && <Row label={t("order.preparedAt")}>{dateTime(order.releasedAt)}</Row>}
              <Row label={t("order.deliveryNotes")}>
                {order.deliveryNotes.length === 0 ? (
                  t("order.noDeliveryNotes")
                ) : (
                  <Link href={`/admin/orders/${order.id}`} className="text-brand-600 hover:underline">
                    {t("order.deliveryNoteCount", { count: order.deliveryNotes.length })}
                  </Link>
                )}
              </Row>
            </dl>
          </Section>

          <Section title={t("order.claim")} actions={<CancelOrderButton orderId={order.id} cancellable={cancellable} />}>
            {order.status === "CANCELLED" ? (
              <dl>
                <Row label={t("order.cancelledAt")}>{order.cancelledAt ? dateTime(order.cancelledAt) : tAll("common.yes")}</Row>
                <Row label={t("order.reason")}>{order.cancelledReason ?? "—"}</Row>
              </dl>
            ) : undelivered.length > 0 ? (
              <ul className="text-sm">
                {undelivered.map((l) => (
                  <li key={l.id}>{t("order.undelivered", { sku: l.skuCode, count: l.undelivered.reduce((s, u) => s + u.quantity, 0) })}</li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("order.noClaims")}</p>
            )}
          </Section>
        </div>

        <div className="space-y-6">
          <Section title={t("order.orderingMember")}>
            <OrderingMember name={order.contactName} email={order.contactEmail} buyerId={order.buyer.id} buyerName={order.buyer.name} note={order.shippingRequestNote} />
            {order.contactPhone && <p className="mt-2 text-sm text-slate-600">{order.contactPhone}</p>}
          </Section>
          <Section title={t("order.order")}>
            <dl>
              <Row label={t("order.placedVia")}>{order.sourceLinkName ?? t("order.standardOrder")}</Row>
              {order.poNumber && <Row label={t("order.poNumber")}><span data-testid="shipping-po">{order.poNumber}</span></Row>}
              {delivery && <Row label={t("order.requestedDelivery")}>{delivery}</Row>}
              {order.buyerNote && <Row label={t("order.buyerNote")}><span className="whitespace-pre-line">{order.buyerNote}</span></Row>}
              <Row label={t("order.currency")}>{order.currency}</Row>
              <Row label={t("order.orderManagement")}>
                <Link href={`/admin/orders/${order.id}`} className="text-brand-600 hover:underline">
                  {t("order.openInOrderManagement")}
                </Link>
              </Row>
            </dl>
          </Section>
        </div>
      </div>
    </>
  );
}
