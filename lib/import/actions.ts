"use server";
// Server actions of the spreadsheet import page: preview (check everything, import nothing) and
// apply one chunk of a clean, previewed file.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { brandAction } from "@/lib/actions/action-client";
import { applyImportChunk, previewImport } from "./import-products";

export const previewImportAction = brandAction({ schema: z.instanceof(FormData), permission: "catalogs.manage" }, async (form, ctx) =>
  previewImport(ctx.brand.id, form.get("file")),
);

export const applyImportChunkAction = brandAction(
  { schema: z.object({ importId: z.string().min(1).max(100), chunk: z.number().int().min(0) }), permission: "catalogs.manage" },
  async (input, ctx) => {
    const result = await applyImportChunk(ctx.brand.id, ctx.user, input.importId, input.chunk);
    if (result.done) revalidatePath("/admin/products");
    return result;
  },
);
