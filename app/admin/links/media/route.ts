// Upload endpoint of the link form's media (video file up to 50 MB, background image up to 3 MB).
// A route handler rather than a server action: server actions cap request bodies at 1 MB.
// Its messages are in the uploader's language, as an action's would be.
import { requireBrandPermission } from "@/lib/auth/context";
import { AppError } from "@/lib/errors/app-error";
import { msg, translateMessage } from "@/lib/i18n/message-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { saveLinkMedia } from "@/lib/links/link-media";
import { fileUrl } from "@/lib/storage/storage";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400 };

export async function POST(request: Request) {
  try {
    // Same-origin only: the session cookie must not be usable by another site's form.
    const origin = request.headers.get("origin");
    if (origin && new URL(origin).host !== (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
      throw new AppError("FORBIDDEN", msg("links.errors.otherSite"));
    }
    const ctx = await requireBrandPermission("links.manage");
    const form = await request.formData().catch(() => null);
    const kind = form?.get("kind");
    const file = form?.get("file");
    if ((kind !== "video" && kind !== "image") || !(file instanceof File)) throw new AppError("VALIDATION", msg("links.errors.noFile"));
    const saved = await saveLinkMedia(ctx.brand.id, kind, file);
    return Response.json({ ok: true, data: { id: saved.id, originalName: saved.originalName, url: fileUrl(saved.key) } });
  } catch (error) {
    const t = translatorFor(await requestLocale());
    if (error instanceof AppError) {
      return Response.json({ ok: false, code: error.code, message: translateMessage(t, error.message) }, { status: STATUS[error.code] ?? 400 });
    }
    console.error("Link media upload failed", error);
    return Response.json({ ok: false, code: "UNEXPECTED", message: t("links.errors.uploadFailed") }, { status: 500 });
  }
}
