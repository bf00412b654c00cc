import "server-only";
// The choices of the catalog form: connected buyers (for Limited), the brand's rate groups, and the
// currencies of its minimum order value (with the brand's own minimum, which a blank inherits).
// Buyers come as the first BUYER_OPTION_LIMIT alphabetically plus the ones already granted; the
// form searches the rest (searchBuyerOptionsAction).
import { minimumOrderContext } from "@/lib/settings/queries";
import { rateGroupOptions } from "@/lib/shipping-rates/queries";
import { BUYER_OPTION_LIMIT, connectedBuyerOptionsById, searchConnectedBuyerOptions } from "./queries";

export async function catalogFormOptions(brandId: string, grantedBuyerIds: string[] = []) {
  const [buyers, granted, groups, minimumOrder] = await Promise.all([
    searchConnectedBuyerOptions(brandId, ""),
    connectedBuyerOptionsById(brandId, grantedBuyerIds),
    rateGroupOptions(brandId),
    minimumOrderContext(brandId),
  ]);
  return {
    buyers,
    grantedBuyers: granted,
    buyerLimit: BUYER_OPTION_LIMIT,
    // The form words the hint (currency · country, or All Countries) in the viewer's language.
    rateGroups: groups.map((g) => ({ id: g.id, label: g.name, currency: g.currency, country: g.country })),
    brandMinimum: minimumOrder.brandMinimum,
    currencies: minimumOrder.currencies,
  };
}
