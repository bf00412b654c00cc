// One product of a Buyer App catalog: image, name, code, description and delivery, with what the
// view shows below it (the read-only price table, or the Standard Order grid).
import type { BuyerCatalog } from "@/lib/buyer-app/queries";
import { useFormatter, useTranslations } from "next-intl";

/** A product's delivery date is a calendar day (kept as midnight UTC): the same day wherever it is read. */
const CALENDAR_DATE = { dateStyle: "medium", timeZone: "UTC" } as const;

export function BuyerProductCard({ product, clampDescription = false, children }: { product: BuyerCatalog["products"][number]; clampDescription?: boolean; children: React.ReactNode }) {
  const t = useTranslations("buyerApp.catalog");
  const format = useFormatter();
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="catalog-product">
      <div className="flex gap-4">
        {product.imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- stored uploads are served as-is
          <img src={product.imageUrl} alt="" className="size-20 shrink-0 rounded-md object-cover" />
        ) : (
          <div className="size-20 shrink-0 rounded-md bg-slate-100" aria-hidden />
        )}
        <div className="min-w-0">
          <h3 className="font-medium">{product.name}</h3>
          <p className="text-xs text-slate-500">{product.code}</p>
          {product.description && <p className={clampDescription ? "mt-1 line-clamp-2 text-sm text-slate-600" : "mt-1 text-sm text-slate-600"}>{product.description}</p>}
          {product.deliveryDate && <p className="mt-1 text-xs text-slate-500">{t("delivery", { date: format.dateTime(product.deliveryDate, CALENDAR_DATE) })}</p>}
        </div>
      </div>
      {children}
    </li>
  );
}
