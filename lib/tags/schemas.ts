// Zod schemas of the Tags master (tags are put on orders when an OC is confirmed). Settings › Tags
// and the confirmation modal's Create Tag validate names with the same schema.
import { z } from "zod";
import { TAG_MESSAGES } from "./messages";

export const TAG_NAME_MAX = 40;

export const tagNameSchema = z.string().trim().min(1, TAG_MESSAGES.nameRequired).max(TAG_NAME_MAX, TAG_MESSAGES.nameTooLong);
export const createTagSchema = z.object({ name: tagNameSchema });
export const renameTagSchema = z.object({ id: z.string().min(1), name: tagNameSchema });
export const deleteTagSchema = z.object({ id: z.string().min(1) });

/** Tag names are one name whatever their case ("VIP" = "vip"); the database enforces the same. */
export function sameTagName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
