import { describe, expect, it } from "vitest";
import { buyerOrderProgress, type ProgressOrder } from "@/lib/orders/buyer-order-progress";
import { translatorFor } from "@/lib/i18n/translator";

const day = (d: number) => new Date(Date.UTC(2026, 3, d, 9));

function order(over: Partial<ProgressOrder> = {}): ProgressOrder {
  return {
    status: "PLEASE_CREATE_OC", releaseStatus: null, createdAt: day(1), ocSentAt: null, ocApprovedAt: null, ocConfirmedAt: null, releasedAt: null,
    cancelledAt: null, cancelledReason: null, rejectedReason: null, deliveryNotes: [], undeliveredSkus: [], ...over,
  };
}

const reached = (o: ProgressOrder) => buyerOrderProgress(o).steps.filter((s) => s.reached).map((s) => s.key);

describe("the buyer's view of an order's progress", () => {
  it("walks placed -> order confirmation -> confirmed -> preparing -> shipped with the dates known", () => {
    expect(reached(order())).toEqual(["placed"]);
    // A draft OC the brand has not sent is not the buyer's business yet.
    expect(reached(order({ status: "OC_CREATED" }))).toEqual(["placed"]);
    const sent = buyerOrderProgress(order({ status: "OC_CREATED", ocSentAt: day(2) }));
    expect(sent).toMatchObject({ current: "confirmation", awaitingApproval: true, processing: false });
    expect(sent.steps[1]).toEqual({ key: "confirmation", reached: true, date: day(2) });
    expect(reached(order({ status: "OC_APPROVED", ocSentAt: day(2), ocApprovedAt: day(3) }))).toEqual(["placed", "confirmation"]);
    const confirmed = buyerOrderProgress(order({ status: "OC_CONFIRMED", releaseStatus: "NOT_YET_RELEASED", ocConfirmedAt: day(4) }));
    expect(confirmed).toMatchObject({ current: "confirmed", processing: false });
    expect(confirmed.steps.map((s) => s.date)).toEqual([day(1), day(4), day(4), null, null]);
    // A failed release attempt is the brand's business: the buyer still sees "confirmed".
    expect(buyerOrderProgress(order({ status: "OC_CONFIRMED", releaseStatus: "FAILED_TO_RELEASE", ocConfirmedAt: day(4) })).current).toBe("confirmed");
  });

  it("shows Preparing, the Order Processing notice and delivery notes once release preparation starts", () => {
    const preparing = buyerOrderProgress(order({ status: "OC_CONFIRMED", releaseStatus: "PREPARING_PRODUCT", ocConfirmedAt: day(4), releasedAt: day(5) }));
    expect(preparing).toMatchObject({ current: "preparing", processing: true, end: null });
    const notes = [
      { sequence: 2, createdAt: day(8), lines: [{ quantity: 1 }] },
      { sequence: 1, createdAt: day(6), lines: [{ quantity: 2 }, { quantity: 1 }] },
    ];
    const partial = buyerOrderProgress(order({ status: "OC_CONFIRMED", releaseStatus: "PARTIALLY_SHIPPED", ocConfirmedAt: day(4), releasedAt: day(5), deliveryNotes: notes }));
    expect(partial).toMatchObject({ current: "preparing", partiallyShipped: true, deliveryNotes: [{ sequence: 1, date: day(6), units: 3 }, { sequence: 2, date: day(8), units: 1 }] });
    expect(partial.steps.at(-1)).toEqual({ key: "shipped", reached: false, date: day(6) });
    const shipped = buyerOrderProgress(order({ status: "OC_CONFIRMED_UNDELIVERED", releaseStatus: "SHIPPED", ocConfirmedAt: day(4), releasedAt: day(5), deliveryNotes: notes, undeliveredSkus: [{ quantity: 1 }] }));
    expect(shipped).toMatchObject({ current: "shipped", partiallyShipped: false, someUndelivered: true });
    expect(shipped.steps.at(-1)).toEqual({ key: "shipped", reached: true, date: day(8) });
  });

  it("ends in the cancelled state with who cancelled, when and why, after the steps it passed", () => {
    const byBuyer = buyerOrderProgress(
      order({ status: "CANCELLED", ocSentAt: day(2), ocApprovedAt: day(3), cancelledAt: day(4), cancelledReason: "Ordered twice." }),
      { by: "buyer", at: day(4) },
    );
    expect(byBuyer.steps.map((s) => s.key)).toEqual(["placed", "confirmation"]);
    expect(byBuyer).toMatchObject({ processing: false, end: { kind: "cancelled", by: "buyer", reason: "Ordered twice.", date: day(4) } });
    const byBrand = buyerOrderProgress(order({ status: "CANCELLED", ocConfirmedAt: day(3), releasedAt: day(4), cancelledAt: day(5), cancelledReason: "Sold out." }), { by: "brand", at: day(5) });
    expect(byBrand.steps.map((s) => s.key)).toEqual(["placed", "confirmation", "confirmed", "preparing"]);
    expect(byBrand.end).toEqual({ kind: "cancelled", by: "brand", reason: "Sold out.", date: day(5) });
  });

  it("ends in the rejected state with the brand's reason", () => {
    const rejected = buyerOrderProgress(order({ status: "ORDER_REJECTED", rejectedReason: "Minimum not met." }), { by: "brand", at: day(2) });
    expect(rejected).toMatchObject({ steps: [{ key: "placed", reached: true }], end: { kind: "rejected", reason: "Minimum not met.", date: day(2) } });
  });

  it("words every refused cancel in English and Japanese by its code", () => {
    const [en, ja] = [translatorFor("en"), translatorFor("ja")];
    for (const code of ["ORDER_PROCESSING", "ORDER_ALREADY_CANCELLED", "ORDER_ALREADY_REJECTED", "ORDER_STATUS_CHANGED"] as const) {
      expect(en(`buyerApp.cancel.refusals.${code}`)).toMatch(/^[A-Z][^\u3000-\u9fff]+\.$/);
      expect(ja(`buyerApp.cancel.refusals.${code}`)).toMatch(/[\u3040-\u30ff]/);
    }
    expect(en("buyerApp.cancel.refusals.ORDER_PROCESSING")).toMatch(/^Order Processing: /);
    expect(ja("buyerApp.cancel.refusals.ORDER_PROCESSING")).toMatch(/^出荷準備中：/);
  });
});
