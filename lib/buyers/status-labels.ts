// Connection statuses and buyer ownership as the help-center pages name them.
import type { BadgeTone } from "@/components/ui/badge";
import type { BuyerOwnership, ConnectionStatus, Language } from "@/lib/db/generated/enums";

export const CONNECTION_STATUS_LABELS: Record<ConnectionStatus, string> = { CONNECTED: "Connected", CLOSED: "Closed" };
export const CONNECTION_STATUS_TONES: Record<ConnectionStatus, BadgeTone> = { CONNECTED: "green", CLOSED: "gray" };
export const OWNERSHIP_LABELS: Record<BuyerOwnership, string> = { CUSTOMER_OWNED: "Customer-owned", OFFLINE: "Offline" };
export const LANGUAGE_LABELS: Record<Language, string> = { EN: "English", JA: "Japanese" };
