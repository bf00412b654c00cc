import "server-only";
// Checks an uploaded image (type by its bytes, not its name; size; dimensions) before it is
// stored. Used by product images and lookbook images.
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";
import type { Tx } from "@/lib/db/client";
import { saveUpload } from "./storage";

export const MAX_IMAGE_BYTES = 3 * 1024 * 1024;
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/gif";

type ImageInfo = { type: "image/jpeg" | "image/png" | "image/webp" | "image/gif"; width: number; height: number };

/** Reads the type and pixel size from the file header; null when it is not a supported image. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47) {
    return { type: "image/png", width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 10 && ascii(0, 3) === "GIF") {
    return { type: "image/gif", width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (bytes.length >= 30 && ascii(0, 4) === "RIFF" && ascii(8, 4) === "WEBP") {
    const chunk = ascii(12, 4);
    if (chunk === "VP8X") return { type: "image/webp", width: 1 + (view.getUint32(24, true) & 0xffffff), height: 1 + (view.getUint32(27, true) & 0xffffff) };
    if (chunk === "VP8 ") return { type: "image/webp", width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    if (chunk === "VP8L") {
      const b = view.getUint32(21, true);
      return { type: "image/webp", width: 1 + (b & 0x3fff), height: 1 + ((b >> 14) & 0x3fff) };
    }
    return null;
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1];
      const length = view.getUint16(offset + 2);
      // Start-of-frame markers carry the size (C0-CF except C4 DHT, C8 JPG, CC DAC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: "image/jpeg", height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
      }
      offset += 2 + length;
    }
    return null;
  }
  return null;
}

/** 2:3 (portrait) or 3:2 (landscape), within 2 %: the advised lookbook shapes. */
export function hasAdvisedAspect(width: number, height: number): boolean {
  const ratio = width / height;
  return Math.abs(ratio - 2 / 3) < 0.02 * (2 / 3) || Math.abs(ratio - 3 / 2) < 0.02 * (3 / 2);
}

/** The image as a File from a form; throws a field error on `field` when it is not acceptable. */
export async function checkImage(file: unknown, field = "file") {
  if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", msg("products.images.errors.choose"), { [field]: msg("products.images.errors.choose") });
  if (file.size > MAX_IMAGE_BYTES) {
    throw new AppError("VALIDATION", msg("products.images.errors.tooLarge"), { [field]: msg("products.images.errors.tooLargeFile", { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }) });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const info = readImageInfo(bytes);
  if (!info || info.width === 0 || info.height === 0) {
    throw new AppError("VALIDATION", msg("products.images.errors.unsupported"), { [field]: msg("products.images.errors.unsupportedFile", { name: file.name }) });
  }
  return { name: file.name, bytes, ...info };
}

export async function storeImage(brandId: string, image: Awaited<ReturnType<typeof checkImage>>, db?: Pick<Tx, "storedFile">) {
  return saveUpload(brandId, { name: image.name, type: image.type, bytes: image.bytes, width: image.width, height: image.height }, db);
}
