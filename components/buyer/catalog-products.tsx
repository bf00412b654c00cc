// A catalog's products with each SKU's price under the buyer's trading terms (read-only).
import { useLocale, useTranslations } from "next-intl";
import { ScrollBox } from "@/components/ui/scroll-box";
import { formatMoney } from "@/lib/money/format";
import type { BuyerCatalog } from "@/lib/buyer-app/queries";
import { BuyerProductCard } from "./product-card";

export function CatalogProducts({ catalog }: { catalog: BuyerCatalog }) {
  const t = useTranslations("buyerApp.catalog");
  const locale = useLocale();
  const { currency } = catalog;
  return (
    <ul className="space-y-4" data-testid="catalog-products">
      {catalog.products.map((product) => (
        <BuyerProductCard key={product.id} product={product}>
          <ScrollBox className="mt-3 overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
                  <th scope="col" className="py-1 pr-2 font-medium">{t("colour")}</th>
                  <th scope="col" className="py-1 pr-2 font-medium">{t("size")}</th>
                  <th scope="col" className="py-1 pr-2 text-right font-medium">{t("wholesale")}</th>
                  <th scope="col" className="py-1 text-right font-medium">{t("yourPrice")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {product.skus.map((sku) => (
                  <tr key={sku.id}>
                    <td className="py-1 pr-2">{sku.color}</td>
                    <td className="py-1 pr-2">{sku.size}</td>
                    <td className="py-1 pr-2 text-right tabular-nums text-slate-500">
                      {sku.wholesalePrice === null ? "—" : formatMoney(sku.wholesalePrice, currency, locale)}
                    </td>
                    <td className="py-1 text-right font-medium tabular-nums" data-testid="sku-price">
                      {sku.unitPrice === null ? <span className="text-xs font-normal text-slate-500">{t("notAvailableIn", { currency })}</span> : formatMoney(sku.unitPrice, currency, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </BuyerProductCard>
      ))}
    </ul>
  );
}
