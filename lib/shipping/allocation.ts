// What a release takes from stock, and who is served first. Shared by the pop-up preview and the
// release itself so both agree.

export type AllocatableLine = { skuId: string; quantity: number; undelivered: { quantity: number }[] };

/** Per SKU, the ordered quantity less any quantity declared undelivered (split delivery). */
export function allocationOf(lines: AllocatableLine[]): Map<string, number> {
  const need = new Map<string, number>();
  for (const line of lines) {
    const q = line.quantity - line.undelivered.reduce((sum, u) => sum + u.quantity, 0);
    if (q > 0) need.set(line.skuId, (need.get(line.skuId) ?? 0) + q);
  }
  return need;
}

export type PlacedOrder = { createdAt: Date; number: number };

/**
 * First come, first served: stock goes to orders in the order they were placed, then by order
 * number (numbers are issued in placement order, so they settle orders placed in the same
 * instant). Never the page's sort order or the order ids arrived in.
 */
export function servedFirst(a: PlacedOrder, b: PlacedOrder): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.number - b.number;
}
