// The Standard Order in a Buyer App catalog: each product with the shared quantity grid
// (components/cart/order-grid), saving to the buyer's cart at this brand through the bound action.
import { OrderGrid } from "@/components/cart/order-grid";
import { BuyerProductCard } from "./product-card";
import type { BuyerCatalog } from "@/lib/buyer-app/queries";
import type { ActionResult } from "@/lib/actions/result";
import type { CartQuantitiesInput } from "@/lib/checkout/schemas";

type Props = {
  catalog: BuyerCatalog;
  inCart: Record<string, number>;
  /** Packs in the cart by "<prepackId>:<colour>". */
  packsInCart: Record<string, number>;
  save: (input: CartQuantitiesInput) => Promise<ActionResult<{ quantity: number; subtotal: number }>>;
};

export function StandardOrderProducts({ catalog, inCart, packsInCart, save }: Props) {
  return (
    <ul className="space-y-4" data-testid="catalog-products">
      {catalog.products.map((p) => (
        <BuyerProductCard key={p.id} product={p} clampDescription>
          <div className="mt-3">
            <OrderGrid
              productId={p.id}
              productName={p.name}
              colors={[...new Set(p.skus.map((s) => s.color))]}
              sizes={[...new Set(p.skus.map((s) => s.size))]}
              skus={p.skus.map((s) => ({ id: s.id, color: s.color, size: s.size, unitPrice: s.unitPrice }))}
              currency={catalog.currency}
              initial={inCart}
              initialPacks={packsInCart}
              rules={p.rules}
              orderable
              save={save}
            />
          </div>
        </BuyerProductCard>
      ))}
    </ul>
  );
}
