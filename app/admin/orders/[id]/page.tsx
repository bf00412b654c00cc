import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FileText } from "lucide-react";
import { PageHeader } from "@/components/ui/card";
import { ConfirmOcDialog } from "@/components/orders/confirm-oc-dialog";
import { OcEditor } from "@/components/orders/oc-editor";
import { ForceApproveButton, MakeEditableButton, RejectOrderButton, SendForApprovalButton } from "@/components/orders/order-actions";
import { OrderMatchPanel } from "@/components/orders/order-match-panel";
import { Dl, OrderLinesTable, Section, ShippingAddress, Totals } from "@/components/orders/order-sections";
import { OrderStatusBadge, ReleaseStatusBadge } from "@/components/orders/order-status-badge";
import { QuantityDialog } from "@/components/orders/quantity-dialog";
import { requireBrandPage } from "@/lib/auth/guards";
import { countOf, NOUNS } from "@/lib/format/plural";
import { fromMinor } from "@/lib/money/format";
import { createDeliveryNoteAction, createUndeliveredSkusAction } from "@/lib/orders/actions";
import { deliveryNoteBlocker, remainingQuantity, undeliveredBlocker } from "@/lib/orders/delivery-quantities";
import { makeEditableBlocker } from "@/lib/orders/make-oc-editable";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getOrderDetail, lineQuantities, listBrandTags, orderHistory } from "@/lib/orders/queries";
import { PAYMENT_METHOD_LABELS, PAYMENT_STATUS_LABELS } from "@/lib/orders/status-labels";

export const metadata: Metadata = { title: "Order detail" };

const PLACED_VIA = { GUEST: "Guest", USER_ACCOUNT: "Login with User Account", OFFLINE_BUYER: "Login with Offline Buyer", BRAND_CREDENTIALS: "Login with Brand-Specific Credentials" } as const;


export default async function OrderDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("orders.manage");
  const { id } = await params;
  const order = await getOrderDetail(ctx.brand.id, id);
  if (!order) notFound();
  const [tags, history] = await Promise.all([listBrandTags(ctx.brand.id), orderHistory(ctx.brand.id, order.id)]);
  const number = formatOrderNumber(ctx.brand.orderPrefix, order.number);
  const quantities = lineQuantities(order);
  const confirmed = order.status === "OC_CONFIRMED" || order.status === "OC_CONFIRMED_UNDELIVERED";
  const editable = order.status === "PLEASE_CREATE_OC" || order.status === "OC_CREATED";
  const labelOf = (lineId: string) => {
    const l = order.lines.find((x) => x.id === lineId)!;
    return `${l.productName} · ${l.skuCode} · ${l.color} / ${l.size}`;
  };
  const defaultBody = `Dear ${order.contactName},\n\nThank you for your order. ${ctx.brand.name} has confirmed order confirmation ${number}.\n\n${ctx.brand.name}`;

  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/orders" className="text-brand-700 hover:underline">← Order Management</Link></p>
      <PageHeader
        title={`Order ${number}`}
        description={`Placed ${order.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC by ${order.buyer.name}`}
        actions={
          <a href={`/admin/orders/${order.id}/pdf`} target="_blank" rel="noopener" className="inline-flex h-10 items-center gap-2 rounded-md bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            <FileText className="size-4" aria-hidden /> Order Confirmation PDF
          </a>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="order-status">
        <OrderStatusBadge status={order.status} />
        <ReleaseStatusBadge status={order.releaseStatus} />
        {order.status === "OC_CREATED" && order.ocSentAt && <span className="text-xs text-slate-500">Sent to the buyer for approval on {order.ocSentAt.toISOString().slice(0, 10)}</span>}
      </div>

      <OrderMatchPanel brandId={ctx.brand.id} orderId={order.id} />

      <div className="mb-6 flex flex-wrap items-start gap-3" aria-label="Order actions" role="group">
        {(order.status === "OC_CREATED" || order.status === "OC_APPROVED") && (
          <ConfirmOcDialog orderId={order.id} orderNumber={number} fromCreated={order.status === "OC_CREATED"} tags={tags} defaultBody={defaultBody} />
        )}
        {order.status === "OC_CREATED" && <SendForApprovalButton orderId={order.id} sentAt={order.ocSentAt?.toISOString() ?? null} />}
        {order.status === "OC_CREATED" && <ForceApproveButton orderId={order.id} />}
        {confirmed && (
          <>
            <QuantityDialog orderId={order.id} title="Create Delivery Notes" submitLabel="Create Delivery Note" success="The delivery note was created."
              description="Enter the quantity of each SKU shipped with this delivery note. Create several notes for split shipments."
              blocker={deliveryNoteBlocker(order)} action={createDeliveryNoteAction}
              lines={quantities.filter((q) => remainingQuantity(q) > 0).map((q) => ({ id: q.id, label: labelOf(q.id), max: remainingQuantity(q) }))} />
            <QuantityDialog orderId={order.id} title="Create Undelivered SKUs" submitLabel="Create Undelivered SKUs" success="Undelivered SKUs were created." variant="secondary" defaultFull={false}
              description="Enter the quantity of each SKU that will ship later or never. The order is then locked."
              blocker={undeliveredBlocker({ status: order.status, deliveryNoteCount: order.deliveryNotes.length })} action={createUndeliveredSkusAction}
              lines={order.lines.map((l) => ({ id: l.id, label: labelOf(l.id), max: l.quantity }))} />
            <MakeEditableButton orderId={order.id} blocker={makeEditableBlocker({ status: order.status, releaseStatus: order.releaseStatus, deliveryNoteCount: order.deliveryNotes.length, undeliveredCount: order.undeliveredSkus.length })} />
          </>
        )}
        {["PLEASE_CREATE_OC", "OC_CREATED", "OC_APPROVED"].includes(order.status) && <RejectOrderButton orderId={order.id} />}
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <Section title="Buyer">
          <Dl items={[["Buyer", order.buyer.name], ["Contact", order.contactName], ["Email", order.contactEmail], ["Phone", order.contactPhone], ["Country", order.buyer.country]]} />
        </Section>
        <Section title="Source">
          <Dl items={[
            ["Source", order.source === "STANDARD_ORDER" ? "Standard Order" : (order.sourceLinkName ?? "Order link (deleted)")],
            ["Placed via", PLACED_VIA[order.placedVia]],
            ["Placed by", order.placedByLabel ?? order.contactName],
            ["Currency", order.currency],
            ["Language", order.language === "JA" ? "Japanese" : "English"],
          ]} />
        </Section>
        <Section title="Shipping address">
          <ShippingAddress order={order} />
          {order.shippingRequestNote && <p className="mt-2 text-sm text-slate-600">Request: {order.shippingRequestNote}</p>}
        </Section>
        <Section title="Payment" testId="order-payment">
          <Dl items={[["Method", PAYMENT_METHOD_LABELS[order.paymentMethod]], ["Status", PAYMENT_STATUS_LABELS[order.paymentStatus]]]} />
        </Section>
        <Section title="Tags" testId="order-tags">
          {order.tags.length === 0 ? <p className="text-sm text-slate-500">No tags.</p> : (
            <ul className="flex flex-wrap gap-1">{order.tags.map((t) => <li key={t.tag.id} className="rounded bg-slate-100 px-2 py-0.5 text-sm">{t.tag.name}</li>)}</ul>
          )}
        </Section>
        {order.rejectedReason && <Section title="Rejection"><p className="text-sm">{order.rejectedReason}</p></Section>}
      </div>

      <section className="mt-6" aria-labelledby="lines-heading">
        <h2 id="lines-heading" className="mb-3 text-lg font-semibold">{editable ? (order.status === "PLEASE_CREATE_OC" ? "Create the OC" : "Order confirmation (draft)") : "Order lines"}</h2>
        {editable ? (
          <OcEditor orderId={order.id} currency={order.currency} isDraft={order.status === "OC_CREATED"} revision={order.ocRevision}
            lines={order.lines.map((l) => ({ lineId: l.id, label: `${l.productName} · ${l.skuCode} · ${l.color} / ${l.size}`, quantity: l.quantity, unitPrice: fromMinor(l.unitPrice, order.currency) }))} />
        ) : (
          <>
            <OrderLinesTable order={order} quantities={confirmed ? quantities : undefined} />
            <Totals order={order} />
          </>
        )}
      </section>

      {(order.deliveryNotes.length > 0 || order.undeliveredSkus.length > 0) && (
        <div className="mt-6 grid gap-4 lg:grid-cols-2">
          <Section title="Delivery notes" testId="delivery-notes">
            {order.deliveryNotes.length === 0 ? <p className="text-sm text-slate-500">None yet.</p> : (
              <ul className="space-y-2 text-sm">
                {order.deliveryNotes.map((n) => (
                  <li key={n.id} className="flex items-center justify-between gap-2">
                    <span>Delivery note #{n.sequence} · {n.createdAt.toISOString().slice(0, 10)} · {countOf(n.lines.reduce((s, l) => s + l.quantity, 0), NOUNS.unit)}</span>
                    <a href={`/admin/orders/${order.id}/pdf?deliveryNote=${n.sequence}`} target="_blank" rel="noopener" className="text-brand-700 hover:underline">PDF</a>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title="Undelivered SKUs">
            {order.undeliveredSkus.length === 0 ? <p className="text-sm text-slate-500">None.</p> : (
              <ul className="space-y-1 text-sm">{order.undeliveredSkus.map((u) => <li key={u.id}>{labelOf(u.orderLineId)}: {countOf(u.quantity, NOUNS.unit)}</li>)}</ul>
            )}
          </Section>
        </div>
      )}

      <Section title="Status history" className="mt-6" testId="order-history">
        <ol className="space-y-2 text-sm">
          {history.map((h) => (
            <li key={h.id} className="flex flex-wrap gap-x-2">
              <time className="tabular-nums text-slate-500" dateTime={h.createdAt.toISOString()}>{h.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time>
              <span className="font-medium">{h.actorLabel}</span>
              <span className="text-slate-700">{h.text}</span>
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
