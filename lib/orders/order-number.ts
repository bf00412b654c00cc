// Human-readable order numbers: the brand's prefix and a zero-padded per-brand sequence.
export function formatOrderNumber(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(6, "0")}`;
}

/** What staff type to find an order: "AO-000123", "000123" or "123" -> 123; null when there is no number in it. */
export function parseOrderNumber(text: string): number | null {
  const digits = /(\d+)\s*$/.exec(text)?.[1];
  if (!digits) return null;
  const n = Number.parseInt(digits, 10);
  return Number.isSafeInteger(n) && n <= 2_147_483_647 ? n : null;
}
