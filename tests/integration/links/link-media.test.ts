import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/admin/links/media/route";
import { prisma } from "@/lib/db/client";
import { createLinkAction, updateLinkStatusAction } from "@/lib/links/actions";
import { localDriver, setStorageDriver } from "@/lib/storage/storage";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { createLinkOptions, linkInput } from "./link-fixtures";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "link-media-"));
  setStorageDriver(localDriver(root));
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const MP4 = new Uint8Array([0, 0, 0, 0x18, ...Buffer.from("ftypmp42"), 0, 0, 0, 0]);

function upload(kind: string, file: File, origin?: string) {
  const body = new FormData();
  body.set("kind", kind);
  body.set("file", file);
  return POST(new Request("http://localhost:3000/admin/links/media", { method: "POST", body, headers: { host: "localhost:3000", ...(origin ? { origin } : {}) } }));
}

describe("link media uploads", () => {
  it("stores a background image and a video file for the brand, usable by a link", async () => {
    const f = await createBrand();
    const o = await createLinkOptions(f.brand.id);
    await actAs(f.staff);
    const image = await upload("image", new File([PNG], "bg.png", { type: "image/png" }), "http://localhost:3000");
    expect(image.status).toBe(200);
    const imageBody = await image.json();
    expect(imageBody).toMatchObject({ ok: true, data: { originalName: "bg.png", url: expect.stringMatching(/^\/files\//) } });
    const video = await (await upload("video", new File([MP4], "clip.mp4", { type: "video/mp4" }))).json();
    expect(video.ok).toBe(true);
    expect(await prisma.storedFile.count({ where: { brandId: f.brand.id } })).toBe(2);
    expect((await readdir(path.join(root, f.brand.id))).length).toBe(2);

    const created = await createLinkAction(
      linkInput("CUSTOMER", [o.catalogs[0].id], { backgroundType: "IMAGE", backgroundImageFileId: imageBody.data.id, videoSource: "FILE", videoFileId: video.data.id }),
    );
    if (!created.ok) throw new Error(created.message);
    // Deleting the link removes its media rows and bytes.
    expect(await updateLinkStatusAction({ id: created.data.id, from: "OPEN", to: "DELETED", confirmDelete: true })).toMatchObject({ ok: true });
    expect(await prisma.storedFile.count({ where: { brandId: f.brand.id } })).toBe(0);
    expect((await readdir(path.join(root, f.brand.id))).length).toBe(0);
  });

  it.each([
    ["a text file declared as an image", "image", new File([Buffer.from("hello")], "notes.txt", { type: "text/plain" }), /JPEG, PNG or WebP image up to 3 MB/],
    ["a renamed file whose bytes are not a PNG", "image", new File([Buffer.from("GIF89a-not-a-png")], "fake.png", { type: "image/png" }), /not a real PNG/],
    ["an image over 3 MB", "image", new File([PNG, new Uint8Array(3 * 1024 * 1024)], "big.png", { type: "image/png" }), /too large/],
    ["an image sent as the video", "video", new File([PNG], "bg.png", { type: "image/png" }), /MP4 or WebM video up to 50 MB/],
    ["an empty video", "video", new File([], "empty.mp4", { type: "video/mp4" }), /empty/],
  ])("refuses %s and stores nothing", async (_name, kind, file, message) => {
    const f = await createBrand();
    await actAs(f.staff);
    const response = await upload(kind, file);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, code: "VALIDATION", message: expect.stringMatching(message) });
    expect(await prisma.storedFile.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("refuses signed-out callers, Ops staff and other sites", async () => {
    const f = await createBrand();
    await actAs(null);
    expect((await upload("image", new File([PNG], "bg.png", { type: "image/png" }))).status).toBe(401);
    await actAs(f.ops);
    expect((await upload("image", new File([PNG], "bg.png", { type: "image/png" }))).status).toBe(403);
    await actAs(f.staff);
    expect((await upload("image", new File([PNG], "bg.png", { type: "image/png" }), "https://evil.example")).status).toBe(403);
    expect(await prisma.storedFile.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("refuses another brand's uploaded file in a link", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(b.staff);
    const theirs = await (await upload("image", new File([PNG], "bg.png", { type: "image/png" }))).json();
    const o = await createLinkOptions(a.brand.id);
    await actAs(a.staff);
    const result = await createLinkAction(linkInput("CUSTOMER", [o.catalogs[0].id], { backgroundType: "IMAGE", backgroundImageFileId: theirs.data.id }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { backgroundImageFileId: expect.any(String) } });
    expect(await prisma.orderLink.count({ where: { brandId: a.brand.id } })).toBe(0);
  });
});
