// The shipping desk's counted sentences read right for one order and for many in English, and as
// natural Japanese; Failed to Release details are stored as keys and read in either language.
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { releaseFailureDetails, releaseFailureText } from "@/lib/shipping/release-failure";
import { addressProblem, deliveryNameProblem } from "@/lib/shipping/release-checks";
import { shippingOptionLabel, shippingOptionWords } from "@/lib/shipping/shipping-option";

const en = translatorFor("en");
const ja = translatorFor("ja");

describe("pop-up and cancel dialog wording", () => {
  it("counts orders in English for one and for many", () => {
    expect(en("shipping.release.progress", { done: 1, total: 1 })).toBe("Processed 1 of 1 order…");
    expect(en("shipping.release.progress", { done: 100, total: 250 })).toBe("Processed 100 of 250 orders…");
    expect(en("shipping.release.released", { count: 1 })).toBe("1 order moved to Preparing product.");
    expect(en("shipping.release.released", { count: 1200 })).toBe("1,200 orders moved to Preparing product.");
    expect(en("shipping.release.failed", { count: 0 })).toBe("0 orders failed to release.");
    expect(en("shipping.release.moreFailures", { count: 1 })).toBe("And 1 more order: see Failed to Release.");
    expect([en("shipping.release.ordersTile", { count: 1 }), en("shipping.release.optionsTile", { count: 3 })]).toEqual(["Order", "Options"]);
    expect(en("shipping.cancel.cancelled", { count: 1 })).toBe("1 order cancelled. The buyer has been told by e-mail.");
    expect(en("shipping.cancel.cancelled", { count: 3 })).toBe("3 orders cancelled. The buyers have been told by e-mail.");
    expect(en("shipping.cancel.description", { count: 1 })).toBe("Cancel the selected order. The buyer is told by e-mail with your reason. This cannot be undone.");
    expect(en("shipping.cancel.description", { count: 2 })).toBe("Cancel 2 selected orders. Each buyer is told by e-mail with your reason. This cannot be undone.");
  });

  it("counts orders in Japanese with one form", () => {
    expect(ja("shipping.release.progress", { done: 100, total: 1250 })).toBe("1,250件中 100件を処理しました…");
    expect(ja("shipping.release.released", { count: 2 })).toBe("2件の注文が出荷準備中になりました。");
    expect(ja("shipping.release.failed", { count: 1 })).toBe("1件の注文が出荷準備に失敗しました。");
    expect(ja("shipping.cancel.cancelled", { count: 1 })).toBe("1件の注文をキャンセルしました。バイヤーにメールで通知しました。");
    expect(ja("shipping.release.ordersTile", { count: 1 })).toBe("注文数");
  });
});

describe("Failed to Release details", () => {
  const address = { shipRecipient: "Shop", shipLine1: " ", shipCity: "Kyoto", shipPostalCode: null, shipCountry: "JP" };
  const lines = [{ productCode: "P-1", productName: "Canvas Tote", sku: { product: { deliveryName: null } } }];

  it("are stored as catalogue keys, not sentences", () => {
    expect(addressProblem(address)).toMatch(/^shipping\.failure\.addressMissing\|/);
    expect(deliveryNameProblem(lines)).toMatch(/^shipping\.failure\.noDeliveryName\|/);
    expect(releaseFailureDetails.stockShort([{ code: "A-1", needs: 3, inStock: 1 }])).toMatch(/^shipping\.failure\.stockShort\|/);
  });

  it("read as one English sentence", () => {
    expect(releaseFailureText(en, "en", "ADDRESS_INCORRECT", addressProblem(address))).toBe(
      "The shipping address has no street address and postal code: please contact the customer directly to confirm the correct recipient's address.",
    );
    expect(releaseFailureText(en, "en", "ADDRESS_INCORRECT", addressProblem({ ...address, shipRecipient: null, shipLine1: "1-2-3" , shipCity: "" }))).toBe(
      "The shipping address has no recipient, city, and postal code: please contact the customer directly to confirm the correct recipient's address.",
    );
    expect(releaseFailureText(en, "en", "NO_DELIVERY_NAME", deliveryNameProblem(lines))).toBe("There is no delivery name in the registered product information of Canvas Tote (P-1).");
    const short = releaseFailureDetails.stockShort([{ code: "A-1", needs: 1200, inStock: 1 }, { code: "B-2", needs: 2, inStock: 0 }]);
    expect(releaseFailureText(en, "en", "STOCK_SHORT", short)).toBe(
      "Not enough stock for A-1 (needs 1,200, 1 in stock) and B-2 (needs 2, 0 in stock): please check the total quantity and inventory status for each option.",
    );
    expect(releaseFailureText(en, "en", "ALREADY_CANCELLED", null)).toBe("The order is not available for shipment (already cancelled).");
    expect(releaseFailureText(en, "en", "ALREADY_CHANGED", null)).toBe("This order's release status was already changed by someone else.");
  });

  it("read as Japanese for a Japanese reader", () => {
    expect(releaseFailureText(ja, "ja", "ADDRESS_INCORRECT", addressProblem(address))).toBe(
      "配送先住所の番地、郵便番号が入力されていません。お客様に直接ご連絡のうえ、正しいお届け先住所をご確認ください。",
    );
    expect(releaseFailureText(ja, "ja", "ADDRESS_INCORRECT", releaseFailureDetails.postalCode("15-041", "JP"))).toBe(
      "郵便番号「15-041」はJPの郵便番号として正しくありません。お客様に直接ご連絡のうえ、正しいお届け先住所をご確認ください。",
    );
    expect(releaseFailureText(ja, "ja", "NO_DELIVERY_NAME", deliveryNameProblem(lines))).toBe("Canvas Tote（P-1）の登録商品情報に納品書用商品名がありません。");
    expect(releaseFailureText(ja, "ja", "STOCK_SHORT", releaseFailureDetails.stockShort([{ code: "A-1", needs: 3, inStock: 1 }]))).toBe(
      "A-1（必要数 3、在庫 1）の在庫が不足しています。オプションごとの合計数量と在庫状況をご確認ください。",
    );
    expect(releaseFailureText(ja, "ja", "ALREADY_CANCELLED", null)).toBe("キャンセル済みのため出荷できません。");
  });

  it("written before details were keys still read as written", () => {
    expect(releaseFailureText(ja, "ja", "STOCK_SHORT", "Stock short earlier.")).toBe("Stock short earlier.");
  });
});

it("names shipping options in the reader's language", () => {
  const group = { name: "International", currency: "JPY", country: null };
  expect(shippingOptionLabel(group, shippingOptionWords(en))).toBe("International · JPY · All Countries");
  expect(shippingOptionLabel(group, shippingOptionWords(ja))).toBe("International · JPY · すべての国");
  expect(shippingOptionLabel(null, shippingOptionWords(ja))).toBe("配送方法なし");
});
