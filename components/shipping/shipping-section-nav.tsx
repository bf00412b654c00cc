// Switches between the two shipping screens: the New (To Ship) Orders work queue and the Shipping
// view of released orders.
import { TabsNav } from "@/components/ui/tabs-nav";

export function ShippingSectionNav({ active }: { active: "queue" | "released" }) {
  return (
    <TabsNav
      label="Shipping menu"
      tabs={[
        { href: "/admin/shipping", label: "New (To Ship) Orders", active: active === "queue" },
        { href: "/admin/shipping/released", label: "Shipping", active: active === "released" },
      ]}
    />
  );
}
