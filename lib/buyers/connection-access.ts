import "server-only";
// The one answer to "may this buyer reach this brand through the Buyer App or a Customer Order
// Link?": only while their connection is Connected. Read fresh on every request (never cached in a
// session), so a Disconnect takes effect immediately, also for sessions already open.
import { prisma, type Tx } from "@/lib/db/client";
import type { ConnectionStatus } from "@/lib/db/generated/enums";
import { msg } from "@/lib/i18n/message-text";

export type ConnectionAccess = { state: "connected" } | { state: "closed" } | { state: "none" };

/** Connected, Closed (disconnected by the brand) or no connection at all. */
export async function connectionAccess(brandId: string, buyerId: string): Promise<ConnectionAccess> {
  const connection = await prisma.connection.findUnique({
    where: { brandId_buyerId: { brandId, buyerId } },
    select: { status: true },
  });
  return { state: stateOf(connection?.status) };
}

/** True only when the buyer's connection with the brand is Connected. */
export async function isConnected(brandId: string, buyerId: string): Promise<boolean> {
  return (await connectionAccess(brandId, buyerId)).state === "connected";
}

/**
 * Inside an ordering transaction: is the connection still Connected? Takes a share lock on the
 * row, so a Disconnect (an UPDATE of it) waits for the order to commit, or the order sees Closed:
 * an order is never placed after the brand disconnected the buyer.
 */
export async function isConnectedForUpdate(tx: Tx, brandId: string, buyerId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ status: ConnectionStatus }[]>`
    SELECT "status"::text AS "status" FROM "Connection" WHERE "brandId" = ${brandId} AND "buyerId" = ${buyerId} FOR SHARE`;
  return stateOf(rows[0]?.status) === "connected";
}

function stateOf(status: ConnectionStatus | undefined): ConnectionAccess["state"] {
  if (status === "CONNECTED") return "connected";
  if (status === "CLOSED") return "closed";
  return "none";
}

/** Message shown wherever a Closed connection refuses access: a catalogue key, translated where it is shown. */
export const NO_LONGER_CONNECTED_MESSAGE = msg("buyers.errors.noLongerConnected");
