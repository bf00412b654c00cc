// Switches between the two shipping screens: the New (To Ship) Orders work queue and the Shipping
// view of released orders.
import { useTranslations } from "next-intl";
import { TabsNav } from "@/components/ui/tabs-nav";

export function ShippingSectionNav({ active }: { active: "queue" | "released" }) {
  const t = useTranslations("shipping.menu");
  return (
    <TabsNav
      label={t("label")}
      tabs={[
        { href: "/admin/shipping", label: t("queue"), active: active === "queue" },
        { href: "/admin/shipping/released", label: t("released"), active: active === "released" },
      ]}
    />
  );
}
