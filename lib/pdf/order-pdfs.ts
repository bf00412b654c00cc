import "server-only";
// The order confirmation and delivery note PDFs, entirely in the buyer's language (the order's):
// labels from the `pdf` catalogue, the order status from `status`, dates in the brand's time zone,
// money in the order's currency and country names, all formatted for that language.
import { localeOf, type AppLocale } from "@/lib/i18n/locales";
import { formatterFor, translatorFor, type Translate } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/money/format";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderPacks, packSummary, type PackWords } from "@/lib/orders/pack-lines";
import { requestedDeliveryText } from "@/lib/orders/requested-delivery";
import type { OrderDetail } from "@/lib/orders/queries";
import { PdfWriter, type Column } from "./pdf-writer";

/** The reader's language and the brand's time zone, with what the pages format through them. */
type PdfI18n = {
  locale: AppLocale;
  t: Translate;
  date: (date: Date) => string;
  number: (value: number) => string;
  money: (amountMinor: number) => string;
  country: (code: string) => string;
};

function pdfI18n(order: OrderDetail, timeZone: string): PdfI18n {
  const locale = localeOf(order.language);
  const format = formatterFor(locale, timeZone);
  const countries = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  return {
    locale,
    t: translatorFor(locale, timeZone),
    date: (date) => format.dateTime(date, { year: "numeric", month: "short", day: "numeric" }),
    number: (value) => format.number(value),
    money: (amountMinor) => formatMoney(amountMinor, order.currency, locale),
    country: (code) => {
      try {
        return countries.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
  };
}

function parties(order: OrderDetail, i18n: PdfI18n) {
  const brand = [order.brand.name, i18n.country(order.brand.homeCountry)];
  const address = order.shipLine1
    ? [order.shipRecipient ?? "", order.shipLine1, order.shipLine2 ?? "", [order.shipCity, order.shipRegion, order.shipPostalCode].filter(Boolean).join(", "), i18n.country(order.shipCountry)].filter(Boolean)
    : [i18n.t("pdf.noAddress")];
  const buyer = [order.buyer.name, order.contactName, order.contactEmail, ...address];
  return { brand, buyer };
}

/** The buyer's PO No. and requested delivery, where the buyer gave them. */
function requestMeta(order: OrderDetail, i18n: PdfI18n): [string, string][] {
  const { t } = i18n;
  const delivery = requestedDeliveryText((key, values) => t(key, values), i18n.locale, order);
  return [
    ...(order.poNumber ? [[t("pdf.poNumber"), order.poNumber] as [string, string]] : []),
    ...(delivery ? [[t("pdf.requestedDelivery"), delivery] as [string, string]] : []),
  ];
}

/** The order's prepacks as ordered; their units are in the SKU lines above. */
function packs(w: PdfWriter, order: OrderDetail, i18n: PdfI18n) {
  const { t } = i18n;
  const list = orderPacks(order.packLines, order.lines);
  if (list.length === 0) return;
  const words: PackWords = (key, values) => t(key, values);
  w.text(t("pdf.packs"), { size: 10, bold: true, gap: 2 });
  for (const pack of list) w.text(t("pdf.packLine", { product: `${pack.productCode} ${pack.productName}`, pack: packSummary(words, pack) }), { size: 9 });
  w.y += 8;
}

/** A line's quantity, with the units that came from prepacks ("5 (3 from packs)"). */
function quantityCell(i18n: PdfI18n, quantity: number, fromPacks: number): string {
  return fromPacks > 0 ? i18n.t("pdf.quantityFromPacks", { quantity, fromPacks }) : i18n.number(quantity);
}

function header(w: PdfWriter, order: OrderDetail, i18n: PdfI18n, title: string, extra: [string, string][]) {
  const { t } = i18n;
  w.text(title, { size: 20, bold: true, gap: 4 });
  w.text(order.brand.name, { size: 11, gray: true, gap: 8 });
  const meta: [string, string][] = [[t("pdf.orderNumber"), formatOrderNumber(order.brand.orderPrefix, order.number)], [t("pdf.orderDate"), i18n.date(order.createdAt)], ...requestMeta(order, i18n), ...extra];
  for (const [label, value] of meta) w.text(t("pdf.labelValue", { label, value }), { size: 10 });
  w.y += 10;
  const { brand, buyer } = parties(order, i18n);
  w.columns(brand, buyer, [t("pdf.from"), t("pdf.to")]);
  w.rule();
}

export async function orderConfirmationPdf(order: OrderDetail, timeZone: string): Promise<Uint8Array> {
  const i18n = pdfI18n(order, timeZone);
  const { t, money } = i18n;
  const number = formatOrderNumber(order.brand.orderPrefix, order.number);
  const title = t("pdf.orderConfirmation");
  const w = await PdfWriter.create(t("pdf.documentTitle", { title, number }));
  header(w, order, i18n, title, [[t("pdf.status"), t(`status.order.${order.status}`)], [t("pdf.issued"), i18n.date(new Date())]]);
  const width = w.width;
  // A wider quantity column when it says how many units came from prepacks.
  const [product, sku, colorSize, quantity] = order.lines.some((l) => l.packQuantity > 0) ? [0.24, 0.15, 0.13, 0.18] : [0.3, 0.17, 0.15, 0.08];
  const columns: Column[] = [
    { header: t("pdf.product"), width: width * product }, { header: t("pdf.sku"), width: width * sku }, { header: t("pdf.colorSize"), width: width * colorSize },
    { header: t("pdf.quantity"), width: width * quantity, align: "right" }, { header: t("pdf.unitPrice"), width: width * 0.14, align: "right" }, { header: t("pdf.amount"), width: width * 0.16, align: "right" },
  ];
  w.table(columns, order.lines.map((l) => [l.productName, l.skuCode, `${l.color} / ${l.size}`, quantityCell(i18n, l.quantity, l.packQuantity), money(l.unitPrice), money(l.lineTotal)]));
  packs(w, order, i18n);
  w.summary([[t("pdf.subtotal"), money(order.subtotal)], [t("pdf.shipping"), money(order.shippingFee)], [t("pdf.total"), money(order.total), true]]);
  w.y += 10;
  w.text(t("pdf.labelValue", { label: t("pdf.payment"), value: t(`status.paymentMethod.${order.paymentMethod}`) }), { size: 9, gray: true });
  if (order.buyerNote) {
    w.y += 6;
    w.text(t("pdf.buyerNote"), { size: 9, bold: true });
    w.paragraph(order.buyerNote, { size: 9 });
  }
  return w.save();
}

export async function deliveryNotePdf(order: OrderDetail, sequence: number, timeZone: string): Promise<Uint8Array | null> {
  const note = order.deliveryNotes.find((n) => n.sequence === sequence);
  if (!note) return null;
  const i18n = pdfI18n(order, timeZone);
  const { t } = i18n;
  const number = formatOrderNumber(order.brand.orderPrefix, order.number);
  const title = t("pdf.deliveryNote");
  const w = await PdfWriter.create(t("pdf.documentTitle", { title, number: `${number}-${sequence}` }));
  header(w, order, i18n, title, [[t("pdf.noteNumber"), `${number}-${sequence}`], [t("pdf.issued"), i18n.date(note.createdAt)]]);
  const width = w.width;
  const columns: Column[] = [
    { header: t("pdf.product"), width: width * 0.4 }, { header: t("pdf.sku"), width: width * 0.22 }, { header: t("pdf.colorSize"), width: width * 0.2 }, { header: t("pdf.quantity"), width: width * 0.18, align: "right" },
  ];
  const byLine = new Map(order.lines.map((l) => [l.id, l]));
  w.text(t("pdf.delivered"), { size: 10, bold: true, gap: 4 });
  w.table(columns, note.lines.map((nl) => {
    const l = byLine.get(nl.orderLineId)!;
    // Units from prepacks are picked first, so a shipment's share of them is at most its quantity.
    return [l.productName, l.skuCode, `${l.color} / ${l.size}`, quantityCell(i18n, nl.quantity, Math.min(nl.quantity, l.packQuantity))];
  }));
  packs(w, order, i18n);
  // The total of the quantity column, labelled as a total (not with the column's own word).
  w.summary([[t("pdf.totalQuantity"), i18n.number(note.lines.reduce((s, l) => s + l.quantity, 0)), true]]);
  return w.save();
}
