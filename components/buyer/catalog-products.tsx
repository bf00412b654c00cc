// A catalog's products with each SKU's price under the buyer's trading terms (read-only).
import { formatMoney } from "@/lib/money/format";
import type { BuyerCatalog } from "@/lib/buyer-app/queries";

export function CatalogProducts({ catalog }: { catalog: BuyerCatalog }) {
  const { currency } = catalog;
  return (
    <ul className="space-y-4" data-testid="catalog-products">
      {catalog.products.map((product) => (
        <li key={product.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="catalog-product">
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
              {product.description && <p className="mt-1 text-sm text-slate-600">{product.description}</p>}
              {product.deliveryDate && <p className="mt-1 text-xs text-slate-500">Delivery {product.deliveryDate.toLocaleDateString("en", { dateStyle: "medium" })}</p>}
            </div>
          </div>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
                  <th scope="col" className="py-1 pr-2 font-medium">Colour</th>
                  <th scope="col" className="py-1 pr-2 font-medium">Size</th>
                  <th scope="col" className="py-1 pr-2 text-right font-medium">Wholesale</th>
                  <th scope="col" className="py-1 text-right font-medium">Your price</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {product.skus.map((sku) => (
                  <tr key={sku.id}>
                    <td className="py-1 pr-2">{sku.color}</td>
                    <td className="py-1 pr-2">{sku.size}</td>
                    <td className="py-1 pr-2 text-right tabular-nums text-slate-500">
                      {sku.wholesalePrice === null ? "—" : formatMoney(sku.wholesalePrice, currency)}
                    </td>
                    <td className="py-1 text-right font-medium tabular-nums" data-testid="sku-price">
                      {sku.unitPrice === null ? <span className="text-xs font-normal text-slate-500">Not available in {currency}</span> : formatMoney(sku.unitPrice, currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </li>
      ))}
    </ul>
  );
}
