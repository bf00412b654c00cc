// The Standard Order in a Buyer App catalog: each product with the shared quantity grid
// (components/cart/order-grid), saving to the buyer's cart at this brand through the bound action.
import { OrderGrid } from "@/components/cart/order-grid";
import type { BuyerCatalog } from "@/lib/buyer-app/queries";
import type { ActionResult } from "@/lib/actions/result";
import type { CartQuantitiesInput } from "@/lib/checkout/schemas";
import type { Language } from "@/lib/db/generated/enums";

type Props = {
  catalog: BuyerCatalog;
  language: Language;
  inCart: Record<string, number>;
  save: (input: CartQuantitiesInput) => Promise<ActionResult<{ quantity: number; subtotal: number }>>;
};

export function StandardOrderProducts({ catalog, language, inCart, save }: Props) {
  return (
    <ul className="space-y-4" data-testid="catalog-products">
      {catalog.products.map((p) => (
        <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="catalog-product">
          <div className="flex gap-4">
            {p.imageUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- stored uploads are served as-is
              <img src={p.imageUrl} alt="" className="size-20 shrink-0 rounded-md object-cover" />
            ) : (
              <div className="size-20 shrink-0 rounded-md bg-slate-100" aria-hidden />
            )}
            <div className="min-w-0">
              <h3 className="font-medium">{p.name}</h3>
              <p className="text-xs text-slate-500">{p.code}</p>
              {p.description && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{p.description}</p>}
              {p.deliveryDate && <p className="mt-1 text-xs text-slate-500">Delivery {p.deliveryDate.toLocaleDateString("en", { dateStyle: "medium" })}</p>}
            </div>
          </div>
          <div className="mt-3">
            <OrderGrid
              productId={p.id}
              productName={p.name}
              colors={[...new Set(p.skus.map((s) => s.color))]}
              sizes={[...new Set(p.skus.map((s) => s.size))]}
              skus={p.skus.map((s) => ({ id: s.id, color: s.color, size: s.size, unitPrice: s.unitPrice, retailPrice: s.retailPrice }))}
              currency={catalog.currency}
              language={language}
              initial={inCart}
              orderable
              save={save}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
