// A rule violation as a catalogue message (orderRules namespace), to be shown beside the quantity
// that breaks it or returned by add-to-cart and checkout; translated where it is shown.
import { msg } from "@/lib/i18n/message-text";
import type { RuleViolation } from "./product-rules";

export function violationMessage(v: RuleViolation): string {
  switch (v.code) {
    case "MULTIPLE":
      return v.lower > 0
        ? msg("orderRules.violations.multiple", { multiple: v.multiple, quantity: v.quantity, lower: v.lower, higher: v.higher })
        : msg("orderRules.violations.multipleUp", { multiple: v.multiple, quantity: v.quantity, higher: v.higher });
    case "MIN_PER_SKU":
      return msg("orderRules.violations.minPerSku", { minimum: v.minimum, quantity: v.quantity });
    case "MIN_PRODUCT":
      return msg("orderRules.violations.minProduct", { minimum: v.minimum, quantity: v.quantity });
    case "MAX_PRODUCT":
      return msg("orderRules.violations.maxProduct", { maximum: v.maximum, quantity: v.quantity });
    case "PACKS_ONLY":
      return msg("orderRules.violations.packsOnly");
    case "NO_PACKS":
      return msg("orderRules.violations.noPacks");
    case "UNKNOWN_PACK":
      return msg("orderRules.violations.unknownPack");
    case "PACK_SIZE_MISSING":
      return msg("orderRules.violations.packSizeMissing", { pack: v.packName, size: v.size, color: v.color });
  }
}
