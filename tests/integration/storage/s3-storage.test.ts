// The S3-compatible storage driver against a real S3 server (s3rver, in process): the object
// round trip, what counts as "no file", refused credentials, and uploads served at /files/<key>.
// s3rver checks the access key but not Signature V4 bytes; tests/unit/storage/sigv4.test.ts
// checks those against AWS's published examples.
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as uploadMedia } from "@/app/admin/links/media/route";
import { GET as serveFile } from "@/app/files/[...key]/route";
import { prisma } from "@/lib/db/client";
import { S3RequestError, s3ConfigFromEnv, s3Driver, type S3Config } from "@/lib/storage/s3-driver";
import { encodePath } from "@/lib/storage/sigv4";
import { driverFromEnv, saveUpload, setStorageDriver, storage } from "@/lib/storage/storage";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { startS3Server } from "../../support/s3-server";

let s3: Awaited<ReturnType<typeof startS3Server>>;
let config: S3Config;

beforeAll(async () => {
  s3 = await startS3Server();
  config = s3.config;
  setStorageDriver(s3Driver(config));
});
afterAll(async () => {
  await s3?.stop();
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 250]);

function serve(key: string) {
  return serveFile(new Request(`http://localhost:3000/files/${key}`), { params: Promise.resolve({ key: key.split("/") }) });
}

/** The object as the S3 server itself serves it (s3rver answers unsigned reads). */
function rawObject(key: string) {
  return fetch(`${config.endpoint}/${config.bucket}/${encodePath(key)}`);
}

describe("S3 storage driver", () => {
  it("puts, gets and deletes an object, keeping its content type on the object", async () => {
    const driver = s3Driver(config);
    const key = "brand-a/round trip (1).png";
    await driver.put(key, PNG, "image/png");
    expect(await driver.get(key)).toEqual(PNG);
    const raw = await rawObject(key);
    expect(raw.status).toBe(200);
    expect(raw.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await raw.arrayBuffer())).toEqual(PNG);

    // Overwrite, then delete; deleting again is not an error.
    const json = new TextEncoder().encode('{"a":1}');
    await driver.put(key, json, "application/json");
    expect(await driver.get(key)).toEqual(json);
    await driver.delete(key);
    expect(await driver.get(key)).toBeNull();
    await expect(driver.delete(key)).resolves.toBeUndefined();
    expect((await rawObject(key)).status).toBe(404);
  });

  it("answers a missing key with null, but a missing bucket with an error", async () => {
    expect(await s3Driver(config).get("brand-a/never-stored.png")).toBeNull();
    const noBucket = s3Driver({ ...config, bucket: "no-such-bucket" });
    await expect(noBucket.get("brand-a/x.png")).rejects.toMatchObject({ status: 404, code: "NoSuchBucket" });
    await expect(noBucket.put("brand-a/x.png", PNG, "image/png")).rejects.toBeInstanceOf(S3RequestError);
  });

  it("is refused with an unknown access key and stores nothing", async () => {
    const stranger = s3Driver({ ...config, credentials: { accessKeyId: "NOT-A-KEY", secretAccessKey: "wrong-secret" } });
    const key = "brand-a/refused.png";
    await expect(stranger.put(key, PNG, "image/png")).rejects.toMatchObject({ status: 403, code: "InvalidAccessKeyId" });
    await expect(stranger.get(key)).rejects.toMatchObject({ status: 403, code: "InvalidAccessKeyId" });
    expect(await s3Driver(config).get(key)).toBeNull();
  });

  it("refuses keys that a proxy could rewrite into another path", async () => {
    const driver = s3Driver(config);
    for (const key of ["", "a/../b", "./a", "a//b"]) await expect(driver.put(key, PNG, "image/png")).rejects.toThrow("Invalid storage key");
  });
});

describe("choosing the driver from the environment", () => {
  const env = () => ({ S3_ENDPOINT: config.endpoint, S3_BUCKET: config.bucket, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" });

  it("uses S3 when S3_BUCKET is set, with us-east-1 and the AWS endpoint as defaults", async () => {
    const driver = driverFromEnv(env());
    await driver.put("brand-env/a.txt", new TextEncoder().encode("hello"), "text/plain");
    expect(new TextDecoder().decode((await s3Driver(config).get("brand-env/a.txt"))!)).toBe("hello");
    expect(s3ConfigFromEnv(env())).toMatchObject({ region: "us-east-1", endpoint: config.endpoint });
    expect(s3ConfigFromEnv({ ...env(), S3_ENDPOINT: "", S3_REGION: "eu-west-3" })).toMatchObject({ region: "eu-west-3", endpoint: "https://s3.eu-west-3.amazonaws.com" });
    expect(() => driverFromEnv({ S3_BUCKET: "b" })).toThrow("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  });

  it("uses the local folder when S3_BUCKET is not set", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "wholesale-local-"));
    const driver = driverFromEnv({ STORAGE_DIR: dir, S3_ENDPOINT: config.endpoint });
    await driver.put("brand-env/b.txt", new TextEncoder().encode("local"), "text/plain");
    expect(await readFile(path.join(dir, "brand-env", "b.txt"), "utf8")).toBe("local");
    expect(await s3Driver(config).get("brand-env/b.txt")).toBeNull();
  });
});

describe("uploads on S3 served at /files/<key>", () => {
  it("saveUpload stores the bytes in the bucket and the route serves them with their type", async () => {
    const f = await createBrand();
    const row = await saveUpload(f.brand.id, { name: "Look 1.PNG", type: "image/png", bytes: PNG, width: 1, height: 1 });
    expect(row.key).toMatch(new RegExp(`^${f.brand.id}/[A-Za-z0-9_-]+\\.png$`));
    expect(await s3Driver(config).get(row.key)).toEqual(PNG);

    const response = await serve(row.key);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(PNG.byteLength));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);

    // No row, or a row whose object is gone: not found, never another file.
    expect((await serve(`${f.brand.id}/unknown.png`)).status).toBe(404);
    await storage().delete(row.key);
    expect((await serve(row.key)).status).toBe(404);
  });

  it("an upload through the admin media route lands in the bucket and is served back", async () => {
    const f = await createBrand();
    await actAs(f.staff);
    const body = new FormData();
    body.set("kind", "image");
    body.set("file", new File([PNG], "background.png", { type: "image/png" }));
    const uploaded = await uploadMedia(new Request("http://localhost:3000/admin/links/media", { method: "POST", body, headers: { host: "localhost:3000", origin: "http://localhost:3000" } }));
    expect(uploaded.status).toBe(200);
    const { data } = (await uploaded.json()) as { data: { url: string } };
    const key = data.url.replace(/^\/files\//, "");
    const stored = await prisma.storedFile.findUniqueOrThrow({ where: { key } });
    expect(stored).toMatchObject({ brandId: f.brand.id, contentType: "image/png", size: PNG.byteLength });
    expect((await rawObject(key)).headers.get("content-type")).toBe("image/png");
    const served = await serve(key);
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
  });
});
