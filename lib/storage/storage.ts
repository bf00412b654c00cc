import "server-only";
// Uploaded files (product and lookbook images, link videos and backgrounds). Bytes go through a
// driver (a local folder by default; S3-compatible object storage when S3_BUCKET is set); the
// StoredFile row records owner, type and size. Files are served at /files/<key>.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { prisma, type Tx } from "@/lib/db/client";
import type { StorageDriver } from "./driver";
import { s3ConfigFromEnv, s3Driver } from "./s3-driver";

export type { StorageDriver };

export function localDriver(root = process.env.STORAGE_DIR ?? path.join(process.cwd(), ".data", "uploads")): StorageDriver {
  const fileOf = (key: string) => path.join(root, ...key.split("/"));
  return {
    async put(key, bytes) {
      await mkdir(path.dirname(fileOf(key)), { recursive: true });
      await writeFile(fileOf(key), bytes);
    },
    async get(key) {
      return readFile(fileOf(key)).catch(() => null);
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

/** S3-compatible storage when S3_BUCKET is set, else the local folder. */
export function driverFromEnv(env: Record<string, string | undefined> = process.env): StorageDriver {
  const s3 = s3ConfigFromEnv(env);
  return s3 ? s3Driver(s3) : localDriver(env.STORAGE_DIR ?? path.join(process.cwd(), ".data", "uploads"));
}

let driver: StorageDriver | undefined;
export function storage(): StorageDriver {
  driver ??= driverFromEnv();
  return driver;
}

export function setStorageDriver(next: StorageDriver) {
  driver = next;
}

const SAFE_EXTENSION = /^[a-z0-9]{1,5}$/;

/** Stores the bytes and records them for the brand; returns the StoredFile row. */
export async function saveUpload(
  brandId: string,
  upload: { name: string; type: string; bytes: Uint8Array; width?: number; height?: number },
  db: Pick<Tx, "storedFile"> = prisma,
) {
  const ext = path.extname(upload.name).slice(1).toLowerCase();
  const key = `${brandId}/${randomBytes(16).toString("base64url")}${SAFE_EXTENSION.test(ext) ? `.${ext}` : ""}`;
  await storage().put(key, upload.bytes, upload.type);
  return db.storedFile.create({
    data: { brandId, key, contentType: upload.type, size: upload.bytes.byteLength, originalName: upload.name.slice(0, 255), width: upload.width, height: upload.height },
  });
}

export function fileUrl(key: string): string {
  return `/files/${key}`;
}
