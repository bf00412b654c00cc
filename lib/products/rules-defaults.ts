// The product form's Order rules values from a stored product (blank fields for no rule).
import type { ProductRules } from "@/lib/order-rules/product-rules";
import type { ProductFormInput } from "./schemas";

type StoredRules = Omit<ProductRules, "productId">;

const text = (n: number | null) => (n === null ? "" : String(n));

export function productRulesDefaults(stored?: StoredRules): NonNullable<ProductFormInput["rules"]> {
  if (!stored) return { minQuantity: "", maxQuantity: "", minQuantityPerSku: "", orderMultiple: "", saleMode: "SINGLES", prepacks: [] };
  return {
    minQuantity: text(stored.minQuantity),
    maxQuantity: text(stored.maxQuantity),
    minQuantityPerSku: text(stored.minQuantityPerSku),
    orderMultiple: text(stored.orderMultiple),
    saleMode: stored.saleMode,
    prepacks: stored.prepacks.map((p) => ({ id: p.id, name: p.name, sizes: p.sizes.map((s) => ({ size: s.size, quantity: String(s.quantity) })) })),
  };
}
