// Wording of the order PDFs in the buyer's language.
import type { Language } from "@/lib/db/generated/enums";

const EN = {
  orderConfirmation: "Order Confirmation",
  deliveryNote: "Delivery Note",
  orderNumber: "Order number",
  orderDate: "Order date",
  status: "Status",
  issued: "Issued",
  noteNumber: "Delivery note",
  from: "From",
  to: "Bill to / Ship to",
  product: "Product",
  sku: "SKU",
  colorSize: "Colour / Size",
  quantity: "Qty",
  unitPrice: "Unit price",
  amount: "Amount",
  subtotal: "Subtotal",
  shipping: "Shipping",
  total: "Total",
  totalQuantity: "Total quantity",
  noAddress: "No shipping address was collected.",
  payment: "Payment",
  payOutside: "Pay outside the app",
  card: "Credit card",
  page: "Page",
  delivered: "Delivered in this shipment",
};

const JA: typeof EN = {
  orderConfirmation: "注文確認書",
  deliveryNote: "納品書",
  orderNumber: "注文番号",
  orderDate: "注文日",
  status: "ステータス",
  issued: "発行日",
  noteNumber: "納品書番号",
  from: "発行元",
  to: "請求先・お届け先",
  product: "商品",
  sku: "SKU",
  colorSize: "カラー / サイズ",
  quantity: "数量",
  unitPrice: "単価",
  amount: "金額",
  subtotal: "小計",
  shipping: "送料",
  total: "合計",
  totalQuantity: "合計数量",
  noAddress: "お届け先住所は入力されていません。",
  payment: "お支払い",
  payOutside: "アプリ外でのお支払い",
  card: "クレジットカード",
  page: "ページ",
  delivered: "今回の出荷分",
};

export type PdfLabels = typeof EN;

export function pdfLabels(language: Language): PdfLabels {
  return language === "JA" ? JA : EN;
}

export function pdfLocale(language: Language): string {
  return language === "JA" ? "ja-JP" : "en-US";
}
