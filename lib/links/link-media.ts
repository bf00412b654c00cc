import "server-only";
// Media uploads of the link form (video file, background image): type checked by the declared
// type AND the file's first bytes, size capped per kind, then stored for the brand.
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import { saveUpload } from "@/lib/storage/storage";
import { LINK_MEDIA_RULES, type LinkMediaKind } from "./schemas";

function startsWith(bytes: Uint8Array, signature: number[], offset = 0) {
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Whether the bytes really are of the declared type (a renamed file is refused). */
export function matchesSignature(type: string, bytes: Uint8Array): boolean {
  switch (type) {
    case "image/jpeg":
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case "image/png":
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "image/webp":
      return startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8);
    case "video/mp4":
      return startsWith(bytes, ascii("ftyp"), 4);
    case "video/webm":
      return startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]);
    default:
      return false;
  }
}

export async function saveLinkMedia(brandId: string, kind: LinkMediaKind, file: File) {
  const rule = LINK_MEDIA_RULES[kind];
  const field = kind === "video" ? "videoFileId" : "backgroundImageFileId";
  const fail = (message: string) => new AppError("VALIDATION", message, { [field]: message });
  if (!(rule.types as readonly string[]).includes(file.type)) throw fail(msg(rule.wrongType));
  if (file.size === 0) throw fail(msg("links.errors.emptyFile"));
  if (file.size > rule.maxBytes) throw fail(msg(rule.tooLarge));
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!matchesSignature(file.type, bytes)) throw fail(msg(rule.notReal, { format: file.type.split("/")[1].toUpperCase() }));
  const stored = await saveUpload(brandId, { name: file.name || `${kind}`, type: file.type, bytes });
  return { id: stored.id, key: stored.key, originalName: stored.originalName, contentType: stored.contentType, size: stored.size };
}
