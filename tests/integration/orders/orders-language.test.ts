// Order Management speaks its reader's language: a Japanese staff member reads the actions' errors,
// the CSV export and its statuses in Japanese, while the e-mail body the Confirm modal proposes is
// in the buyer's language (the order's), whatever the staff member's.
import { describe, expect, it } from "vitest";
import { GET as exportOrders } from "@/app/admin/orders/export/route";
import { prisma } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/request-locale";
import {
  confirmOcAction, createDeliveryNoteAction, createOcAction, findSkuForOrderAction, makeOcEditableAction, rejectOrderAction,
} from "@/lib/orders/actions";
import { confirmEmailDefaultBody } from "@/lib/orders/confirm-default-body";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { createBrand } from "../../support/fixtures";
import { actAs, setRequestHeaders } from "../../support/next-request";
import { createOrder } from "./order-fixture";
import { renderedMail } from "../../support/outbox";

type Fixture = Awaited<ReturnType<typeof createBrand>>;

/** The staff member works in `language`, on an Order Management page. */
async function staffIn(f: Fixture, language: "EN" | "JA", path = "/admin/orders") {
  await prisma.user.update({ where: { id: f.staff.id }, data: { language } });
  await actAs(f.staff);
  setRequestHeaders({ "x-app-path": path });
}

describe("Order Management in the staff member's language", { timeout: 120_000 }, () => {
  it("a Japanese staff member gets the actions' errors in Japanese, an English one in English", async () => {
    const f = await createBrand();
    const confirmed = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    const rejected = await createOrder(f, { status: "ORDER_REJECTED" });
    const approved = await createOrder(f, { status: "OC_APPROVED" });

    await staffIn(f, "JA", `/admin/orders/${confirmed.id}`);
    expect(await requestLocale()).toBe("ja");
    expect(await confirmOcAction({ orderId: confirmed.id, notifyBuyer: false, tagIds: [] }))
      .toMatchObject({ ok: false, code: "ORDER_ALREADY_CONFIRMED", message: "この注文確認書は、他のスタッフがすでに確定しています。" });
    expect(await confirmOcAction({ orderId: rejected.id, notifyBuyer: false, tagIds: [] })).toMatchObject({
      ok: false, code: "ORDER_STATUS_CHANGED",
      message: "この受注は現在「受注不可」のため、確定できません。他のスタッフが変更した可能性があります。ページを再読み込みしてください。",
    });
    expect(await confirmOcAction({ orderId: approved.id, notifyBuyer: true, emailBody: " ", tagIds: [] }))
      .toMatchObject({ ok: false, code: "VALIDATION", message: "入力内容をご確認ください。", fieldErrors: { emailBody: "メール本文を入力するか、通知を無効にしてください。" } });
    expect(await createDeliveryNoteAction({ orderId: confirmed.id, lines: [{ orderLineId: confirmed.lines[0].id, quantity: 1 }] }))
      .toMatchObject({ ok: false, code: "DELIVERY_NOT_ALLOWED", message: "先に出荷準備を行ってください。" });
    expect(await makeOcEditableAction({ orderId: rejected.id }))
      .toMatchObject({ ok: false, code: "ORDER_NOT_EDITABLE", message: "注文確認書を編集可能にできません：編集可能にできるのは「注文確認書確定済み」の受注のみです。" });
    expect(await rejectOrderAction({ orderId: approved.id, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: "バイヤーに伝える理由を入力してください。" } });
    expect(await findSkuForOrderAction({ orderId: approved.id, code: "NO-SUCH-SKU" })).toMatchObject({ ok: false, fieldErrors: { code: "このコードのSKUはありません。" } });
    expect(await createOcAction({ orderId: approved.id, from: "PLEASE_CREATE_OC", revision: 0, lines: [{ lineId: approved.lines[0].id, quantity: 0, unitPrice: -1 }] }))
      .toMatchObject({ ok: false, fieldErrors: { "lines.0.quantity": "1以上を入力してください。", "lines.0.unitPrice": "価格にマイナスは入力できません。" } });
    expect(await confirmOcAction({ orderId: "not-an-order", notifyBuyer: false, tagIds: [] })).toMatchObject({ ok: false, code: "NOT_FOUND", message: "受注が見つかりません。" });

    await staffIn(f, "EN", `/admin/orders/${confirmed.id}`);
    expect(await confirmOcAction({ orderId: rejected.id, notifyBuyer: false, tagIds: [] })).toMatchObject({
      ok: false, code: "ORDER_STATUS_CHANGED",
      message: 'This order is now "Order Rejected" and cannot be confirmed. Someone may have changed it; reload the page.',
    });
    expect(await createDeliveryNoteAction({ orderId: confirmed.id, lines: [{ orderLineId: confirmed.lines[0].id, quantity: 1 }] }))
      .toMatchObject({ ok: false, message: "Prepare the order for release first." });
    // Nothing changed on the way.
    expect((await prisma.order.findUniqueOrThrow({ where: { id: approved.id } })).status).toBe("OC_APPROVED");
  });

  it("the Confirm modal's default e-mail body is in the buyer's language, not the staff member's", async () => {
    const f = await createBrand();
    const english = await createOrder(f, { status: "OC_APPROVED" });
    const japanese = await prisma.order.update({ where: { id: (await createOrder(f, { status: "OC_APPROVED" })).id }, data: { language: "JA", contactName: "青山 花子" } });

    // A Japanese staff member opens an English buyer's order: the body is English.
    await staffIn(f, "JA", `/admin/orders/${english.id}`);
    expect(await requestLocale()).toBe("ja");
    const number = formatOrderNumber(f.brand.orderPrefix, english.number);
    expect(confirmEmailDefaultBody({ language: english.language, contactName: english.contactName, number }, f.brand.name))
      .toBe(`Dear Aiko Buyer,\n\nThank you for your order. ${f.brand.name} has confirmed order confirmation ${number}.\n\n${f.brand.name}`);

    // An English staff member opens a Japanese buyer's order: the body is Japanese.
    await staffIn(f, "EN", `/admin/orders/${japanese.id}`);
    expect(await requestLocale()).toBe("en");
    const jaNumber = formatOrderNumber(f.brand.orderPrefix, japanese.number);
    const body = confirmEmailDefaultBody({ language: japanese.language, contactName: japanese.contactName, number: jaNumber }, f.brand.name);
    expect(body).toBe(`青山 花子 様\n\nこのたびはご注文いただき、誠にありがとうございます。\n${f.brand.name} にて注文確認書 ${jaNumber} の内容を確定いたしました。\n\n${f.brand.name}`);

    // Sent as proposed, the buyer receives that body.
    expect(await confirmOcAction({ orderId: japanese.id, notifyBuyer: true, emailBody: body, tagIds: [] })).toMatchObject({ ok: true });
    const mail = await renderedMail({ brandId: f.brand.id });
    expect(mail.text).toContain("このたびはご注文いただき");
  });

  it("the CSV export has its headers, statuses, dates and amounts in the viewer's language", async () => {
    const f = await createBrand();
    await prisma.brand.update({ where: { id: f.brand.id }, data: { timeZone: "Asia/Tokyo" } });
    const order = await createOrder(f, { status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED" });
    await prisma.order.update({ where: { id: order.id }, data: { createdAt: new Date("2026-01-15T10:30:00Z"), total: 1234500 } });
    const number = formatOrderNumber(f.brand.orderPrefix, order.number);
    const exported = async () => (await (await exportOrders(new Request("http://localhost/admin/orders/export"))).text()).replace(/^\uFEFF/, "").trim().split("\r\n");

    await staffIn(f, "JA", "/admin/orders/export");
    const ja = await exported();
    expect(ja[0]).toBe('"注文番号","発注番号","注文日","バイヤー","担当者メールアドレス","注文元","ステータス","出荷準備ステータス","タグ","通貨","合計","希望納期（開始）","希望納期（終了）","バイヤーからの備考","アソートパック"');
    expect(ja[1]).toBe(`"${number}","","2026/01/15 19:30","${f.buyer.name}","${order.contactEmail}","通常注文","注文確認書確定済み","出荷準備前","","JPY","￥1,234,500","","","",""`);

    await staffIn(f, "EN", "/admin/orders/export");
    const en = await exported();
    expect(en[0]).toBe('"Order number","PO No.","Order date","Buyer","Contact email","Source","Status","Release status","Tags","Currency","Total","Requested delivery from","Requested delivery to","Note from the buyer","Prepacks"');
    expect(en[1]).toBe(`"${number}","","01/15/2026, 07:30 PM","${f.buyer.name}","${order.contactEmail}","Standard Order","OC Confirmed","Not Yet Released","","JPY","¥1,234,500","","","",""`);
  });
});
