import "server-only";
// The choices of the catalog form: connected buyers (for Limited) and the brand's rate groups.
import { rateGroupOptions } from "@/lib/shipping-rates/queries";
import { listConnectedBuyerOptions } from "./queries";

export async function catalogFormOptions(brandId: string) {
  const [buyers, groups] = await Promise.all([listConnectedBuyerOptions(brandId), rateGroupOptions(brandId)]);
  return {
    buyers: buyers.map((b) => ({ id: b.id, label: b.name, hint: b.closed ? `${b.country} · Closed` : b.country })),
    rateGroups: groups.map((g) => ({ id: g.id, label: g.name, hint: `${g.currency} · ${g.country ?? "All Countries"}` })),
  };
}
