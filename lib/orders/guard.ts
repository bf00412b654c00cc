import "server-only";
// Explains a guarded transition that matched no row: the order is not this brand's (404), or
// someone else already moved it (a clear "already changed" message with a code the UI can use).
import type { Tx } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { AlreadyChangedError, NotFoundError } from "@/lib/errors/app-error";
import { msg, type MessageKey } from "@/lib/i18n/message-text";

/** What the refused transition was, for its message (orders.errors.statusChanged). */
export type GuardedAction = "confirm" | "approve" | "reject" | "send" | "edit";

export async function throwGuardMiss(
  db: Pick<Tx, "order">,
  where: { id: string; brandId?: string; buyerId?: { in: string[] } },
  what: { action: GuardedAction; already?: { statuses: OrderStatus[]; code: string; message: MessageKey } },
): Promise<never> {
  const order = await db.order.findFirst({ where, select: { status: true } });
  if (!order) throw new NotFoundError(msg("orders.errors.orderNotFound"));
  if (what.already?.statuses.includes(order.status)) throw new AlreadyChangedError(what.already.code, msg(what.already.message));
  throw new AlreadyChangedError("ORDER_STATUS_CHANGED", msg("orders.errors.statusChanged", { status: order.status, action: what.action }));
}

/** Locks the brand's order row for the rest of the transaction (multi-step changes). */
export async function lockOrder(tx: Tx, brandId: string, orderId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Order" WHERE id = ${orderId} AND "brandId" = ${brandId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(msg("orders.errors.orderNotFound"));
  return tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { position: "asc" } } } });
}
