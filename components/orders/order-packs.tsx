// The prepacks of an order as ordered, beside its SKU lines: "Size run A × 3 (Navy): S ×1, M ×2 …".
// Their units are already in the SKU lines ("incl. N from packs"); this says how they were packed,
// so staff and the warehouse can pick whole packs.
import { useTranslations } from "next-intl";
import { orderPacks, packSummary, unitsPerPack, type PackWords } from "@/lib/orders/pack-lines";

type PackLine = Parameters<typeof orderPacks>[0][number];
type Line = Parameters<typeof orderPacks>[1][number];

export function OrderPacks({ packLines, lines, className }: { packLines: PackLine[]; lines: Line[]; className?: string }) {
  const t = useTranslations();
  if (packLines.length === 0) return null;
  const words: PackWords = (key, values) => t(key, values);
  return (
    <section className={className} aria-labelledby="order-packs-heading" data-testid="order-packs">
      <h3 id="order-packs-heading" className="mb-2 text-sm font-semibold text-slate-700">{t("orders.packs.title")}</h3>
      <ul className="space-y-1 text-sm">
        {orderPacks(packLines, lines).map((pack) => (
          <li key={pack.id} data-testid="order-pack">
            <span className="font-medium">{pack.productName}</span> <span className="text-xs text-slate-500">{pack.productCode}</span>
            <span className="block text-slate-700">{packSummary(words, pack)}</span>
            <span className="block text-xs text-slate-500">{t("orders.packs.units", { perPack: unitsPerPack(pack), total: unitsPerPack(pack) * pack.packs })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
