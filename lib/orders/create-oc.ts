import "server-only";
// "Create the OC": the brand drafts the order confirmation from "Please create an OC" (or edits
// an OC Created draft): adjusts quantities and prices, removes lines, adds SKUs. Editing a draft
// that was sent for approval withdraws that request, so the buyer approves what is current.
import { memberActor, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { AlreadyChangedError, AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { toMinor } from "@/lib/money/format";
import { lockOrder, throwGuardMiss } from "./guard";
import { changedProducts, ocRuleIssues, placeIssues, type OcRuleIssue, type OcRuleLine } from "./oc-rules";
import { productRulesById } from "./queries";
import type { createOcSchema } from "./schemas";
import type { Staff } from "./staff";
import type { z } from "zod";

const ALREADY_CREATED = {
  statuses: ["OC_CREATED" as const],
  code: "OC_ALREADY_CREATED",
  message: "orders.errors.alreadyCreated" as const,
};

function ruleLine(l: { skuId: string; productId: string; color: string; size: string; quantity: number; packQuantity?: number }): OcRuleLine {
  return { skuId: l.skuId, productId: l.productId, color: l.color, size: l.size, quantity: l.quantity, packQuantity: l.packQuantity ?? 0 };
}

/** The issues beside the quantities that break them; those of removed lines under the lines. */
function ruleFieldErrors(issues: OcRuleIssue[], lines: OcRuleLine[]): Record<string, string> {
  const { byLine, unplaced } = placeIssues(issues, lines);
  const errors: Record<string, string> = Object.fromEntries([...byLine].map(([index, messages]) => [`lines.${index}.quantity`, messages[0]]));
  if (unplaced.length > 0) errors.lines = unplaced[0];
  return errors;
}

export async function createOc(staff: Staff, input: z.infer<typeof createOcSchema>) {
  const brandId = staff.brand.id;
  return prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, brandId, input.orderId);
    // Only from the status the editor showed (both editable ones): no second "create" over the first.
    if (order.status !== input.from) {
      await throwGuardMiss(tx, { id: order.id, brandId }, { action: "edit", already: input.from === "PLEASE_CREATE_OC" ? ALREADY_CREATED : undefined });
    }
    if (order.ocRevision !== input.revision) {
      throw new AlreadyChangedError("OC_CHANGED", msg("orders.errors.ocChanged"));
    }
    const existing = new Map(order.lines.map((l) => [l.id, l]));
    const newSkuIds = input.lines.flatMap((l) => (l.lineId ? [] : l.skuId ? [l.skuId] : []));
    const skus = await tx.sku.findMany({ where: { id: { in: newSkuIds }, brandId }, include: { product: true } });
    const skuById = new Map(skus.map((s) => [s.id, s]));

    const seenSkus = new Set<string>();
    const fieldErrors: Record<string, string> = {};
    const rows = input.lines.map((line, index) => {
      const unitPrice = toMinor(line.unitPrice, order.currency);
      const old = line.lineId ? existing.get(line.lineId) : undefined;
      const sku = line.skuId ? skuById.get(line.skuId) : undefined;
      if (line.lineId && !old) fieldErrors[`lines.${index}.quantity`] = msg("orders.errors.lineGone");
      if (!line.lineId && !sku) fieldErrors[`lines.${index}.quantity`] = msg("orders.errors.unknownSku");
      const skuId = old?.skuId ?? sku?.id ?? "";
      if (seenSkus.has(skuId)) fieldErrors[`lines.${index}.quantity`] = msg("orders.errors.skuTwice");
      seenSkus.add(skuId);
      return { line, old, sku, unitPrice, position: index };
    });
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", msg("orders.errors.correctLines"), fieldErrors);

    // The order rules of the products whose quantities changed, as the editor showed them: refused
    // unless staff ticked "Save despite order rules", and then recorded in the status history.
    const original = order.lines.map(ruleLine);
    const edited = rows.map((r) => (r.old ? { ...ruleLine(r.old), quantity: r.line.quantity } : { ...ruleLine({ ...r.sku!, skuId: r.sku!.id, quantity: r.line.quantity }), packQuantity: 0 }));
    const issues = ocRuleIssues(await productRulesById(brandId, changedProducts(original, edited), tx), original, edited);
    if (issues.length > 0 && !input.overrideRules) throw new AppError("ORDER_RULES", msg("orders.errors.rulesBroken"), ruleFieldErrors(issues, edited));

    const keep = new Set(rows.flatMap((r) => (r.old ? [r.old.id] : [])));
    await tx.orderLine.deleteMany({ where: { orderId: order.id, id: { notIn: [...keep] } } });
    for (const r of rows) {
      const lineTotal = r.unitPrice * r.line.quantity;
      if (r.old) {
        // Of the units left, those from prepacks: never more than the line holds.
        const packQuantity = Math.min(r.old.packQuantity, r.line.quantity);
        await tx.orderLine.update({ where: { id: r.old.id }, data: { quantity: r.line.quantity, packQuantity, unitPrice: r.unitPrice, lineTotal, position: r.position } });
      } else if (r.sku) {
        await tx.orderLine.create({
          data: {
            orderId: order.id, skuId: r.sku.id, productId: r.sku.productId, productCode: r.sku.product.productCode, productName: r.sku.product.name,
            // A line added in the OC counts under the order's catalog in Reports.
            skuCode: r.sku.code, color: r.sku.color, size: r.sku.size, catalogId: order.catalogId, quantity: r.line.quantity, unitPrice: r.unitPrice, lineTotal, position: r.position,
          },
        });
      }
    }
    const subtotal = rows.reduce((sum, r) => sum + r.unitPrice * r.line.quantity, 0);
    await tx.order.update({
      where: { id: order.id },
      data: { status: "OC_CREATED", subtotal, total: subtotal + order.shippingFee, ocSentAt: null, approvalToken: null, ocRevision: { increment: 1 } },
    });
    await recordAudit(tx, {
      brandId, actor: memberActor(staff.user), entityType: "Order", entityId: order.id,
      action: order.status === "PLEASE_CREATE_OC" ? "oc.create" : "oc.update", from: order.status, to: "OC_CREATED",
      data: { lines: rows.length, subtotal },
    });
    if (issues.length > 0) {
      const codes = new Map([...order.lines, ...rows.flatMap((r) => (r.sku ? [{ skuId: r.sku.id, productId: r.sku.productId, skuCode: r.sku.code, productCode: r.sku.product.productCode }] : []))].map((l) => [l.skuId, l]));
      const productCodes = new Map([...codes.values()].map((l) => [l.productId, l.productCode]));
      await recordAudit(tx, {
        brandId, actor: memberActor(staff.user), entityType: "Order", entityId: order.id, action: "oc.rules-override",
        data: { rules: issues.map((i) => ({ code: i.code, productCode: productCodes.get(i.productId) ?? null, skuCode: i.skuId ? (codes.get(i.skuId)?.skuCode ?? null) : null, message: i.message })) },
      });
    }
    return { id: order.id, status: "OC_CREATED" as const };
  });
}
