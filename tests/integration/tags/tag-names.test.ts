// One rule for tag names, wherever a tag is made: unique per brand regardless of case, enforced by
// the database, with Settings › Tags refusing a taken name and the confirmation modal's Create Tag
// taking the existing tag instead.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { MIGRATIONS_DIR } from "@/lib/db/schema-engine";
import { createTagAction as createTagFromModal } from "@/lib/orders/actions";
import { createTagAction as createTagInSettings, renameTagAction } from "@/lib/tags/actions";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";
import { createOrder } from "../orders/order-fixture";

const onServer = Boolean(process.env.TEST_DATABASE_URL);

async function tagNames(brandId: string) {
  return (await prisma.tag.findMany({ where: { brandId }, orderBy: { name: "asc" } })).map((t) => t.name);
}

describe("tag names are unique per brand regardless of case", { timeout: 120_000 }, () => {
  it("Create Tag in the confirmation modal offers the existing VIP when vip is typed, and creates nothing", async () => {
    const f = await createBrand();
    await actAs(f.admin);
    const vip = await createTagInSettings({ name: "VIP" });
    expect(vip).toMatchObject({ ok: true, data: { name: "VIP", created: true } });
    await actAs(f.ops);
    const typed = await createTagFromModal({ name: "  vip " });
    expect(typed).toMatchObject({ ok: true, data: { id: vip.ok ? vip.data.id : "", name: "VIP", created: false } });
    expect(await tagNames(f.brand.id)).toEqual(["VIP"]);
    expect(await prisma.auditEvent.count({ where: { brandId: f.brand.id, action: "tag.create" } })).toBe(1);
  });

  it("Settings › Tags refuses a name the modal created in another case, for create and rename", async () => {
    const f = await createBrand();
    await actAs(f.ops);
    expect(await createTagFromModal({ name: "Rush" })).toMatchObject({ ok: true, data: { created: true } });
    await actAs(f.admin);
    expect(await createTagInSettings({ name: "RUSH" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "A tag named Rush already exists." } });
    const gift = await createTagInSettings({ name: "Gift wrap" });
    const giftId = gift.ok ? gift.data.id : "";
    expect(await renameTagAction({ id: giftId, name: "rush" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "A tag named Rush already exists." } });
    // A tag may change the case of its own name.
    expect(await renameTagAction({ id: giftId, name: "GIFT WRAP" })).toMatchObject({ ok: true });
    expect(await tagNames(f.brand.id)).toEqual(["GIFT WRAP", "Rush"]);
  });

  it("the database refuses a second tag that differs only in case, within a brand only", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await prisma.tag.create({ data: { brandId: a.brand.id, name: "VIP" } });
    const error = await prisma.tag.create({ data: { brandId: a.brand.id, name: "vip" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    const other = await prisma.tag.findFirst({ where: { brandId: a.brand.id, name: "VIP" } });
    await expect(prisma.tag.update({ where: { id: other!.id }, data: { name: "Vip" } })).resolves.toMatchObject({ name: "Vip" });
    await expect(prisma.tag.create({ data: { brandId: b.brand.id, name: "vip" } })).resolves.toMatchObject({ name: "vip" });
  });

  it("two Create Tag clicks at once, in different cases, make one tag and both get it", async () => {
    const f = await createBrand();
    await actAs(f.ops);
    for (let round = 0; round < 8; round++) {
      const name = `Launch ${round}`;
      const both = await Promise.all([createTagFromModal({ name }), createTagFromModal({ name: name.toUpperCase() })]);
      expect(both.every((r) => r.ok)).toBe(true);
      const ids = new Set(both.map((r) => (r.ok ? r.data.id : "")));
      expect(ids.size).toBe(1);
      expect(both.filter((r) => r.ok && r.data.created)).toHaveLength(1);
      expect(await prisma.tag.count({ where: { brandId: f.brand.id, name: { equals: name, mode: "insensitive" } } })).toBe(1);
    }
  });

  it.skipIf(!onServer)("a create that loses the race at the unique index gets the winner's tag (modal) or a clear message (Settings)", async () => {
    const f = await createBrand();
    // Hold an uncommitted "Gift" so the action's check misses it and its insert waits on the index.
    const race = async (call: (name: string) => Promise<unknown>) => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
      const name = `Gift ${Math.random().toString(36).slice(2, 8)}`;
      const winner = prisma.$transaction(async (tx) => {
        const tag = await tx.tag.create({ data: { brandId: f.brand.id, name } });
        inserted();
        await gate;
        return tag;
      }, { timeout: 30_000 });
      await insertedOnce;
      const loser = call(name.toLowerCase());
      await waitForLockWait();
      release();
      return { winner: await winner, loser: await loser };
    };
    await actAs(f.ops);
    const modal = await race((name) => createTagFromModal({ name }));
    expect(modal.loser).toMatchObject({ ok: true, data: { id: modal.winner.id, name: modal.winner.name, created: false } });
    await actAs(f.admin);
    const settings = await race((name) => createTagInSettings({ name }));
    expect(settings.loser).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: `A tag named ${settings.winner.name} already exists.` } });
    expect(await prisma.tag.count({ where: { brandId: f.brand.id } })).toBe(2);
  });

  it("the migration merges tags that differ only in case into the oldest, keeping their orders", async () => {
    const f = await createBrand();
    const [o1, o2, o3] = [await createOrder(f), await createOrder(f), await createOrder(f)];
    // The database as it was before the migration: case-sensitive names only.
    await prisma.$executeRawUnsafe(`DROP INDEX "Tag_brandId_lower_name_key"`);
    await prisma.$executeRawUnsafe(`CREATE UNIQUE INDEX "Tag_brandId_name_key" ON "Tag" ("brandId", "name")`);
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
    const vip = await prisma.tag.create({ data: { brandId: f.brand.id, name: "VIP", createdAt: at(1) } });
    const vipLower = await prisma.tag.create({ data: { brandId: f.brand.id, name: "vip", createdAt: at(2) } });
    const vipMixed = await prisma.tag.create({ data: { brandId: f.brand.id, name: "Vip", createdAt: at(3) } });
    const rush = await prisma.tag.create({ data: { brandId: f.brand.id, name: "Rush", createdAt: at(4) } });
    await prisma.orderTag.createMany({
      data: [{ orderId: o1.id, tagId: vipLower.id }, { orderId: o2.id, tagId: vip.id }, { orderId: o2.id, tagId: vipMixed.id }, { orderId: o3.id, tagId: rush.id }],
    });

    const dir = (await readdir(MIGRATIONS_DIR)).find((d) => d.endsWith("_tag_name_unique_ignoring_case"));
    const sql = await readFile(path.join(MIGRATIONS_DIR, dir!, "migration.sql"), "utf8");
    for (const statement of sql.split(";").filter((s) => s.replace(/--.*$/gm, "").trim())) await prisma.$executeRawUnsafe(statement);

    expect(await tagNames(f.brand.id)).toEqual(["Rush", "VIP"]);
    const tagsOf = async (orderId: string) => (await prisma.orderTag.findMany({ where: { orderId }, include: { tag: true } })).map((t) => t.tag.name).sort();
    expect(await tagsOf(o1.id)).toEqual(["VIP"]);
    expect(await tagsOf(o2.id)).toEqual(["VIP"]);
    expect(await tagsOf(o3.id)).toEqual(["Rush"]);
    await expect(prisma.tag.create({ data: { brandId: f.brand.id, name: "rush" } })).rejects.toMatchObject({ code: "P2002" });
  });
});

/** Until another connection of this database waits on a lock (the loser's insert on the index). */
async function waitForLockWait() {
  for (let i = 0; i < 200; i++) {
    const [{ waiting }] = await prisma.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("The second create never waited on the unique index.");
}
