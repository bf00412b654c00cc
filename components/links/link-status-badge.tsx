import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { CatalogStatus, OrderLinkStatus } from "@/lib/db/generated/enums";

export function LinkStatusBadge({ status }: { status: OrderLinkStatus }) {
  const t = useTranslations("status.linkStatus");
  return <Badge tone={status === "OPEN" ? "green" : "gray"}>{t(status)}</Badge>;
}

export function CatalogStatusBadge({ status }: { status: CatalogStatus }) {
  const t = useTranslations("status.catalog");
  const tone = status === "OPEN" ? "green" : status === "LIMITED" ? "amber" : "red";
  return <Badge tone={tone}>{t(status)}</Badge>;
}
