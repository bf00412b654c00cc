import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { GET as orderPdf } from "@/app/admin/orders/[id]/pdf/route";
import { GET as buyerOrderPdf } from "@/app/buyer/orders/[id]/pdf/route";
import { prisma } from "@/lib/db/client";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { pdfTextFragments } from "../../support/pdf-text";
import { createOrder } from "./order-fixture";

async function pdfOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  return PDFDocument.load(bytes);
}

describe("order PDFs", { timeout: 120_000 }, () => {
  it("renders the order confirmation in the buyer's language (Japanese, with an embedded font) and a delivery note", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PARTIALLY_SHIPPED" });
    await prisma.order.update({ where: { id: order.id }, data: { language: "JA", contactName: "青山 花子" } });
    await prisma.deliveryNote.create({ data: { orderId: order.id, sequence: 1, lines: { create: [{ orderLineId: order.lines[0].id, quantity: 1 }] } } });
    await actAs(f.staff);
    const params = { params: Promise.resolve({ id: order.id }) };
    const oc = await pdfOf(await orderPdf(new Request(`http://localhost/admin/orders/${order.id}/pdf`), params));
    const number = `${f.brand.orderPrefix}-${String(order.number).padStart(6, "0")}`;
    expect(oc.getTitle()).toBe(`注文確認書 ${number}`);
    expect(oc.getPageCount()).toBe(1);
    const note = await pdfOf(await orderPdf(new Request(`http://localhost/admin/orders/${order.id}/pdf?deliveryNote=1`), { params: Promise.resolve({ id: order.id }) }));
    expect(note.getTitle()).toBe(`納品書 ${number}-1`);
    expect((await orderPdf(new Request(`http://localhost/admin/orders/${order.id}/pdf?deliveryNote=9`), { params: Promise.resolve({ id: order.id }) })).status).toBe(404);
  }, 120_000); // the first PDF of a process parses the 5 MB font

  it("the buyer downloads the OC once it was sent to them, not before", async () => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CREATED" });
    await actAs(f.buyerUser);
    const call = () => buyerOrderPdf(new Request(`http://localhost/buyer/orders/${order.id}/pdf`), { params: Promise.resolve({ id: order.id }) });
    expect((await call()).status).toBe(404);
    await prisma.order.update({ where: { id: order.id }, data: { ocSentAt: new Date() } });
    const pdf = await pdfOf(await call());
    expect(pdf.getTitle()).toContain("Order Confirmation");
  }, 120_000);

  it.each([
    ["EN", "Total quantity", "Qty"],
    ["JA", "合計数量", "数量"],
  ] as const)("the delivery note (%s) labels its total quantity as a total, not with the column's word", async (language, total, column) => {
    const f = await createBrand();
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "PARTIALLY_SHIPPED", quantities: [3, 2] });
    await prisma.order.update({ where: { id: order.id }, data: { language } });
    await prisma.deliveryNote.create({ data: { orderId: order.id, sequence: 1, lines: { create: [{ orderLineId: order.lines[0].id, quantity: 3 }, { orderLineId: order.lines[1].id, quantity: 1 }] } } });
    await actAs(f.staff);
    const response = await orderPdf(new Request(`http://localhost/admin/orders/${order.id}/pdf?deliveryNote=1`), { params: Promise.resolve({ id: order.id }) });
    expect(response.status).toBe(200);
    const text = await pdfTextFragments(new Uint8Array(await response.arrayBuffer()));
    // The column's word heads the column only; the summary row draws the total, then its label.
    expect(text.filter((t) => t === column)).toHaveLength(1);
    const at = text.indexOf(total);
    expect(at).toBeGreaterThan(text.indexOf(column));
    expect(text[at - 1]).toBe("4");
  }, 120_000);
});
