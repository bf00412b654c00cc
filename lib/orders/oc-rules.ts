// The order rules as the OC editor applies them when staff change quantities: the same engine as
// the buyer's grid and checkout (lib/order-rules), against the product's current rules, for the
// products whose quantities staff changed (an untouched product keeps what the buyer ordered).
// Units that came from prepacks stay prepacks: they count toward the minimums and the maximum but
// not toward the case pack, and going below them breaks the pack. Pure: the editor shows these
// issues in place and the server refuses them unless staff tick the override.
import { msg } from "@/lib/i18n/message-text";
import { violationMessage } from "@/lib/order-rules/messages";
import { checkProductOrder, type ProductRules, type RuleViolation } from "@/lib/order-rules/product-rules";

/** One SKU line of the OC: `packQuantity` of its units came from prepacks (0 for an added SKU). */
export type OcRuleLine = { skuId: string; productId: string; color: string; size: string; quantity: number; packQuantity: number };

export type OcRuleCode = RuleViolation["code"] | "BELOW_PACK_UNITS";

/** A broken rule: on one SKU (`skuId`) or on the product as a whole; `message` is a catalogue message. */
export type OcRuleIssue = { code: OcRuleCode; productId: string; skuId: string | null; message: string };

// Staff change quantities, not packs: the rest (a pack no longer sold, a size gone) was the buyer's
// order as placed and accepted, not something the edit broke.
const QUANTITY_RULES = new Set<OcRuleCode>(["MULTIPLE", "MIN_PER_SKU", "MIN_PRODUCT", "MAX_PRODUCT", "PACKS_ONLY"]);

function unitsBySku(lines: OcRuleLine[], productId: string): Map<string, number> {
  const units = new Map<string, number>();
  for (const l of lines) if (l.productId === productId) units.set(l.skuId, (units.get(l.skuId) ?? 0) + l.quantity);
  return units;
}

/** Products whose SKU quantities differ between the loaded OC and the edited one (added or removed lines too). */
export function changedProducts(original: OcRuleLine[], edited: OcRuleLine[]): string[] {
  const ids = [...new Set([...original, ...edited].map((l) => l.productId))];
  return ids.filter((productId) => {
    const before = unitsBySku(original, productId);
    const after = unitsBySku(edited, productId);
    return before.size !== after.size || [...after].some(([skuId, q]) => before.get(skuId) !== q);
  });
}

/**
 * Every rule the edit breaks. `rules` holds the changed products' current rules (a product without
 * an entry, e.g. deleted, is checked for its prepack units only).
 */
export function ocRuleIssues(rules: Record<string, ProductRules | undefined>, original: OcRuleLine[], edited: OcRuleLine[]): OcRuleIssue[] {
  const issues: OcRuleIssue[] = [];
  for (const productId of changedProducts(original, edited)) {
    const packUnits = new Map(original.filter((l) => l.productId === productId && l.packQuantity > 0).map((l) => [l.skuId, l.packQuantity]));
    const units = unitsBySku(edited, productId);
    for (const [skuId, fromPacks] of packUnits) {
      const quantity = units.get(skuId) ?? 0;
      if (quantity < fromPacks) issues.push({ code: "BELOW_PACK_UNITS", productId, skuId, message: msg("orders.editor.rules.belowPackUnits", { units: fromPacks, quantity }) });
    }
    const productRules = rules[productId];
    if (!productRules) continue;
    // Each SKU's prepack units as one pack of its own, so the engine counts them as packs.
    const lines = edited.filter((l) => l.productId === productId);
    const skus = lines.map((l) => ({ id: l.skuId, color: l.color, size: l.size }));
    const packed = lines.filter((l) => (packUnits.get(l.skuId) ?? 0) > 0 && l.quantity > 0);
    const check = checkProductOrder(
      { ...productRules, prepacks: packed.map((l) => ({ id: l.skuId, name: "", sizes: [{ size: l.size, quantity: Math.min(l.quantity, packUnits.get(l.skuId)!) }] })) },
      skus,
      {
        singles: lines.map((l) => ({ skuId: l.skuId, quantity: Math.max(0, l.quantity - (packUnits.get(l.skuId) ?? 0)) })),
        packs: packed.map((l) => ({ prepackId: l.skuId, color: l.color, packs: 1 })),
      },
    );
    for (const v of check.violations) {
      if (!QUANTITY_RULES.has(v.code)) continue;
      issues.push({ code: v.code, productId, skuId: "skuId" in v ? v.skuId : null, message: violationMessage(v) });
    }
  }
  return issues;
}

/**
 * Where the editor shows each issue: a SKU's beside that SKU's line, a product's beside its first
 * line; issues of a line staff removed (its prepack units) have no line and are `unplaced`.
 */
export function placeIssues(issues: OcRuleIssue[], lines: Pick<OcRuleLine, "skuId" | "productId">[]): { byLine: Map<number, string[]>; unplaced: string[] } {
  const byLine = new Map<number, string[]>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const index = lines.findIndex((l) => (issue.skuId ? l.skuId === issue.skuId : l.productId === issue.productId));
    if (index < 0) unplaced.push(issue.message);
    else byLine.set(index, [...(byLine.get(index) ?? []), issue.message]);
  }
  return { byLine, unplaced };
}
