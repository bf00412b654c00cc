// The wording of the two e-mails checkout sends (order received, guest-order match), in English
// and Japanese, until they become e-mail templates (the e-mail templates work removes this file).
// Everything on screen is in the cart and checkout message catalogues.
import type { Language } from "@/lib/db/generated/enums";

type MatchEmailParts = { brandName: string; orderNumber: string; buyerName: string; url: string; expires: string };

const EN = {
  orderNumber: "Order number",
  subtotal: "Subtotal",
  shippingFee: "Shipping fee",
  total: "Total",
  matchEmailSubject: (brandName: string, orderNumber: string) => `${brandName}: please confirm order ${orderNumber}`,
  matchEmailText: (p: MatchEmailParts) =>
    `An order (${p.orderNumber}) was placed through ${p.brandName}'s order link with this e-mail address, which ${p.brandName} has on file for ${p.buyerName}.\n\n` +
    `If you placed it, confirm it here to add it to ${p.buyerName}'s orders:\n\n${p.url}\n\n` +
    `The link works once and expires on ${p.expires}. If you did not place this order, ignore this e-mail: it stays a separate guest order.\n`,
};

type EmailMessages = typeof EN;

const JA: EmailMessages = {
  orderNumber: "注文番号",
  subtotal: "商品合計",
  shippingFee: "送料",
  total: "合計",
  matchEmailSubject: (brandName, orderNumber) => `【${brandName}】ご注文 ${orderNumber} のご確認のお願い`,
  matchEmailText: (p) =>
    `${p.brandName} のオーダーリンクから、このメールアドレスでご注文（${p.orderNumber}）が行われました。このメールアドレスは ${p.brandName} に ${p.buyerName} として登録されています。\n\n` +
    `ご自身のご注文であれば、以下のリンクから確認すると ${p.buyerName} のご注文として登録されます。\n\n${p.url}\n\n` +
    `リンクは1回のみ有効で、${p.expires} に有効期限が切れます。お心当たりがない場合はこのメールを破棄してください。ご注文は別のゲスト注文のまま扱われます。\n`,
};

export function checkoutMessages(language: Language): EmailMessages {
  return language === "JA" ? JA : EN;
}

export function localeOf(language: Language): string {
  return language === "JA" ? "ja-JP" : "en-US";
}
