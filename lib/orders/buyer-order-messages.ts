// English and Japanese wording of what a buyer sees of an order after placing it: its progress
// (placed -> order confirmation -> confirmed -> preparing -> shipped, or cancelled / rejected) and
// the buyer's own cancel. The Buyer App's screens are English; a link's order page uses the order's
// language. The server's refusals are the English texts below; the client shows them by code.
import type { Language } from "@/lib/db/generated/enums";

/** The reason a buyer gives for cancelling: sent to the brand, so kept short. */
export const BUYER_CANCEL_REASON_MAX = 500;

/** Codes of a refused buyer cancel, each with a message in both languages. */
export type BuyerCancelRefusal = "ORDER_PROCESSING" | "ORDER_ALREADY_CANCELLED" | "ORDER_ALREADY_REJECTED" | "ORDER_STATUS_CHANGED";

const EN = {
  progressTitle: "Order progress",
  steps: { placed: "Placed", confirmation: "Order confirmation", confirmed: "Confirmed", preparing: "Preparing", shipped: "Shipped" },
  partiallyShipped: "Partially shipped",
  awaitingApproval: "Waiting for your approval",
  approvedOn: (date: string) => `Approved ${date}`,
  orderProcessing:
    "Order Processing: the brand is preparing your order for shipment, so it can no longer be cancelled from your side. Please contact the brand if you need to change anything.",
  deliveryNotes: "Delivery notes",
  deliveryNote: (sequence: number, date: string, units: number) => `Delivery note #${sequence} · ${date} · ${units} ${units === 1 ? "unit" : "units"}`,
  someUndelivered: "Some items will ship later or not at all.",
  cancelled: "Cancelled",
  cancelledByYou: "You cancelled this order.",
  cancelledByBrand: "The brand cancelled this order.",
  rejected: "Order Rejected",
  rejectedText: "The brand could not accept this order.",
  reason: "Reason",
  cancelOrder: "Cancel order",
  cancelTitle: "Cancel this order?",
  cancelDescription: "The order is cancelled at once and the brand is told by e-mail, with your reason. This cannot be undone.",
  cancelHint: "You can cancel until the brand starts preparing the order for shipment.",
  reasonLabel: "Reason for cancelling",
  reasonHint: (max: number) => `Sent to the brand. Up to ${max} characters.`,
  reasonRequired: "Enter the reason for cancelling.",
  reasonTooLong: (max: number) => `Keep the reason under ${max} characters.`,
  keepOrder: "Keep order",
  confirmCancel: "Cancel order",
  cancelledToast: "Your order was cancelled. The brand has been told.",
  refusals: {
    ORDER_PROCESSING: "Order Processing: the brand has started preparing this order for shipment, so it can no longer be cancelled. Please contact the brand.",
    ORDER_ALREADY_CANCELLED: "This order has already been cancelled.",
    ORDER_ALREADY_REJECTED: "The brand has rejected this order, so there is nothing to cancel.",
    ORDER_STATUS_CHANGED: "This order has changed and can no longer be cancelled here. Please reload the page.",
  } satisfies Record<BuyerCancelRefusal, string>,
  notFound: "This order was not found.",
  checkFields: "Please correct the highlighted fields.",
  unexpected: "Something went wrong. Please try again.",
};

export type BuyerOrderMessages = typeof EN;

const JA: BuyerOrderMessages = {
  progressTitle: "ご注文の状況",
  steps: { placed: "ご注文受付", confirmation: "注文確認書", confirmed: "確定", preparing: "出荷準備中", shipped: "出荷済み" },
  partiallyShipped: "一部出荷済み",
  awaitingApproval: "ご承認待ち",
  approvedOn: (date) => `${date} 承認済み`,
  orderProcessing: "ご注文処理中: ブランドが出荷の準備を始めたため、お客様からはキャンセルできません。変更が必要な場合はブランドにお問い合わせください。",
  deliveryNotes: "納品書",
  deliveryNote: (sequence, date, units) => `納品書 #${sequence} · ${date} · ${units}点`,
  someUndelivered: "一部の商品は後日の出荷、または出荷なしとなります。",
  cancelled: "キャンセル済み",
  cancelledByYou: "このご注文はお客様がキャンセルしました。",
  cancelledByBrand: "このご注文はブランドによりキャンセルされました。",
  rejected: "受注不可",
  rejectedText: "ブランドはこのご注文をお受けできませんでした。",
  reason: "理由",
  cancelOrder: "注文をキャンセル",
  cancelTitle: "このご注文をキャンセルしますか？",
  cancelDescription: "ご注文はすぐにキャンセルされ、ブランドに理由がメールで通知されます。この操作は取り消せません。",
  cancelHint: "ブランドが出荷準備を始めるまでキャンセルできます。",
  reasonLabel: "キャンセルの理由",
  reasonHint: (max) => `ブランドに送信されます。${max}文字以内。`,
  reasonRequired: "キャンセルの理由を入力してください。",
  reasonTooLong: (max) => `理由は${max}文字以内で入力してください。`,
  keepOrder: "キャンセルしない",
  confirmCancel: "注文をキャンセル",
  cancelledToast: "ご注文をキャンセルしました。ブランドに通知しました。",
  refusals: {
    ORDER_PROCESSING: "ご注文処理中: ブランドが出荷の準備を始めたため、このご注文はキャンセルできません。ブランドにお問い合わせください。",
    ORDER_ALREADY_CANCELLED: "このご注文はすでにキャンセルされています。",
    ORDER_ALREADY_REJECTED: "このご注文はブランドにお受けいただけなかったため、キャンセルの必要はありません。",
    ORDER_STATUS_CHANGED: "ご注文の状況が変わったため、ここからはキャンセルできません。ページを再読み込みしてください。",
  },
  notFound: "ご注文が見つかりません。",
  checkFields: "入力内容をご確認ください。",
  unexpected: "エラーが発生しました。もう一度お試しください。",
};

export function buyerOrderMessages(language: Language): BuyerOrderMessages {
  return language === "JA" ? JA : EN;
}

/** A refused cancel's message in the buyer's language (by its code), else the server's own text. */
export function buyerCancelErrorText(language: Language, result: { code: string; message: string }): string {
  const m = buyerOrderMessages(language);
  if (result.code in m.refusals) return m.refusals[result.code as BuyerCancelRefusal];
  if (result.code === "NOT_FOUND") return m.notFound;
  if (result.code === "VALIDATION") return m.checkFields;
  if (result.code === "UNEXPECTED") return m.unexpected;
  return result.message;
}
