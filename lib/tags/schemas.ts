// Zod schemas of the Tags master (tags are put on orders when an OC is confirmed).
import { z } from "zod";

export const tagNameSchema = z.string().trim().min(1, "Enter the tag name.").max(40, "Use at most 40 characters.");
export const createTagSchema = z.object({ name: tagNameSchema });
export const renameTagSchema = z.object({ id: z.string().min(1), name: tagNameSchema });
export const deleteTagSchema = z.object({ id: z.string().min(1) });
