// How a product is sold (Product.saleMode), in the order the product form offers them; named in
// the catalogue under products.saleModes.<mode>.
import type { ProductSaleMode } from "@/lib/db/generated/enums";

export const PRODUCT_SALE_MODES = ["SINGLES", "PACKS_AND_SINGLES", "PACKS_ONLY"] as const satisfies readonly ProductSaleMode[];
