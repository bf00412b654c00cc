// The order PDFs speak the buyer's language (the order's) throughout: labels, the status, the
// payment method, country names, dates in the brand's time zone and money in the order's currency.
import { describe, expect, it } from "vitest";
import { GET as orderPdf } from "@/app/admin/orders/[id]/pdf/route";
import { prisma } from "@/lib/db/client";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { pdfTextFragments } from "../../support/pdf-text";
import { createOrder } from "./order-fixture";

async function pdfText(orderId: string, query = "") {
  const response = await orderPdf(new Request(`http://localhost/admin/orders/${orderId}/pdf${query}`), { params: Promise.resolve({ id: orderId }) });
  expect(response.status).toBe(200);
  return (await pdfTextFragments(new Uint8Array(await response.arrayBuffer()))).join("\n");
}

// 20:00 UTC on March 31 is already April 1 in Tokyo.
const PLACED = new Date("2026-03-31T20:00:00Z");

async function confirmedOrder(language: "EN" | "JA") {
  const f = await createBrand();
  await prisma.brand.update({ where: { id: f.brand.id }, data: { timeZone: "Asia/Tokyo" } });
  const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PARTIALLY_SHIPPED" });
  await prisma.order.update({ where: { id: order.id }, data: { language, createdAt: PLACED, shipCountry: "US" } });
  await prisma.deliveryNote.create({ data: { orderId: order.id, sequence: 1, createdAt: PLACED, lines: { create: [{ orderLineId: order.lines[0].id, quantity: 2 }] } } });
  await actAs(f.staff);
  return { f, order };
}

describe("order PDFs in the buyer's language", { timeout: 180_000 }, () => {
  it("English: the spec's status words, dates in the brand's time zone, yen", async () => {
    const { order } = await confirmedOrder("EN");
    const oc = await pdfText(order.id);
    for (const text of ["Order Confirmation", "Status: OC Confirmed", "Order date: Apr 1, 2026", "Bill to / Ship to", "Colour / Size", "Subtotal", "¥7,000", "¥8,000", "Payment: Pay outside the app", "Japan", "United States"]) {
      expect(oc).toContain(text);
    }
    const note = await pdfText(order.id, "?deliveryNote=1");
    for (const text of ["Delivery Note", "Issued: Apr 1, 2026", "Delivered in this shipment", "Total quantity"]) expect(note).toContain(text);
  }, 180_000);

  it("Japanese: labels, the status and the payment method translated; no English enum or label left", async () => {
    const { order } = await confirmedOrder("JA");
    const oc = await pdfText(order.id);
    for (const text of ["注文確認書", "ステータス: 注文確認書確定済み", "注文日: 2026年4月1日", "請求先・お届け先", "カラー / サイズ", "小計", "送料", "合計", "￥7,000", "￥8,000", "お支払い方法: アプリ外でのお支払い", "日本", "アメリカ合衆国"]) {
      expect(oc).toContain(text);
    }
    for (const english of ["OC Confirmed", "OC_CONFIRMED", "Order Confirmation", "Status", "Subtotal", "Pay outside the app", "Japan"]) expect(oc).not.toContain(english);
    const note = await pdfText(order.id, "?deliveryNote=1");
    for (const text of ["納品書", "納品書番号", "発行日: 2026年4月1日", "今回の出荷分", "合計数量"]) expect(note).toContain(text);
    for (const english of ["Delivery Note", "Delivered in this shipment", "Total quantity"]) expect(note).not.toContain(english);
  }, 180_000);
});
