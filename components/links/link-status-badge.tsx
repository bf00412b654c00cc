import { Badge } from "@/components/ui/badge";
import type { OrderLinkStatus } from "@/lib/db/generated/enums";
import { LINK_STATUS_LABELS } from "@/lib/links/link-types";

export function LinkStatusBadge({ status }: { status: OrderLinkStatus }) {
  return <Badge tone={status === "OPEN" ? "green" : "gray"}>{LINK_STATUS_LABELS[status]}</Badge>;
}

export function CatalogStatusBadge({ status }: { status: "OPEN" | "LIMITED" | "CLOSED" }) {
  const tone = status === "OPEN" ? "green" : status === "LIMITED" ? "amber" : "red";
  return <Badge tone={tone}>{status === "OPEN" ? "Open" : status === "LIMITED" ? "Limited" : "Closed"}</Badge>;
}
