// What the buyer wrote at checkout (PO No., requested delivery, note to the brand) and the order's
// prepacks, on the buyer's order pages (Buyer App and the link's order page).
import { useLocale, useTranslations } from "next-intl";
import { unitsPerPack, type OrderPack } from "@/lib/orders/pack-lines";
import { requestedDeliveryText } from "@/lib/orders/requested-delivery";

type Requests = { poNumber: string | null; requestedDeliveryFrom: Date | null; requestedDeliveryTo: Date | null; buyerNote: string | null };

export function BuyerOrderRequests({ order }: { order: Requests }) {
  const t = useTranslations("buyerApp.order");
  const words = useTranslations();
  const delivery = requestedDeliveryText((key, values) => words(key, values), useLocale(), order);
  const items = [
    order.poNumber ? ([t("poNumber"), order.poNumber, "po-number"] as const) : null,
    delivery ? ([t("requestedDelivery"), delivery, "requested-delivery"] as const) : null,
    order.buyerNote ? ([t("buyerNote"), order.buyerNote, "buyer-note"] as const) : null,
  ].filter((i) => i !== null);
  if (items.length === 0) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="order-requests">
      {items.map(([label, value, testId]) => (
        <div key={testId} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="whitespace-pre-line break-words text-slate-900" data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function BuyerOrderPacks({ packs }: { packs: OrderPack[] }) {
  const t = useTranslations("buyerApp.order");
  const hint = useTranslations("orderRules.hints");
  if (packs.length === 0) return null;
  return (
    <div data-testid="order-packs">
      <h3 className="text-sm font-medium text-slate-700">{t("packs")}</h3>
      <ul className="mt-1 divide-y divide-slate-100 text-sm">
        {packs.map((p) => (
          <li key={p.id} className="py-1.5" data-testid="order-pack">
            <p>{t("pack", { product: p.productName, pack: p.name, color: p.color, packs: p.packs })}</p>
            <p className="text-xs text-slate-500">
              {p.sizes.map((c) => hint("packSize", { size: c.size, quantity: c.quantity })).join(", ")} · {hint("perPack", { units: unitsPerPack(p) })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
