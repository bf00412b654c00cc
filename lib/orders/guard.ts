import "server-only";
// Explains a guarded transition that matched no row: the order is not this brand's (404), or
// someone else already moved it (a clear "already changed" message with a code the UI can use).
import type { Tx } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { ORDER_STATUS_LABELS } from "./status-labels";

export async function throwGuardMiss(
  db: Pick<Tx, "order">,
  where: { id: string; brandId?: string; buyerId?: { in: string[] } },
  what: { verb: string; already?: { statuses: OrderStatus[]; code: string; message: string } },
): Promise<never> {
  const order = await db.order.findFirst({ where, select: { status: true } });
  if (!order) throw new NotFoundError("Order not found.");
  if (what.already?.statuses.includes(order.status)) throw new AlreadyChangedError(what.already.code, what.already.message);
  throw new AlreadyChangedError(
    "ORDER_STATUS_CHANGED",
    `This order is now "${ORDER_STATUS_LABELS[order.status]}" and cannot be ${what.verb}. Someone may have changed it; reload the page.`,
  );
}

/** Locks the brand's order row for the rest of the transaction (multi-step changes). */
export async function lockOrder(tx: Tx, brandId: string, orderId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Order" WHERE id = ${orderId} AND "brandId" = ${brandId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("Order not found.");
  return tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { position: "asc" } } } });
}
