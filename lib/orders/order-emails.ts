// The e-mails Order Management sends to buyers, in the order's language, and the one the brand's
// staff get when a buyer cancels (staff read English).
import type { Language } from "@/lib/db/generated/enums";

type OrderRef = { number: string; brandName: string; contactName: string; language: Language };

export function ocApprovalEmail(order: OrderRef, approveUrl: string) {
  if (order.language === "JA") {
    return {
      subject: `【${order.brandName}】注文確認書 ${order.number} のご承認のお願い`,
      text: `${order.contactName} 様\n\n${order.brandName} より注文確認書 ${order.number} をお送りします。内容をご確認のうえ、以下のリンクから承認してください。\n\n${approveUrl}\n`,
    };
  }
  return {
    subject: `${order.brandName}: please approve order confirmation ${order.number}`,
    text: `Dear ${order.contactName},\n\n${order.brandName} has prepared order confirmation ${order.number}. Please review it and approve it here:\n\n${approveUrl}\n`,
  };
}

export function ocConfirmedEmail(order: OrderRef, body: string) {
  const subject = order.language === "JA" ? `【${order.brandName}】注文確認書 ${order.number} が確定しました` : `${order.brandName}: order confirmation ${order.number} is confirmed`;
  return { subject, text: `${body}\n` };
}

export function orderRejectedEmail(order: OrderRef, reason: string) {
  if (order.language === "JA") {
    return {
      subject: `【${order.brandName}】ご注文 ${order.number} をお受けできませんでした`,
      text: `${order.contactName} 様\n\n誠に申し訳ございませんが、ご注文 ${order.number} をお受けできませんでした。\n\n理由:\n${reason}\n`,
    };
  }
  return {
    subject: `${order.brandName}: order ${order.number} was rejected`,
    text: `Dear ${order.contactName},\n\nWe are sorry, but ${order.brandName} could not accept order ${order.number}.\n\nReason:\n${reason}\n`,
  };
}

/** To the brand's order staff: a buyer cancelled before release preparation started. */
export function orderCancelledByBuyerEmail(
  order: { number: string; buyerName: string; cancelledBy: string; orderUrl: string; leftToShipQueue: boolean },
  reason: string,
) {
  return {
    subject: `Order cancelled by the buyer: ${order.number} (${order.buyerName})`,
    text: [
      `${order.buyerName} cancelled order ${order.number} before it was prepared for release, so no stock was allocated to it.${order.leftToShipQueue ? " It has left New (To Ship) Orders." : ""}`,
      "",
      "Reason:",
      reason,
      "",
      `Cancelled by: ${order.cancelledBy}`,
      `Order: ${order.orderUrl}`,
      "",
    ].join("\n"),
  };
}
