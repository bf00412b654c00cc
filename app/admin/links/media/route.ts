// Upload endpoint of the link form's media (video file up to 50 MB, background image up to 3 MB).
// A route handler rather than a server action: server actions cap request bodies at 1 MB.
import { requireBrandPermission } from "@/lib/auth/context";
import { AppError } from "@/lib/errors/app-error";
import { saveLinkMedia } from "@/lib/links/link-media";
import { fileUrl } from "@/lib/storage/storage";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400 };

export async function POST(request: Request) {
  try {
    // Same-origin only: the session cookie must not be usable by another site's form.
    const origin = request.headers.get("origin");
    if (origin && new URL(origin).host !== (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
      throw new AppError("FORBIDDEN", "Uploads are accepted from this site only.");
    }
    const ctx = await requireBrandPermission("links.manage");
    const form = await request.formData().catch(() => null);
    const kind = form?.get("kind");
    const file = form?.get("file");
    if ((kind !== "video" && kind !== "image") || !(file instanceof File)) throw new AppError("VALIDATION", "Choose a file to upload.");
    const saved = await saveLinkMedia(ctx.brand.id, kind, file);
    return Response.json({ ok: true, data: { id: saved.id, originalName: saved.originalName, url: fileUrl(saved.key) } });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ ok: false, code: error.code, message: error.message }, { status: STATUS[error.code] ?? 400 });
    console.error("Link media upload failed", error);
    return Response.json({ ok: false, code: "UNEXPECTED", message: "The upload failed. Please try again." }, { status: 500 });
  }
}
