import "server-only";
// Replaces a product's prepacks with a new list, inside the caller's transaction (the product form
// and the spreadsheet import). A pack that stays keeps its id, so carts holding it keep working: it
// is matched by id (the form) or else by name (the import, which has no ids). A removed pack takes
// its cart lines with it (FK cascade); orders keep their snapshot of it.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

export type PrepackValues = { id?: string; name: string; sizes: { size: string; quantity: number }[] };

/** `fieldPrefix`: where the packs sit in the caller's form, for field errors ("rules.prepacks"). */
export async function replacePrepacks(tx: Tx, brandId: string, productId: string, packs: PrepackValues[], fieldPrefix = "rules.prepacks") {
  const existing = await tx.prepack.findMany({ where: { productId, brandId }, select: { id: true, name: true } });
  const byId = new Map(existing.map((p) => [p.id, p]));
  const matched = new Map<number, { id: string; name: string }>();
  const taken = new Set<string>();
  const fieldErrors: Record<string, string> = {};
  packs.forEach((pack, i) => {
    if (!pack.id) return;
    const found = byId.get(pack.id);
    // Another product's pack, another brand's, or one removed meanwhile: the same answer.
    if (!found) fieldErrors[`${fieldPrefix}.${i}.name`] = msg("products.errors.prepackGone", { name: pack.name });
    else {
      matched.set(i, found);
      taken.add(found.id);
    }
  });
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", msg("errors.correctFields"), fieldErrors);
  packs.forEach((pack, i) => {
    if (pack.id) return;
    const found = existing.find((p) => !taken.has(p.id) && p.name.toLowerCase() === pack.name.toLowerCase());
    if (found) {
      matched.set(i, found);
      taken.add(found.id);
    }
  });

  const removed = existing.filter((p) => !taken.has(p.id));
  if (removed.length) await tx.prepack.deleteMany({ where: { id: { in: removed.map((p) => p.id) }, brandId } });
  // Renames go through a name no pack can have, so swapping two names never meets the unique index.
  const renamed = [...matched].filter(([i, p]) => packs[i].name !== p.name);
  for (const [, p] of renamed) await tx.prepack.update({ where: { id: p.id }, data: { name: `~${p.id}` } });
  const keptIds = [...matched.values()].map((p) => p.id);
  if (keptIds.length) await tx.prepackSize.deleteMany({ where: { prepackId: { in: keptIds } } });

  const ids: string[] = [];
  for (const [position, pack] of packs.entries()) {
    const kept = matched.get(position);
    const id = kept
      ? (await tx.prepack.update({ where: { id: kept.id }, data: { name: pack.name, position }, select: { id: true } })).id
      : (await tx.prepack.create({ data: { brandId, productId, name: pack.name, position }, select: { id: true } })).id;
    ids.push(id);
  }
  const sizes = packs.flatMap((pack, i) => pack.sizes.map((s, position) => ({ prepackId: ids[i], size: s.size, quantity: s.quantity, position })));
  if (sizes.length) await tx.prepackSize.createMany({ data: sizes });
  return { ids, removed: removed.map((p) => p.name) };
}
