// What a release takes from stock: per SKU, the ordered quantity less any quantity declared
// undelivered (split delivery). Shared by the pop-up preview and the release itself so both agree.
export type AllocatableLine = { skuId: string; quantity: number; undelivered: { quantity: number }[] };

export function allocationOf(lines: AllocatableLine[]): Map<string, number> {
  const need = new Map<string, number>();
  for (const line of lines) {
    const q = line.quantity - line.undelivered.reduce((sum, u) => sum + u.quantity, 0);
    if (q > 0) need.set(line.skuId, (need.get(line.skuId) ?? 0) + q);
  }
  return need;
}
