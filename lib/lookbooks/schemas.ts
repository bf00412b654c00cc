// Zod schemas of the lookbook pages. Messages are catalogue keys (lib/i18n/message-text); zod's own
// issues (too long, required, ...) become validation.* keys by themselves.
import { z } from "zod";
import { msg } from "@/lib/i18n/message-text";

const MAX_CREDITS = 50;

export const lookbookFormSchema = z.object({
  name: z.string().trim().min(1, msg("lookbooks.errors.name")).max(120),
  status: z.enum(["PUBLIC", "DRAFT"], { message: msg("lookbooks.errors.status") }),
});
export type LookbookFormInput = z.input<typeof lookbookFormSchema>;

export const saveLookbookSchema = z.object({ id: z.string().optional(), lookbook: lookbookFormSchema });
export const lookbookRefSchema = z.object({ id: z.string().min(1) });

export const lookbookImageSchema = z.object({
  imageId: z.string().min(1),
  caption: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  productIds: z.array(z.string().min(1)).max(MAX_CREDITS, msg("lookbooks.errors.tooManyCredits", { max: MAX_CREDITS })),
});
export const lookbookImageRefSchema = z.object({ imageId: z.string().min(1) });
