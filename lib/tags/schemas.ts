// Zod schemas of the Tags master (tags are put on orders when an OC is confirmed). Settings › Tags
// and the confirmation modal's Create Tag validate names with the same schema, so the same mistake
// reads the same everywhere (settings.errors.tag*).
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";

export const TAG_NAME_MAX = 40;

export const tagNameSchema = z.string().trim().min(1, msg("settings.errors.tagName")).max(TAG_NAME_MAX);
export const createTagSchema = z.object({ name: tagNameSchema });
export const renameTagSchema = z.object({ id: z.string().min(1), name: tagNameSchema });
export const deleteTagSchema = z.object({ id: z.string().min(1) });

/** "A tag named VIP already exists.": a catalogue key, translated where it is shown. */
export function tagNameTakenMessage(existing: string): string {
  return msg("settings.errors.tagNameTaken", { name: existing });
}

/** Tag names are one name whatever their case ("VIP" = "vip"); the database enforces the same. */
export function sameTagName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
