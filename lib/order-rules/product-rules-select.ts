// The fields of a product that hold its order rules, to be loaded with the product in the same
// query (catalog pages, cart and checkout must not add a statement per product or SKU).
import type { ProductSaleMode } from "@/lib/db/generated/enums";
import type { ProductRules } from "./product-rules";

/** Spread into a Prisma `select` of Product. */
export const PRODUCT_RULES_SELECT = {
  id: true,
  minQuantity: true,
  maxQuantity: true,
  minQuantityPerSku: true,
  orderMultiple: true,
  saleMode: true,
  prepacks: {
    orderBy: { position: "asc" },
    select: { id: true, name: true, sizes: { orderBy: { position: "asc" }, select: { size: true, quantity: true } } },
  },
} as const;

type RulesRow = {
  id: string;
  minQuantity: number | null;
  maxQuantity: number | null;
  minQuantityPerSku: number | null;
  orderMultiple: number | null;
  saleMode: ProductSaleMode;
  prepacks: { id: string; name: string; sizes: { size: string; quantity: number }[] }[];
};

export function productRulesOf(row: RulesRow): ProductRules {
  return {
    productId: row.id,
    minQuantity: row.minQuantity,
    maxQuantity: row.maxQuantity,
    minQuantityPerSku: row.minQuantityPerSku,
    orderMultiple: row.orderMultiple,
    saleMode: row.saleMode,
    prepacks: row.prepacks,
  };
}
