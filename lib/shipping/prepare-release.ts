import "server-only";
// Preparing to Release: moves confirmed orders from New (To Ship) Orders to Preparing product,
// allocating their stock, or to Failed to Release with the reason and a detail staff can act on
// (a failed order can be fixed and prepared again).
//
// Each order is all or nothing, and stock never goes below zero, even with two people releasing
// over the same SKUs at once. Orders are processed in chunks, one transaction per chunk, set-based
// so a thousand orders take a few seconds:
//   1. lock the chunk's SKU rows (FOR UPDATE, in id order), then its order rows (in id order); every
//      release locks in this same order, so concurrent runs queue instead of deadlocking;
//   2. re-read each order's status under the lock, then walk the orders oldest first and give one
//      its stock only if every SKU it needs is covered by what is left (else: stock short);
//   3. write it all at once: a guarded decrement per SKU (`stockQuantity >= q`, checked), the
//      orders' new states, stock movements, the buyers' "Order Processing" e-mails, audit events.
import { prisma, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { OrderStatus, ReleaseFailureReason, ReleaseStatus } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/audit/record-audit";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { RELEASE_FAILURE_LABELS } from "@/lib/orders/status-labels";
import { allocationOf } from "./allocation";
import { addressProblem, deliveryNameProblem } from "./release-checks";
import { RELEASE_CHUNK_SIZE } from "./schemas";

export const RELEASABLE: ReleaseStatus[] = ["NOT_YET_RELEASED", "FAILED_TO_RELEASE"];
export const CONFIRMED: OrderStatus[] = ["OC_CONFIRMED", "OC_CONFIRMED_UNDELIVERED"];

export type ReleaseBrand = { id: string; name: string; orderPrefix: string };

export type ReleaseOutcome =
  | { orderId: string; orderNumber: string; ok: true }
  | { orderId: string; orderNumber: string; ok: false; reason: ReleaseFailureReason | "ALREADY_CHANGED"; message: string };

const CANCELLED_DETAIL = "The order is not available for shipment: it has already been cancelled.";
const CHANGED_MESSAGE = "This order's release status was already changed by someone else.";

const orderSelect = {
  id: true,
  number: true,
  status: true,
  releaseStatus: true,
  contactName: true,
  contactEmail: true,
  shipRecipient: true,
  shipLine1: true,
  shipCity: true,
  shipPostalCode: true,
  shipCountry: true,
  lines: {
    select: {
      skuId: true,
      skuCode: true,
      productCode: true,
      productName: true,
      quantity: true,
      undelivered: { select: { quantity: true } },
      sku: { select: { product: { select: { deliveryName: true } } } },
    },
  },
} as const;

type ReleaseOrder = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

/**
 * Prepares the given orders for release (oldest-first is the caller's order) and reports each
 * one's outcome in that order. An id that is not this brand's order fails the whole call with
 * NOT_FOUND before anything is written.
 */
export async function prepareOrdersForRelease(input: { brand: ReleaseBrand; actor: Actor; orderIds: string[] }): Promise<ReleaseOutcome[]> {
  const ids = [...new Set(input.orderIds)];
  const orders = await prisma.order.findMany({ where: { brandId: input.brand.id, id: { in: ids } }, select: orderSelect });
  if (orders.length !== ids.length) throw new NotFoundError("One of the selected orders was not found.");
  const byId = new Map(orders.map((o) => [o.id, o]));
  const outcomes: ReleaseOutcome[] = [];
  for (let i = 0; i < ids.length; i += RELEASE_CHUNK_SIZE) {
    const chunk = ids.slice(i, i + RELEASE_CHUNK_SIZE).map((id) => byId.get(id)!);
    outcomes.push(...(await prisma.$transaction((tx) => prepareChunk(tx, input.brand, input.actor, chunk))));
  }
  return outcomes;
}

type Decision = { order: ReleaseOrder; orderNumber: string; from: ReleaseStatus | null } & (
  | { kind: "release"; need: [string, number][] }
  | { kind: "fail"; reason: ReleaseFailureReason; detail: string }
  | { kind: "changed" }
);

const byId = ([a]: [string, number], [b]: [string, number]) => (a < b ? -1 : a > b ? 1 : 0);

async function prepareChunk(tx: Tx, brand: ReleaseBrand, actor: Actor, orders: ReleaseOrder[]): Promise<ReleaseOutcome[]> {
  const needs = new Map(orders.map((o) => [o.id, [...allocationOf(o.lines)].sort(byId)]));
  const skuIds = [...new Set([...needs.values()].flatMap((need) => need.map(([id]) => id)))].sort();
  const orderIds = orders.map((o) => o.id).sort();

  // 1. Locks: SKUs, then orders, each in id order.
  const skus = skuIds.length
    ? await tx.$queryRaw<{ id: string; code: string; stockQuantity: number }[]>`
        SELECT "id", "code", "stockQuantity" FROM "Sku" WHERE "brandId" = ${brand.id} AND "id" = ANY(${skuIds}::text[]) ORDER BY "id" FOR UPDATE`
    : [];
  const locked = await tx.$queryRaw<{ id: string; status: OrderStatus; releaseStatus: ReleaseStatus | null }[]>`
    SELECT "id", "status", "releaseStatus" FROM "Order" WHERE "brandId" = ${brand.id} AND "id" = ANY(${orderIds}::text[]) ORDER BY "id" FOR UPDATE`;
  const fresh = new Map(locked.map((o) => [o.id, o]));
  const left = new Map(skus.map((s) => [s.id, s.stockQuantity]));
  const codes = new Map(skus.map((s) => [s.id, s.code]));

  // 2. Decide each order, oldest first, against the stock that is left.
  const decisions: Decision[] = orders.map((order) => {
    const now = fresh.get(order.id);
    const base = { order, orderNumber: formatOrderNumber(brand.orderPrefix, order.number), from: now?.releaseStatus ?? null };
    const releasable = now?.releaseStatus != null && RELEASABLE.includes(now.releaseStatus);
    if (now?.status === "CANCELLED") return { ...base, kind: "fail", reason: "ALREADY_CANCELLED", detail: CANCELLED_DETAIL };
    if (!now || !releasable || !CONFIRMED.includes(now.status)) return { ...base, kind: "changed" };
    const address = addressProblem(order);
    if (address) return { ...base, kind: "fail", reason: "ADDRESS_INCORRECT", detail: address };
    const names = deliveryNameProblem(order.lines);
    if (names) return { ...base, kind: "fail", reason: "NO_DELIVERY_NAME", detail: names };
    const need = needs.get(order.id)!;
    const short = need.filter(([skuId, q]) => (left.get(skuId) ?? 0) < q);
    if (short.length > 0) {
      const list = short.map(([skuId, q]) => `${codes.get(skuId) ?? skuId} (needs ${q}, ${left.get(skuId) ?? 0} in stock)`);
      return { ...base, kind: "fail", reason: "STOCK_SHORT", detail: `Stock short for ${list.join(", ")}. Please check the total quantity and inventory status for each option.` };
    }
    for (const [skuId, q] of need) left.set(skuId, left.get(skuId)! - q);
    return { ...base, kind: "release", need };
  });

  // 3. Writes, set-based.
  const released = decisions.filter((d): d is Extract<Decision, { kind: "release" }> => d.kind === "release");
  // A cancelled order that already left the queue (from = null) is reported, not written.
  const failed = decisions.filter((d): d is Extract<Decision, { kind: "fail" }> => d.kind === "fail" && d.from !== null && RELEASABLE.includes(d.from));
  const releasedAt = new Date();

  const taken = new Map<string, number>();
  for (const d of released) for (const [skuId, q] of d.need) taken.set(skuId, (taken.get(skuId) ?? 0) + q);
  if (taken.size > 0) {
    const ids = [...taken.keys()].sort();
    const quantities = ids.map((id) => taken.get(id)!);
    const updated = await tx.$executeRaw`
      UPDATE "Sku" AS s SET "stockQuantity" = s."stockQuantity" - v.q, "updatedAt" = NOW()
      FROM unnest(${ids}::text[], ${quantities}::int[]) AS v(id, q)
      WHERE s."id" = v.id AND s."brandId" = ${brand.id} AND s."stockQuantity" >= v.q`;
    // Cannot happen while we hold the locks; if it ever does, roll the whole chunk back.
    if (updated !== ids.length) throw new Error(`Stock allocation guard failed (${updated} of ${ids.length} SKUs)`);
  }
  if (released.length > 0) {
    const updated = await tx.order.updateMany({
      where: { brandId: brand.id, id: { in: released.map((d) => d.order.id) }, releaseStatus: { in: RELEASABLE }, status: { in: CONFIRMED } },
      data: { releaseStatus: "PREPARING_PRODUCT", releasedAt, releaseFailureReason: null, releaseFailureDetail: null },
    });
    if (updated.count !== released.length) throw new Error("Release guard failed under lock");
    await tx.stockMovement.createMany({
      data: released.flatMap((d) =>
        d.need.map(([skuId, q]) => ({ brandId: brand.id, skuId, delta: -q, reason: "release.allocate", orderId: d.order.id, actorUserId: actor.userId ?? null })),
      ),
    });
    // The outbox (lib/mail/outbox.ts) in bulk: same rows, one statement.
    await tx.outboxEmail.createMany({ data: released.map((d) => orderProcessingEmail(brand, d.order, d.orderNumber)) });
  }
  if (failed.length > 0) {
    await tx.$executeRaw`
      UPDATE "Order" AS o SET "releaseStatus" = 'FAILED_TO_RELEASE', "releaseFailureReason" = v.reason::"ReleaseFailureReason", "releaseFailureDetail" = v.detail, "updatedAt" = NOW()
      FROM unnest(${failed.map((d) => d.order.id)}::text[], ${failed.map((d) => d.reason)}::text[], ${failed.map((d) => d.detail)}::text[]) AS v(id, reason, detail)
      WHERE o."id" = v.id AND o."brandId" = ${brand.id}`;
  }
  const audits = [
    ...released.map((d) => audit(brand, actor, d, "release.prepare", "PREPARING_PRODUCT", { orderNumber: d.orderNumber, allocated: d.need.map(([skuId, quantity]) => ({ skuId, quantity })) })),
    ...failed.map((d) => audit(brand, actor, d, "release.fail", "FAILED_TO_RELEASE", { orderNumber: d.orderNumber, reason: d.reason, detail: d.detail })),
  ];
  if (audits.length > 0) await tx.auditEvent.createMany({ data: audits });

  return decisions.map((d): ReleaseOutcome => {
    if (d.kind === "release") return { orderId: d.order.id, orderNumber: d.orderNumber, ok: true };
    if (d.kind === "changed") return { orderId: d.order.id, orderNumber: d.orderNumber, ok: false, reason: "ALREADY_CHANGED", message: CHANGED_MESSAGE };
    return { orderId: d.order.id, orderNumber: d.orderNumber, ok: false, reason: d.reason, message: `${RELEASE_FAILURE_LABELS[d.reason]}. ${d.detail}` };
  });
}

/** The same row recordAudit writes, for createMany. */
function audit(brand: ReleaseBrand, actor: Actor, d: Decision, action: string, to: ReleaseStatus, data: Prisma.InputJsonValue): Prisma.AuditEventCreateManyInput {
  return { brandId: brand.id, actorUserId: actor.userId ?? null, actorLabel: actor.label, entityType: "Order", entityId: d.order.id, action, fromStatus: d.from, toStatus: to, data };
}

function orderProcessingEmail(brand: ReleaseBrand, order: ReleaseOrder, orderNumber: string) {
  const text = [
    `Dear ${order.contactName},`,
    "",
    `Your order ${orderNumber} with ${brand.name} is now being processed: the products are being prepared for shipment.`,
    "As the order is being processed, it can no longer be cancelled from your side. Please contact the brand if you need to change anything.",
    "",
    brand.name,
  ].join("\n");
  return { brandId: brand.id, to: order.contactEmail, subject: `Order Processing: ${orderNumber} (${brand.name})`, text };
}
