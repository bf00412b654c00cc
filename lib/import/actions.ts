"use server";
// Server actions of the spreadsheet import page: preview (check everything, import nothing) and
// apply one chunk of a clean, previewed file. The preview's row problems are worded in the
// viewer's language here, like every action error.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { brandAction } from "@/lib/actions/action-client";
import { translateMessage } from "@/lib/i18n/message-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { applyImportChunk, previewImport } from "./import-products";

export const previewImportAction = brandAction({ schema: z.instanceof(FormData), permission: "catalogs.manage" }, async (form, ctx) => {
  const preview = await previewImport(ctx.brand.id, form.get("file"));
  if (preview.ok) return preview;
  const t = translatorFor(await requestLocale());
  return { ...preview, errors: preview.errors.map((error) => ({ ...error, message: translateMessage(t, error.message) })) };
});

export const applyImportChunkAction = brandAction(
  { schema: z.object({ importId: z.string().min(1).max(100), chunk: z.number().int().min(0) }), permission: "catalogs.manage" },
  async (input, ctx) => {
    const result = await applyImportChunk(ctx.brand.id, ctx.user, input.importId, input.chunk);
    if (result.done) revalidatePath("/admin/products");
    return result;
  },
);
