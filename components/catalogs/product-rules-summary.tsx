// The product page's summary of its saved order rules, in the words buyers see on the order grid
// (orderRules.hints), with each prepack's contents.
import { getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ProductSaleMode } from "@/lib/db/generated/enums";
import { hasOrderRules, unitsPerPack, type ProductRules } from "@/lib/order-rules/product-rules";

export async function ProductRulesSummary({ rules }: { rules: Omit<ProductRules, "productId" | "saleMode"> & { saleMode: ProductSaleMode } }) {
  const [t, hint, mode] = await Promise.all([getTranslations("products.detail.rules"), getTranslations("orderRules.hints"), getTranslations("products.saleModes")]);
  const badges = [
    rules.minQuantity ? hint("minProduct", { minimum: rules.minQuantity }) : null,
    rules.minQuantityPerSku ? hint("minPerSku", { minimum: rules.minQuantityPerSku }) : null,
    rules.orderMultiple && rules.orderMultiple > 1 ? hint("caseOf", { multiple: rules.orderMultiple }) : null,
    rules.maxQuantity ? hint("max", { maximum: rules.maxQuantity }) : null,
  ].filter((b): b is string => b !== null);
  return (
    <Card className="p-5" data-testid="product-rules-summary">
      <h2 className="mb-3 text-base font-semibold">{t("title")}</h2>
      {!hasOrderRules(rules) ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <div className="space-y-2 text-sm">
          {badges.length > 0 && (
            <p className="flex flex-wrap gap-1">
              {badges.map((b) => (
                <Badge key={b} tone="blue">
                  {b}
                </Badge>
              ))}
            </p>
          )}
          <p>{t("saleMode", { mode: mode(rules.saleMode) })}</p>
          {rules.prepacks.length > 0 && (
            <ul className="space-y-1">
              {rules.prepacks.map((p) => (
                <li key={p.id}>
                  {t("pack", { name: p.name, contents: p.sizes.map((s) => hint("packSize", { size: s.size, quantity: s.quantity })).join(", ") })}
                  <span className="text-slate-500"> · {t("packUnits", { units: unitsPerPack(p) })}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
