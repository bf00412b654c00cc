// Fits a past order's quantities of one product to the product's rules as they are today, raising
// where raising fixes a rule (a case pack rounds up, a minimum per SKU or per product is topped up)
// and saying why; a selection that still breaks a rule (a maximum, packs no longer sold) does not
// fit, with the rule as the reason. Pure: lib/buyer-app/reorder.ts reads and writes.
import { msg } from "@/lib/i18n/message-text";
import { violationMessage } from "@/lib/order-rules/messages";
import { checkProductOrder, expandPacks, unitsPerPack, type ProductRules, type ProductSelection, type SkuRef } from "@/lib/order-rules/product-rules";

export type FitChange = { skuId?: string; pack?: { prepackId: string; color: string }; from: number; to: number; reason: string };
export type FitResult = { ok: true; selection: ProductSelection; changes: FitChange[] } | { ok: false; reason: string };

export function fitToRules(rules: ProductRules, skus: SkuRef[], selection: ProductSelection): FitResult {
  const singles = selection.singles.filter((s) => s.quantity > 0).map((s) => ({ ...s }));
  const packs = selection.packs.filter((p) => p.packs > 0).map((p) => ({ ...p }));
  const changes = new Map<string, FitChange>();
  const change = (key: string, base: Omit<FitChange, "to" | "reason">, to: number, reason: string) => {
    const earlier = changes.get(key);
    changes.set(key, { ...base, from: earlier?.from ?? base.from, to, reason });
  };
  const multiple = rules.orderMultiple && rules.orderMultiple > 1 ? rules.orderMultiple : 1;
  const roundUp = (n: number) => Math.ceil(n / multiple) * multiple;
  const packUnits = expandPacks(rules, skus, packs).units;

  for (const s of singles) {
    const minimum = rules.minQuantityPerSku ?? 0;
    const fromPacks = packUnits.get(s.skuId) ?? 0;
    let to = s.quantity;
    let reason: string | null = null;
    if (to + fromPacks < minimum) {
      to = minimum - fromPacks;
      reason = msg("buyerApp.reorder.raisedToSkuMinimum", { minimum });
    }
    if (roundUp(to) !== to) {
      to = roundUp(to);
      reason ??= msg("buyerApp.reorder.roundedToCase", { multiple });
    }
    if (to !== s.quantity) {
      change(s.skuId, { skuId: s.skuId, from: s.quantity }, to, reason!);
      s.quantity = to;
    }
  }

  const total = () => singles.reduce((sum, s) => sum + s.quantity, 0) + [...expandPacks(rules, skus, packs).units.values()].reduce((a, b) => a + b, 0);
  const missing = (rules.minQuantity ?? 0) - total();
  if (missing > 0) {
    const reason = msg("buyerApp.reorder.raisedToProductMinimum", { minimum: rules.minQuantity! });
    const pack = packs[0] && rules.prepacks.find((p) => p.id === packs[0].prepackId);
    if (singles.length > 0) {
      const s = singles[0];
      change(s.skuId, { skuId: s.skuId, from: s.quantity }, s.quantity + roundUp(missing), reason);
      s.quantity += roundUp(missing);
    } else if (pack && unitsPerPack(pack) > 0) {
      const p = packs[0];
      const more = Math.ceil(missing / unitsPerPack(pack));
      change(`${p.prepackId}:${p.color}`, { pack: { prepackId: p.prepackId, color: p.color }, from: p.packs }, p.packs + more, reason);
      p.packs += more;
    }
  }

  const check = checkProductOrder(rules, skus, { singles, packs });
  if (check.violations.length > 0) return { ok: false, reason: violationMessage(check.violations[0]) };
  return { ok: true, selection: { singles, packs }, changes: [...changes.values()] };
}

/** Two selections of one product added together (quantities of the same SKU or pack summed). */
export function sumSelections(a: ProductSelection, b: ProductSelection): ProductSelection {
  const singles = new Map<string, number>();
  for (const s of [...a.singles, ...b.singles]) singles.set(s.skuId, (singles.get(s.skuId) ?? 0) + s.quantity);
  const packs = new Map<string, { prepackId: string; color: string; packs: number }>();
  for (const p of [...a.packs, ...b.packs]) {
    const key = `${p.prepackId}:${p.color}`;
    packs.set(key, { prepackId: p.prepackId, color: p.color, packs: (packs.get(key)?.packs ?? 0) + p.packs });
  }
  return { singles: [...singles].map(([skuId, quantity]) => ({ skuId, quantity })), packs: [...packs.values()] };
}
