// The order-rule columns of the product spreadsheet: four counts, the sale mode and the prepacks in
// a readable text form ("Size run A: S×1, M×2, L×2, XL×1; Size run B: S×2, M×2"). A product's rules
// may be given on any of its rows (the export writes them on each); blank cells mean no rule. The
// rules themselves are the order-rule engine's (lib/order-rules/schemas): this module only reads and
// writes cells. Pure, like the rest of the sheet.
import type { ProductSaleMode } from "@/lib/db/generated/enums";
import { msg } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";
// zod's own issues (a pack name too long) as catalogue keys, wherever this runs.
import "@/lib/i18n/zod-messages";
import { prepackSchema, productRulesSchema, unknownPackSizes } from "@/lib/order-rules/schemas";
import { PRODUCT_SALE_MODES } from "@/lib/products/sale-modes";

export const RULE_COLUMNS = ["Minimum per Product", "Minimum per SKU", "Order Multiple", "Maximum per Order", "Sale Mode", "Prepacks"] as const;
export type RuleColumn = (typeof RULE_COLUMNS)[number];

/** The Japanese headers a file may use instead (the first is the one documented). */
export const JAPANESE_RULE_COLUMNS: Record<RuleColumn, readonly string[]> = {
  "Minimum per Product": ["商品ごとの最低数量", "最低数量"],
  "Minimum per SKU": ["SKUごとの最低数量"],
  "Order Multiple": ["入数", "ケース単位"],
  "Maximum per Order": ["最大数量"],
  "Sale Mode": ["販売方法"],
  Prepacks: ["アソートパック"],
};

export type SheetPrepack = { name: string; sizes: { size: string; quantity: number }[] };

export type SheetRules = {
  minQuantity?: number | null;
  minQuantityPerSku?: number | null;
  orderMultiple?: number | null;
  maxQuantity?: number | null;
  saleMode?: ProductSaleMode;
  prepacks?: SheetPrepack[];
};
export type RuleField = keyof SheetRules;

export const RULE_FIELDS: Record<RuleColumn, RuleField> = {
  "Minimum per Product": "minQuantity",
  "Minimum per SKU": "minQuantityPerSku",
  "Order Multiple": "orderMultiple",
  "Maximum per Order": "maxQuantity",
  "Sale Mode": "saleMode",
  Prepacks: "prepacks",
};

/** A product's stored rules, which the columns a file leaves out keep. */
export type StoredRules = Required<SheetRules>;

export const NO_RULES: StoredRules = { minQuantity: null, minQuantityPerSku: null, orderMultiple: null, maxQuantity: null, saleMode: "SINGLES", prepacks: [] };

const MAX_COUNT = 100_000;

// Sale modes by their names in either language, and by their codes.
let saleModeNames: Map<string, ProductSaleMode> | undefined;
function saleModeByName(text: string): ProductSaleMode | undefined {
  if (!saleModeNames) {
    saleModeNames = new Map();
    for (const mode of PRODUCT_SALE_MODES) {
      saleModeNames.set(mode.toLowerCase(), mode);
      for (const locale of ["en", "ja"] as const) saleModeNames.set(translatorFor(locale)(`products.saleModes.${mode}`).toLowerCase(), mode);
    }
  }
  return saleModeNames.get(text.toLowerCase());
}

/** The sale mode as the export writes it (the documented English name). */
export function saleModeCell(mode: ProductSaleMode): string {
  return translatorFor("en")(`products.saleModes.${mode}`);
}

// Full-width separators, as typed with a Japanese keyboard, read as their ASCII forms.
const SEPARATORS: Record<string, string> = { "；": ";", "：": ":", "，": ",", "、": ",", "ｘ": "x", "Ｘ": "x", "＊": "*" };
const ITEM = /^(.+?)\s*[×xX*]\s*(\d+)$/;

/** Prepacks as the export writes them: "Size run A: S×1, M×2; Size run B: S×2". */
export function prepacksCell(packs: SheetPrepack[]): string {
  return packs.map((p) => `${p.name}: ${p.sizes.map((s) => `${s.size}×${s.quantity}`).join(", ")}`).join("; ");
}

/** A prepacks cell as packs, or the first thing wrong with it (a catalogue key). Blank: no packs. */
export function parsePrepacksCell(text: string): { packs: SheetPrepack[] } | { error: string } {
  const clean = text.replace(/[；：，、ｘＸ＊]/g, (c) => SEPARATORS[c]);
  const packs: SheetPrepack[] = [];
  for (const part of clean.split(/[;\n\r]+/)) {
    if (part.trim() === "") continue;
    // The last colon: a pack's name may hold one ("Ratio 1:2:1"), its sizes do not.
    const colon = part.lastIndexOf(":");
    if (colon < 0) return { error: msg("products.import.errors.prepacksFormat", { text: part.trim().slice(0, 60) }) };
    const sizes: SheetPrepack["sizes"] = [];
    for (const item of part.slice(colon + 1).split(",")) {
      if (item.trim() === "") continue;
      const match = ITEM.exec(item.trim());
      if (!match) return { error: msg("products.import.errors.prepacksFormat", { text: item.trim().slice(0, 60) }) };
      sizes.push({ size: match[1].trim(), quantity: Number(match[2]) });
    }
    const parsed = prepackSchema.safeParse({ name: part.slice(0, colon), sizes });
    if (!parsed.success) return { error: parsed.error.issues[0].message };
    if (packs.some((p) => p.name.toLowerCase() === parsed.data.name.toLowerCase())) return { error: msg("orderRules.errors.packNameTwice") };
    packs.push({ name: parsed.data.name, sizes: parsed.data.sizes });
  }
  return { packs };
}

/** One rule cell: its value, undefined when blank, or what is wrong with it (a catalogue key). */
export function parseRuleCell<F extends RuleField>(field: F, text: string): { value: SheetRules[F] | undefined } | { error: string } {
  const cell = text.trim();
  if (cell === "") return { value: undefined };
  if (field === "saleMode") {
    const mode = saleModeByName(cell);
    if (mode) return { value: mode as SheetRules[F] };
    const t = translatorFor("en");
    return { error: msg("products.import.errors.saleMode", { modes: PRODUCT_SALE_MODES.map((m) => `"${t(`products.saleModes.${m}`)}"`).join(", ") }) };
  }
  if (field === "prepacks") {
    const parsed = parsePrepacksCell(cell);
    return "error" in parsed ? parsed : { value: parsed.packs as SheetRules[F] };
  }
  const digits = cell.replace(/,/g, "");
  if (!/^\d+$/.test(digits) || Number(digits) < 1 || Number(digits) > MAX_COUNT) return { error: msg("products.import.errors.ruleCount", { maximum: MAX_COUNT }) };
  return { value: Number(digits) as SheetRules[F] };
}

/** The rules a product ends up with: the file's columns over what it has (or none, for a new product). */
export function mergeRules(rules: SheetRules, stored: StoredRules | null): StoredRules {
  const merged = { ...(stored ?? NO_RULES) };
  for (const field of Object.keys(rules) as RuleField[]) {
    if (rules[field] !== undefined) (merged as Record<RuleField, unknown>)[field] = rules[field];
  }
  return merged;
}

/** What is wrong with a product's rules after the import, by field: the same checks as the product form. */
export function ruleProblems(rules: StoredRules, sizes: string[]): { field: RuleField; message: string }[] {
  const problems: { field: RuleField; message: string }[] = [];
  const parsed = productRulesSchema.safeParse(rules);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (typeof issue.path[0] === "string" && issue.path[0] in NO_RULES ? issue.path[0] : "prepacks") as RuleField;
      problems.push({ field, message: issue.message });
    }
  }
  for (const message of Object.values(unknownPackSizes(rules.prepacks, sizes))) problems.push({ field: "prepacks", message });
  return problems;
}
