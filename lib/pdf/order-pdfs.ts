import "server-only";
// The order confirmation and delivery note PDFs: in the buyer's language (order.language) and the
// order's currency, with the brand's and the buyer's details.
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import type { OrderDetail } from "@/lib/orders/queries";
import { ORDER_STATUS_LABELS } from "@/lib/orders/status-labels";
import { pdfLabels, pdfLocale } from "./labels";
import { PdfWriter, type Column } from "./pdf-writer";
import { dateTimeFormat } from "@/lib/format/date-time-format";

function dateText(date: Date, locale: string) {
  return dateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(date);
}

function parties(order: OrderDetail) {
  const brand = [order.brand.name, `${order.brand.homeCountry}`];
  const address = order.shipLine1
    ? [order.shipRecipient ?? "", order.shipLine1, order.shipLine2 ?? "", [order.shipCity, order.shipRegion, order.shipPostalCode].filter(Boolean).join(", "), order.shipCountry].filter(Boolean)
    : [pdfLabels(order.language).noAddress];
  const buyer = [order.buyer.name, order.contactName, order.contactEmail, ...address];
  return { brand, buyer };
}

function header(w: PdfWriter, order: OrderDetail, title: string, extra: [string, string][]) {
  const L = pdfLabels(order.language);
  const locale = pdfLocale(order.language);
  w.text(title, { size: 20, bold: true, gap: 4 });
  w.text(order.brand.name, { size: 11, gray: true, gap: 8 });
  const meta: [string, string][] = [[L.orderNumber, formatOrderNumber(order.brand.orderPrefix, order.number)], [L.orderDate, dateText(order.createdAt, locale)], ...extra];
  for (const [k, v] of meta) w.text(`${k}: ${v}`, { size: 10 });
  w.y += 10;
  const { brand, buyer } = parties(order);
  w.columns(brand, buyer, [L.from, L.to]);
  w.rule();
}

export async function orderConfirmationPdf(order: OrderDetail): Promise<Uint8Array> {
  const L = pdfLabels(order.language);
  const locale = pdfLocale(order.language);
  const money = (n: number) => formatMoney(n, order.currency, locale);
  const number = formatOrderNumber(order.brand.orderPrefix, order.number);
  const w = await PdfWriter.create(`${L.orderConfirmation} ${number}`);
  header(w, order, L.orderConfirmation, [[L.status, ORDER_STATUS_LABELS[order.status]], [L.issued, dateText(new Date(), locale)]]);
  const width = w.width;
  const columns: Column[] = [
    { header: L.product, width: width * 0.3 }, { header: L.sku, width: width * 0.17 }, { header: L.colorSize, width: width * 0.15 },
    { header: L.quantity, width: width * 0.08, align: "right" }, { header: L.unitPrice, width: width * 0.14, align: "right" }, { header: L.amount, width: width * 0.16, align: "right" },
  ];
  w.table(columns, order.lines.map((l) => [l.productName, l.skuCode, `${l.color} / ${l.size}`, String(l.quantity), money(l.unitPrice), money(l.lineTotal)]));
  w.summary([[L.subtotal, money(order.subtotal)], [L.shipping, money(order.shippingFee)], [L.total, money(order.total), true]]);
  w.y += 10;
  w.text(`${L.payment}: ${order.paymentMethod === "STRIPE_CARD" ? L.card : L.payOutside}`, { size: 9, gray: true });
  return w.save();
}

export async function deliveryNotePdf(order: OrderDetail, sequence: number): Promise<Uint8Array | null> {
  const note = order.deliveryNotes.find((n) => n.sequence === sequence);
  if (!note) return null;
  const L = pdfLabels(order.language);
  const locale = pdfLocale(order.language);
  const number = formatOrderNumber(order.brand.orderPrefix, order.number);
  const w = await PdfWriter.create(`${L.deliveryNote} ${number}-${sequence}`);
  header(w, order, L.deliveryNote, [[L.noteNumber, `${number}-${sequence}`], [L.issued, dateText(note.createdAt, locale)]]);
  const width = w.width;
  const columns: Column[] = [
    { header: L.product, width: width * 0.4 }, { header: L.sku, width: width * 0.22 }, { header: L.colorSize, width: width * 0.2 }, { header: L.quantity, width: width * 0.18, align: "right" },
  ];
  const byLine = new Map(order.lines.map((l) => [l.id, l]));
  w.text(L.delivered, { size: 10, bold: true, gap: 4 });
  w.table(columns, note.lines.map((nl) => {
    const l = byLine.get(nl.orderLineId)!;
    return [l.productName, l.skuCode, `${l.color} / ${l.size}`, String(nl.quantity)];
  }));
  // The total of the quantity column, labelled as a total (not with the column's own word).
  w.summary([[L.totalQuantity, String(note.lines.reduce((s, l) => s + l.quantity, 0)), true]]);
  return w.save();
}
