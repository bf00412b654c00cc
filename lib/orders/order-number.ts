// Human-readable order numbers: the brand's prefix and a zero-padded per-brand sequence.
export function formatOrderNumber(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(6, "0")}`;
}

const MAX_ORDER_NUMBER = 2_147_483_647; // the column is a PostgreSQL integer

/**
 * What staff type to find one of their brand's orders, as its number: the brand's own prefixed
 * number ("AO-000123", any case, the hyphen optional), or the bare number ("000123", "123") ->
 * 123. null when there is no number in it, or when it carries another prefix: "NW-000123" is
 * another brand's order, never this brand's AO-000123.
 */
export function parseOrderNumber(text: string, brandPrefix: string): number | null {
  let rest = text.trim();
  const prefix = brandPrefix.trim().toUpperCase();
  if (prefix && rest.toUpperCase().startsWith(prefix)) rest = rest.slice(prefix.length).replace(/^[\s-]+/, "");
  if (!/^\d+$/.test(rest)) return null;
  const n = Number.parseInt(rest, 10);
  return Number.isSafeInteger(n) && n <= MAX_ORDER_NUMBER ? n : null;
}
