// Zod schemas of the lookbook pages.
import { z } from "zod";

export const lookbookFormSchema = z.object({
  name: z.string().trim().min(1, "Enter the lookbook name.").max(120, "Use at most 120 characters."),
  status: z.enum(["PUBLIC", "DRAFT"], { message: "Choose Public or Draft." }),
});
export type LookbookFormInput = z.input<typeof lookbookFormSchema>;

export const saveLookbookSchema = z.object({ id: z.string().optional(), lookbook: lookbookFormSchema });
export const lookbookRefSchema = z.object({ id: z.string().min(1) });

export const lookbookImageSchema = z.object({
  imageId: z.string().min(1),
  caption: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .optional()
    .transform((v) => v || null),
  productIds: z.array(z.string().min(1)).max(50, "Credit at most 50 products."),
});
export const lookbookImageRefSchema = z.object({ imageId: z.string().min(1) });
