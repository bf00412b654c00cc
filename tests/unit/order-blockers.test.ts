import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { deliveryNoteBlocker, remainingQuantity, undeliveredBlocker } from "@/lib/orders/delivery-quantities";
import { parseOrderFilters } from "@/lib/orders/schemas";

// Blockers are catalogue keys; staff read them in their language.
const en = (key: string | null) => (key === null ? null : translatorFor("en")(key as never));
const ja = (key: string | null) => (key === null ? null : translatorFor("ja")(key as never));

describe("order action availability", () => {
  it.each([
    ["OC_CONFIRMED", "PREPARING_PRODUCT", null],
    ["OC_CONFIRMED", "PARTIALLY_SHIPPED", null],
    ["OC_CONFIRMED_UNDELIVERED", "PREPARING_PRODUCT", null],
    ["OC_CONFIRMED", "NOT_YET_RELEASED", "Prepare the order for release first."],
    ["OC_CONFIRMED", "FAILED_TO_RELEASE", "Prepare the order for release first."],
    ["OC_CONFIRMED", "SHIPPED", "Every quantity has already been delivered."],
    ["OC_APPROVED", null, "Confirm the order confirmation first."],
  ] as const)("delivery notes for %s / %s: %s", (status, releaseStatus, expected) => {
    expect(en(deliveryNoteBlocker({ status, releaseStatus }))).toBe(expected);
  });

  it("undelivered SKUs only for OC Confirmed orders without delivery notes", () => {
    expect(undeliveredBlocker({ status: "OC_CONFIRMED", deliveryNoteCount: 0 })).toBeNull();
    expect(en(undeliveredBlocker({ status: "OC_CONFIRMED", deliveryNoteCount: 1 }))).toBe("A delivery note already exists for this order.");
    expect(en(undeliveredBlocker({ status: "OC_CONFIRMED_UNDELIVERED", deliveryNoteCount: 0 }))).toBe("Undelivered SKUs were already created for this order.");
    expect(ja(undeliveredBlocker({ status: "OC_CONFIRMED_UNDELIVERED", deliveryNoteCount: 0 }))).toBe("この受注の未納SKUはすでに作成済みです。");
  });

  it("remaining quantity never goes below zero", () => {
    expect(remainingQuantity({ id: "x", quantity: 5, delivered: 2, undelivered: 1 })).toBe(2);
    expect(remainingQuantity({ id: "x", quantity: 5, delivered: 5, undelivered: 1 })).toBe(0);
  });

  it("list filters from the query string ignore junk", () => {
    expect(parseOrderFilters({ status: "NOPE", currency: "usd", from: "2026-13", to: "2026-13-45", sort: "weird", buyer: ["Shop", "x"] })).toEqual({
      status: undefined, currency: "USD", from: undefined, sort: "newest", buyer: "Shop", number: undefined, tag: undefined, link: undefined, to: undefined,
    });
  });
});
