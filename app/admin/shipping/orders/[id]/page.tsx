import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { CancelOrderButton, PrepareReleaseButton } from "@/components/shipping/order-actions";
import { OrderingMember } from "@/components/shipping/ordering-member";
import { requireBrandPage } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { ORDER_STATUS_LABELS, ORDER_STATUS_TONES, PAYMENT_METHOD_LABELS, PAYMENT_STATUS_LABELS, RELEASE_FAILURE_LABELS, RELEASE_STATUS_LABELS, RELEASE_STATUS_TONES } from "@/lib/orders/status-labels";
import { CANCELLABLE } from "@/lib/shipping/cancel-orders";
import { CONFIRMED, RELEASABLE } from "@/lib/shipping/prepare-release";
import { getShippingOrder } from "@/lib/shipping/queries";
import { shippingOptionLabel } from "@/lib/shipping/shipping-option";
import { mediumDateTime } from "@/lib/format/date-time-format";

export const metadata: Metadata = { title: "Order details" };

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
  const number = formatOrderNumber(ctx.brand.orderPrefix, order.number);
  const money = (amount: number) => formatMoney(amount, order.currency);
  const releasable = order.releaseStatus !== null && RELEASABLE.includes(order.releaseStatus) && CONFIRMED.includes(order.status);
  const cancellable = order.releaseStatus !== null && CANCELLABLE.includes(order.releaseStatus) && CONFIRMED.includes(order.status);
  const address = [order.shipLine1, order.shipLine2, order.shipCity, order.shipRegion, order.shipPostalCode].filter(Boolean).join(", ");
  const undelivered = order.lines.filter((l) => l.undelivered.length > 0);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/admin/shipping" className="text-brand-600 hover:underline">
          New (To Ship) Orders
        </Link>
        <span className="text-slate-500"> / {number}</span>
      </nav>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{number}</h1>
          <div className="mt-2 flex flex-wrap gap-2">
            <Badge tone={ORDER_STATUS_TONES[order.status]}>{ORDER_STATUS_LABELS[order.status]}</Badge>
            {order.releaseStatus && (
              <Badge tone={RELEASE_STATUS_TONES[order.releaseStatus]}>
                <span data-testid="release-status">{RELEASE_STATUS_LABELS[order.releaseStatus]}</span>
              </Badge>
            )}
          </div>
          <p className="mt-2 text-sm text-slate-600">Ordered {mediumDateTime(order.createdAt)}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2"><PrepareReleaseButton orderId={order.id} releasable={releasable} /></div>
      </div>

      {order.releaseStatus === "FAILED_TO_RELEASE" && order.releaseFailureReason && (
        <div className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800" data-testid="release-failure-reason">
          <p className="font-semibold">Failed to Release: {RELEASE_FAILURE_LABELS[order.releaseFailureReason]}</p>
          {order.releaseFailureDetail && <p className="mt-1">{order.releaseFailureDetail}</p>}
        </div>
      )}

      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 2xl:grid-cols-3">
        <div className="space-y-6 2xl:col-span-2">
          <Section title="Ordered Product">
            <Table>
              <thead>
                <tr>
                  <Th>Product</Th>
                  <Th>SKU</Th>
                  <Th>Option</Th>
                  <Th className="text-right">Quantity</Th>
                  <Th className="text-right">Inventory</Th>
                  <Th className="text-right">Unit price</Th>
                  <Th className="text-right">Amount</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {order.lines.map((l) => (
                  <tr key={l.id}>
                    <Td>
                      <p className="font-medium">{l.productName}</p>
                      <p className="text-xs text-slate-500">
                        {l.productCode}
                        {!l.sku.product.deliveryName && <Badge tone="amber" className="ml-2">No delivery name</Badge>}
                      </p>
                    </Td>
                    <Td className="font-mono text-xs">{l.skuCode}</Td>
                    <Td>
                      {l.color} / {l.size}
                    </Td>
                    <Td className="text-right tabular-nums">{l.quantity}</Td>
                    <Td className="text-right tabular-nums">{l.sku.stockQuantity}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{money(l.unitPrice)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{money(l.lineTotal)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Section>

          <Section title="Payment Info">
            <dl>
              <Row label="Payment method">{PAYMENT_METHOD_LABELS[order.paymentMethod]}</Row>
              <Row label="Payment status">{PAYMENT_STATUS_LABELS[order.paymentStatus]}</Row>
              <Row label="Subtotal">{money(order.subtotal)}</Row>
              <Row label="Shipping fee">{money(order.shippingFee)}</Row>
              <Row label="Total">
                <strong>{money(order.total)}</strong>
              </Row>
            </dl>
          </Section>

          <Section title="Shipping">
            <dl>
              <Row label="Recipient">{order.shipRecipient ?? <span className="text-red-700">Missing</span>}</Row>
              <Row label="Address">{address || <span className="text-red-700">Missing</span>}</Row>
              <Row label="Country">{order.shipCountry === ctx.brand.homeCountry ? `${order.shipCountry} (Domestic)` : `${order.shipCountry} (International)`}</Row>
              <Row label="Phone">{order.shipPhone ?? "—"}</Row>
              <Row label="Shipping option">{shippingOptionLabel(order.shippingRateGroup)}</Row>
              {/* The rate inside the group that set the fee; the Shipping option column filters by the group. */}
              <Row label="Shipping rate">{order.shippingOptionName ?? "—"}</Row>
              <Row label="Shipping request">{order.shippingRequestNote ?? "—"}</Row>
              <Row label="Release status">{order.releaseStatus ? RELEASE_STATUS_LABELS[order.releaseStatus] : "—"}</Row>
              {order.releasedAt && <Row label="Prepared for release">{mediumDateTime(order.releasedAt)}</Row>}
              <Row label="Delivery notes">
                {order.deliveryNotes.length === 0 ? (
                  "None yet"
                ) : (
                  <Link href={`/admin/orders/${order.id}`} className="text-brand-600 hover:underline">
                    {order.deliveryNotes.length} delivery {order.deliveryNotes.length === 1 ? "note" : "notes"}
                  </Link>
                )}
              </Row>
            </dl>
          </Section>

          <Section title="Claim" actions={<CancelOrderButton orderId={order.id} cancellable={cancellable} />}>
            {order.status === "CANCELLED" ? (
              <dl>
                <Row label="Cancelled">{order.cancelledAt ? mediumDateTime(order.cancelledAt) : "Yes"}</Row>
                <Row label="Reason">{order.cancelledReason ?? "—"}</Row>
              </dl>
            ) : undelivered.length > 0 ? (
              <ul className="text-sm">
                {undelivered.map((l) => (
                  <li key={l.id}>
                    {l.skuCode}: {l.undelivered.reduce((s, u) => s + u.quantity, 0)} undelivered
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">No claims for this order. A sold-out order can be cancelled until it ships.</p>
            )}
          </Section>
        </div>

        <div className="space-y-6">
          <Section title="Ordering Member">
            <OrderingMember name={order.contactName} email={order.contactEmail} buyerId={order.buyer.id} buyerName={order.buyer.name} note={order.shippingRequestNote} />
            {order.contactPhone && <p className="mt-2 text-sm text-slate-600">{order.contactPhone}</p>}
          </Section>
          <Section title="Order">
            <dl>
              <Row label="Placed via">{order.sourceLinkName ?? "Standard Order"}</Row>
              <Row label="Currency">{order.currency}</Row>
              <Row label="Order management">
                <Link href={`/admin/orders/${order.id}`} className="text-brand-600 hover:underline">
                  Open in Order Management
                </Link>
              </Row>
            </dl>
          </Section>
        </div>
      </div>
    </>
  );
}
