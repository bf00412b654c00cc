import "server-only";
// Reconnect: Closed -> Connected, with the trading terms the connection already had.
import type { Actor } from "@/lib/audit/record-audit";
import { changeConnectionStatus } from "./change-connection-status";

export function reconnectBuyer(input: { brandId: string; buyerId: string; actor: Actor }) {
  return changeConnectionStatus(input, { from: "CLOSED", to: "CONNECTED", action: "connection.reconnect", alreadyCode: "CONNECTION_ALREADY_CONNECTED" });
}
