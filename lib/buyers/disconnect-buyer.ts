import "server-only";
// Disconnect: Connected -> Closed. The buyer loses the brand in the Buyer App and on Customer
// Order Links at once; Instant Order Links and Dynamic Brand Links still work for them.
import type { Actor } from "@/lib/audit/record-audit";
import { changeConnectionStatus } from "./change-connection-status";

export function disconnectBuyer(input: { brandId: string; buyerId: string; actor: Actor }) {
  return changeConnectionStatus(input, { from: "CONNECTED", to: "CLOSED", action: "connection.disconnect", alreadyCode: "CONNECTION_ALREADY_CLOSED" });
}
