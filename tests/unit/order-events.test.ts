// An order's status history has words for every event type, and no event can be written for an
// order without being one of those types.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { msg } from "@/lib/i18n/message-text";
import { describeOrderActor, describeOrderEvent, ORDER_EVENT_TYPES } from "@/lib/orders/order-events";
import { releaseFailureDetails } from "@/lib/shipping/release-failure";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(rel);
      return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
    }),
  );
  return nested.flat();
}

describe("order status history wording", () => {
  it.each(ORDER_EVENT_TYPES.map((t) => [t]))("%s has its own words", (type) => {
    const text = describeOrderEvent({ action: type, fromStatus: "OC_APPROVED", toStatus: "OC_CONFIRMED", data: null }, "en");
    expect(text).toMatch(/^[A-Z]/);
    for (const raw of ORDER_EVENT_TYPES) expect(text).not.toContain(raw);
    expect(text).not.toMatch(/\b[A-Z]+(?:_[A-Z]+)+\b/);
    const others = ORDER_EVENT_TYPES.filter((t) => t !== type).map((t) => describeOrderEvent({ action: t, fromStatus: "OC_APPROVED", toStatus: "OC_CONFIRMED", data: null }, "en"));
    expect(others).not.toContain(text);
  });

  it("names statuses of orders, releases and payments as staff know them", () => {
    expect(describeOrderEvent({ action: "release.prepare", fromStatus: "FAILED_TO_RELEASE", toStatus: "PREPARING_PRODUCT", data: {} }, "en")).toBe("Prepared for release: Failed to Release → Preparing product");
    expect(describeOrderEvent({ action: "payment.update", fromStatus: "AWAITING_PAYMENT", toStatus: "FAILED", data: {} }, "en")).toBe("Card payment: Awaiting payment → Payment failed");
    expect(describeOrderEvent({ action: "release.fail", fromStatus: "NOT_YET_RELEASED", toStatus: "FAILED_TO_RELEASE", data: { reason: "NO_DELIVERY_NAME" } }, "en")).toBe("Failed to release: A product has no delivery name");
    expect(describeOrderEvent({ action: "order.status", fromStatus: "PLEASE_CREATE_OC", toStatus: "OC_CONFIRMED_UNDELIVERED", data: null }, "en")).toBe("Status changed: Please create an OC → OC Confirmed (Undelivered SKUs Created)");
    expect(describeOrderEvent({ action: "delivery-note.create", fromStatus: "PARTIALLY_SHIPPED", toStatus: "SHIPPED", data: { sequence: 2, units: 12 } }, "en")).toBe("Delivery note #2 created (12 units): Partially Shipped → Shipped");
    expect(describeOrderEvent({ action: "oc.confirm", fromStatus: "OC_CREATED", toStatus: "OC_CONFIRMED", data: { skippedBuyerApproval: true, notifiedBuyer: false, tags: ["VIP", "Rush"] } }, "en"))
      .toBe("Order confirmation confirmed: OC Created → OC Confirmed. The buyer's approval was skipped. No email to the buyer. Tags: VIP, Rush");
  });

  it("reads in Japanese for a Japanese reader, statuses named as in Japanese, never as codes", () => {
    expect(describeOrderEvent({ action: "release.prepare", fromStatus: "FAILED_TO_RELEASE", toStatus: "PREPARING_PRODUCT", data: {} }, "ja")).toBe("出荷準備を開始：出荷準備失敗 → 出荷準備中");
    expect(describeOrderEvent({ action: "delivery-note.create", fromStatus: "PARTIALLY_SHIPPED", toStatus: "SHIPPED", data: { sequence: 2, units: 1200 } }, "ja")).toBe("納品書 #2 を作成（1,200点）：一部出荷済み → 出荷済み");
    expect(describeOrderEvent({ action: "oc.confirm", fromStatus: "OC_CREATED", toStatus: "OC_CONFIRMED", data: { skippedBuyerApproval: true, notifiedBuyer: false, tags: ["VIP", "Rush"] } }, "ja"))
      .toBe("注文確認書を確定：注文確認書作成済み → 注文確認書確定済み。バイヤーの承認を省略。バイヤーへのメールなし。タグ：VIP、Rush");
    expect(describeOrderEvent({ action: "release.fail", fromStatus: "NOT_YET_RELEASED", toStatus: "FAILED_TO_RELEASE", data: { reason: "STOCK_SHORT" } }, "ja")).toBe("出荷準備失敗：在庫が不足しています");
    for (const type of ORDER_EVENT_TYPES) {
      const text = describeOrderEvent({ action: type, fromStatus: "OC_APPROVED", toStatus: "OC_CONFIRMED", data: null }, "ja");
      expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(text).not.toMatch(/\b[A-Z]+(?:_[A-Z]+)+\b/);
    }
  });

  it("a stored failure detail reads in the reader's language", () => {
    const detailMessage = releaseFailureDetails.stockShort([{ code: "TEE-S", needs: 3, inStock: 0 }]);
    const e = { action: "release.fail", fromStatus: "NOT_YET_RELEASED", toStatus: "FAILED_TO_RELEASE", data: { reason: "STOCK_SHORT", detail: "Written in English.", detailMessage } };
    expect(describeOrderEvent(e, "en")).toMatch(/^Failed to release: .*TEE-S/);
    expect(describeOrderEvent(e, "ja")).toMatch(/^出荷準備失敗：.*TEE-S.*在庫が不足しています/);
    // Rows written before details were keys read as they were written.
    expect(describeOrderEvent({ ...e, data: { reason: "STOCK_SHORT", detail: "Written in English." } }, "ja")).toBe("出荷準備失敗：Written in English.");
  });

  it("a buyer approving from the e-mail is named in the reader's language", () => {
    const label = msg("orders.history.buyerViaEmail", { name: "青山 花子" });
    expect(describeOrderActor(label, "en")).toBe("青山 花子 (Buyer, via e-mail)");
    expect(describeOrderActor(label, "ja")).toBe("青山 花子（バイヤー、メール経由）");
    expect(describeOrderActor("Yui Tanaka", "ja")).toBe("Yui Tanaka");
  });

  it("an event of an unknown type still reads as words", () => {
    expect(describeOrderEvent({ action: "order.something-new", fromStatus: "OC_CREATED", toStatus: "OC_APPROVED", data: null }, "en")).toBe("Order updated: OC Created → OC Approved");
  });
});

describe("every order event the code writes is a known type", () => {
  it("recordAudit accepts only the known types for an order (checked by the compiler)", () => {
    // Never called: the compiler refuses an unknown type for an order, and this line proves it does.
    const write = (db: Parameters<typeof recordAudit>[0]) => [
      recordAudit(db, { brandId: "b", actor: { label: "x" }, entityType: "Order", entityId: "o", action: "oc.confirm" }),
      // @ts-expect-error "order.forgotten" is not in ORDER_EVENT_TYPES
      recordAudit(db, { brandId: "b", actor: { label: "x" }, entityType: "Order", entityId: "o", action: "order.forgotten" }),
      recordAudit(db, { brandId: "b", actor: { label: "x" }, entityType: "Tag", entityId: "t", action: "tag.anything" }),
    ];
    expect(typeof write).toBe("function");
  });

  it("audit rows are written through recordAudit, except by two writers whose order event types are typed", async () => {
    // A writer that bypasses recordAudit escapes its typing: each one must type its event names
    // as OrderEventType itself. This list makes a new one visible.
    const files = [...(await sourceFiles("lib")), ...(await sourceFiles("app")), ...(await sourceFiles("prisma")), ...(await sourceFiles("scripts"))];
    const writers: string[] = [];
    for (const file of files) {
      const source = await readFile(path.join(ROOT, file), "utf8");
      if (/auditEvent\.(create|createMany|upsert)\(|INSERT INTO "AuditEvent"/.test(source)) writers.push(file.split(path.sep).join("/"));
    }
    expect(writers.sort()).toEqual(["lib/audit/record-audit.ts", "lib/shipping/prepare-release.ts", "prisma/demo-data.ts"].sort());
    for (const file of ["lib/shipping/prepare-release.ts", "prisma/demo-data.ts"]) {
      expect(await readFile(path.join(ROOT, file), "utf8")).toContain("OrderEventType");
    }
  });
});
