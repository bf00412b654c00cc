// Human-readable order numbers: the brand's prefix and a zero-padded per-brand sequence.
export function formatOrderNumber(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(6, "0")}`;
}
