// The prepacks of an order as staff, the warehouse and the documents read them: "Size run A × 3
// (Navy): S ×1, M ×2, L ×2, XL ×1". An OrderPackLine keeps the pack as ordered (name, colour,
// packs, contents { size: units per pack }); its SKU units are already in the order's lines
// (OrderLine.packQuantity), so these are words, never quantities to add. Pure: server and client.
import { z } from "zod";

export type PackSize = { size: string; quantity: number };

export type OrderPack = {
  id: string;
  productId: string;
  productCode: string;
  productName: string;
  name: string;
  color: string;
  packs: number;
  sizes: PackSize[];
};

type PackLineRow = { id: string; productId: string; productCode: string; productName: string; name: string; color: string; packs: number; contents: unknown };
type LineRow = { productId: string; color: string; size: string; position: number };

const units = z.number().int().min(0).max(1_000_000);
// Written by checkout as { size: units }; a list of sizes is read too, anything else as no sizes.
const contentsSchema = z.union([z.record(z.string(), units), z.array(z.object({ size: z.string(), quantity: units }))]);

function parseContents(json: unknown): PackSize[] {
  const parsed = contentsSchema.safeParse(json);
  if (!parsed.success) return [];
  return Array.isArray(parsed.data) ? parsed.data : Object.entries(parsed.data).map(([size, quantity]) => ({ size, quantity }));
}

/**
 * The order's packs with their sizes in the order of its SKU lines (jsonb keeps no key order, and
 * "S, M, L, XL" reads better than "L, M, S, XL"); a size without a line keeps its stored place, last.
 */
export function orderPacks(packLines: PackLineRow[], lines: LineRow[]): OrderPack[] {
  return packLines.map((p) => {
    const place = (size: string) => lines.find((l) => l.productId === p.productId && l.color === p.color && l.size === size)?.position ?? Number.MAX_SAFE_INTEGER;
    const sizes = parseContents(p.contents)
      .map((s, i) => ({ ...s, i }))
      .sort((a, b) => place(a.size) - place(b.size) || a.i - b.i)
      .map(({ size, quantity }) => ({ size, quantity }));
    return { id: p.id, productId: p.productId, productCode: p.productCode, productName: p.productName, name: p.name, color: p.color, packs: p.packs, sizes };
  });
}

/** Units in one pack. */
export function unitsPerPack(pack: Pick<OrderPack, "sizes">): number {
  return pack.sizes.reduce((sum, s) => sum + s.quantity, 0);
}

/** The catalogue keys a pack's words are made of (orders.packs). */
export type PackWords = (key: "orders.packs.summary" | "orders.packs.size" | "orders.packs.separator", values?: Record<string, string | number>) => string;

/** "Size run A × 3 (Navy): S ×1, M ×2, L ×2, XL ×1", in the translator's language. */
export function packSummary(t: PackWords, pack: Pick<OrderPack, "name" | "packs" | "color" | "sizes">): string {
  const contents = pack.sizes.map((s) => t("orders.packs.size", { size: s.size, quantity: s.quantity })).join(t("orders.packs.separator"));
  return t("orders.packs.summary", { name: pack.name, packs: pack.packs, color: pack.color, contents });
}
