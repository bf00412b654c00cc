import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import { FileText } from "lucide-react";
import { PageHeader } from "@/components/ui/card";
import { ConfirmOcDialog } from "@/components/orders/confirm-oc-dialog";
import { OcEditor } from "@/components/orders/oc-editor";
import { ForceApproveButton, MakeEditableButton, RejectOrderButton, SendForApprovalButton } from "@/components/orders/order-actions";
import { OrderMatchPanel } from "@/components/orders/order-match-panel";
import { OrderPacks } from "@/components/orders/order-packs";
import { OrderRequest } from "@/components/orders/order-request";
import { Dl, OrderLinesTable, Section, ShippingAddress, Totals } from "@/components/orders/order-sections";
import { OrderStatusBadge, ReleaseStatusBadge } from "@/components/orders/order-status-badge";
import { QuantityDialog } from "@/components/orders/quantity-dialog";
import { requireBrandPage } from "@/lib/auth/guards";
import { translateMessage } from "@/lib/i18n/message-text";
import { fromMinor } from "@/lib/money/format";
import { createDeliveryNoteAction, createUndeliveredSkusAction } from "@/lib/orders/actions";
import { deliveryNoteBlocker, remainingQuantity, undeliveredBlocker } from "@/lib/orders/delivery-quantities";
import { confirmEmailDefaultBody } from "@/lib/orders/confirm-default-body";
import { makeEditableBlocker } from "@/lib/orders/make-oc-editable";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getOrderDetail, lineQuantities, listBrandTags, orderHistory, productRulesById } from "@/lib/orders/queries";

export async function generateMetadata() {
  const t = await getTranslations("orders.detail");
  return { title: t("metaTitle") };
}

export default async function OrderDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("orders.manage");
  const { id } = await params;
  const order = await getOrderDetail(ctx.brand.id, id);
  if (!order) notFound();
  const locale = await getLocale();
  const editable = order.status === "PLEASE_CREATE_OC" || order.status === "OC_CREATED";
  const [tags, history, rules, tr, t, ta, ts, format] = await Promise.all([
    listBrandTags(ctx.brand.id), orderHistory(ctx.brand.id, order.id, locale),
    // The OC editor checks changed quantities against the products' current order rules.
    editable ? productRulesById(ctx.brand.id, order.lines.map((l) => l.productId)) : {},
    getTranslations(), getTranslations("orders.detail"), getTranslations("orders"), getTranslations("status"), getFormatter(),
  ]);
  const number = formatOrderNumber(ctx.brand.orderPrefix, order.number);
  const quantities = lineQuantities(order);
  const confirmed = order.status === "OC_CONFIRMED" || order.status === "OC_CONFIRMED_UNDELIVERED";
  const labelOf = (lineId: string) => {
    const l = order.lines.find((x) => x.id === lineId)!;
    return `${l.productName} · ${l.skuCode} · ${l.color} / ${l.size}`;
  };
  // Written to the buyer: in the order's language, not the staff member's.
  const defaultBody = confirmEmailDefaultBody({ language: order.language, contactName: order.contactName, number }, ctx.brand.name);
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const date = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const deliveryBlocker = deliveryNoteBlocker(order);
  const undelivered = undeliveredBlocker({ status: order.status, deliveryNoteCount: order.deliveryNotes.length });
  const editBlocker = makeEditableBlocker({ status: order.status, releaseStatus: order.releaseStatus, deliveryNoteCount: order.deliveryNotes.length, undeliveredCount: order.undeliveredSkus.length });
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  // Countries are stored as ISO codes ("JP"): named in the reader's language, anything else as it is.
  const country = (code: string) => (/^[A-Z]{2}$/.test(code) ? regions.of(code) : code);

  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/orders" className="text-brand-700 hover:underline">{t("back")}</Link></p>
      <PageHeader
        title={t("title", { number })}
        description={t("placed", { date: dateTime(order.createdAt), buyer: order.buyer.name })}
        actions={
          <a href={`/admin/orders/${order.id}/pdf`} target="_blank" rel="noopener" className="inline-flex h-10 items-center gap-2 rounded-md bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            <FileText className="size-4" aria-hidden /> {t("ocPdf")}
          </a>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="order-status">
        <OrderStatusBadge status={order.status} />
        <ReleaseStatusBadge status={order.releaseStatus} />
        {order.status === "OC_CREATED" && order.ocSentAt && <span className="text-xs text-slate-500">{t("sentForApprovalOn", { date: date(order.ocSentAt) })}</span>}
      </div>

      <OrderMatchPanel brandId={ctx.brand.id} orderId={order.id} />

      <div className="mb-6 flex flex-wrap items-start gap-3" aria-label={t("actions")} role="group">
        {(order.status === "OC_CREATED" || order.status === "OC_APPROVED") && (
          <ConfirmOcDialog orderId={order.id} orderNumber={number} fromCreated={order.status === "OC_CREATED"} tags={tags} defaultBody={defaultBody} />
        )}
        {order.status === "OC_CREATED" && <SendForApprovalButton orderId={order.id} sentAt={order.ocSentAt?.toISOString() ?? null} />}
        {order.status === "OC_CREATED" && <ForceApproveButton orderId={order.id} />}
        {confirmed && (
          <>
            <QuantityDialog orderId={order.id} testId="create-delivery-notes" title={ta("quantities.deliveryTitle")} submitLabel={ta("quantities.deliverySubmit")} success={ta("quantities.deliveryCreated")}
              description={ta("quantities.deliveryDescription")}
              blocker={deliveryBlocker && tr(deliveryBlocker)} action={createDeliveryNoteAction}
              lines={quantities.filter((q) => remainingQuantity(q) > 0).map((q) => ({ id: q.id, label: labelOf(q.id), max: remainingQuantity(q) }))} />
            <QuantityDialog orderId={order.id} testId="create-undelivered-skus" title={ta("quantities.undeliveredTitle")} submitLabel={ta("quantities.undeliveredSubmit")} success={ta("quantities.undeliveredCreated")} variant="secondary" defaultFull={false}
              description={ta("quantities.undeliveredDescription")}
              blocker={undelivered && tr(undelivered)} action={createUndeliveredSkusAction}
              lines={order.lines.map((l) => ({ id: l.id, label: labelOf(l.id), max: l.quantity }))} />
            <MakeEditableButton orderId={order.id} blocker={editBlocker && ta(`blockers.makeEditable.${editBlocker}`)} />
          </>
        )}
        {["PLEASE_CREATE_OC", "OC_CREATED", "OC_APPROVED"].includes(order.status) && <RejectOrderButton orderId={order.id} />}
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <Section title={t("buyerSection")}>
          <Dl items={[[t("buyer"), order.buyer.name], [t("contact"), order.contactName], [t("email"), order.contactEmail], [t("phone"), order.contactPhone], [t("country"), country(order.buyer.country)]]} />
        </Section>
        <Section title={t("sourceSection")}>
          <Dl items={[
            [t("source"), order.source === "STANDARD_ORDER" ? ta("list.standardOrder") : (order.sourceLinkName ?? ta("list.deletedLink"))],
            [t("placedVia"), t(`via.${order.placedVia}`)],
            // Stored by checkout; a label stored as a catalogue message reads in the viewer's language.
            [t("placedBy"), order.placedByLabel ? translateMessage(tr, order.placedByLabel) : order.contactName],
            [t("currency"), order.currency],
            [t("language"), ts(`language.${order.language}`)],
          ]} />
        </Section>
        <Section title={t("shippingSection")}>
          <ShippingAddress order={order} />
          {order.shippingRequestNote && <p className="mt-2 text-sm text-slate-600">{t("shippingRequest", { note: order.shippingRequestNote })}</p>}
        </Section>
        <Section title={t("paymentSection")} testId="order-payment">
          <Dl items={[[t("paymentMethod"), ts(`paymentMethod.${order.paymentMethod}`)], [t("paymentStatus"), ts(`payment.${order.paymentStatus}`)]]} />
        </Section>
        <Section title={t("tagsSection")} testId="order-tags">
          {order.tags.length === 0 ? <p className="text-sm text-slate-500">{t("noTags")}</p> : (
            <ul className="flex flex-wrap gap-1">{order.tags.map((tag) => <li key={tag.tag.id} className="rounded bg-slate-100 px-2 py-0.5 text-sm">{tag.tag.name}</li>)}</ul>
          )}
        </Section>
        <OrderRequest order={order} />
        {order.rejectedReason && <Section title={t("rejectionSection")}><p className="text-sm">{order.rejectedReason}</p></Section>}
      </div>

      <section className="mt-6" aria-labelledby="lines-heading">
        <h2 id="lines-heading" className="mb-3 text-lg font-semibold">{editable ? (order.status === "PLEASE_CREATE_OC" ? t("createOc") : t("draftOc")) : t("lines")}</h2>
        {editable ? (
          <OcEditor orderId={order.id} currency={order.currency} isDraft={order.status === "OC_CREATED"} revision={order.ocRevision} rules={rules}
            lines={order.lines.map((l) => ({
              lineId: l.id, skuId: l.skuId, productId: l.productId, color: l.color, size: l.size, packQuantity: l.packQuantity,
              label: `${l.productName} · ${l.skuCode} · ${l.color} / ${l.size}`, quantity: l.quantity, unitPrice: fromMinor(l.unitPrice, order.currency),
            }))} />
        ) : (
          <>
            <OrderLinesTable order={order} quantities={confirmed ? quantities : undefined} />
            <Totals order={order} />
          </>
        )}
        <OrderPacks packLines={order.packLines} lines={order.lines} className="mt-4" />
      </section>

      {(order.deliveryNotes.length > 0 || order.undeliveredSkus.length > 0) && (
        <div className="mt-6 grid gap-4 lg:grid-cols-2">
          <Section title={t("deliveryNotes")} testId="delivery-notes">
            {order.deliveryNotes.length === 0 ? <p className="text-sm text-slate-500">{t("noDeliveryNotes")}</p> : (
              <ul className="space-y-2 text-sm">
                {order.deliveryNotes.map((n) => (
                  <li key={n.id} className="flex items-center justify-between gap-2">
                    <span>{t("deliveryNote", { sequence: n.sequence, date: date(n.createdAt), units: n.lines.reduce((s, l) => s + l.quantity, 0) })}</span>
                    <a href={`/admin/orders/${order.id}/pdf?deliveryNote=${n.sequence}`} target="_blank" rel="noopener" className="text-brand-700 hover:underline">{t("pdf")}</a>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t("undeliveredSkus")}>
            {order.undeliveredSkus.length === 0 ? <p className="text-sm text-slate-500">{t("noUndelivered")}</p> : (
              <ul className="space-y-1 text-sm">{order.undeliveredSkus.map((u) => <li key={u.id}>{t("undeliveredLine", { line: labelOf(u.orderLineId), units: u.quantity })}</li>)}</ul>
            )}
          </Section>
        </div>
      )}

      <Section title={t("history")} className="mt-6" testId="order-history">
        <ol className="space-y-2 text-sm">
          {history.map((h) => (
            <li key={h.id} className="flex flex-wrap gap-x-2">
              <time className="tabular-nums text-slate-500" dateTime={h.createdAt.toISOString()}>{dateTime(h.createdAt)}</time>
              <span className="font-medium">{h.actorLabel}</span>
              <span className="text-slate-700">{h.text}</span>
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
