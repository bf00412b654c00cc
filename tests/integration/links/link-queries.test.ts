import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createLinkAction, updateLinkStatusAction } from "@/lib/links/actions";
import { countLinksByType, getLink, getLinkHistory, listDeletedLinkActivity, listLinks } from "@/lib/links/queries";
import { linkListFilters } from "@/lib/links/schemas";
import { pageParams } from "@/lib/pagination/page-params";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { createLinkOptions, linkInput } from "./link-fixtures";

async function seedLinks() {
  const f = await createBrand();
  const o = await createLinkOptions(f.brand.id);
  await actAs(f.staff);
  const ids: Record<string, string> = {};
  for (const name of ["Spring trade show", "Autumn reorders", "spring key accounts", "Winter preview"]) {
    const r = await createLinkAction(linkInput("CUSTOMER", [o.catalogs[0].id, o.catalogs[1].id], { name }));
    if (!r.ok) throw new Error(r.message);
    ids[name] = r.data.id;
  }
  const instant = await createLinkAction(linkInput("INSTANT", [o.catalogs[0].id], { name: "Spring instant" }));
  if (!instant.ok) throw new Error(instant.message);
  await updateLinkStatusAction({ id: ids["Autumn reorders"], from: "OPEN", to: "VOID", confirmDelete: false });
  return { f, o, ids, instantId: instant.data.id };
}

describe("Links list", () => {
  it("lists one type of the brand, searches by name case-insensitively, filters by status and sorts", async () => {
    const { f } = await seedLinks();
    const other = await createBrand();
    const otherOptions = await createLinkOptions(other.brand.id);
    await actAs(other.staff);
    await createLinkAction(linkInput("CUSTOMER", [otherOptions.catalogs[0].id], { name: "Spring of another brand" }));

    const list = (search: Record<string, string>) => listLinks(f.brand.id, "CUSTOMER", linkListFilters(search), pageParams(search));
    const names = async (search: Record<string, string>) => (await list(search)).rows.map((r) => r.name);

    const ascending = await names({ sort: "name_asc" });
    expect(ascending[0]).toBe("Autumn reorders");
    expect(await names({ sort: "name_desc" })).toEqual([...ascending].reverse());
    expect((await names({ q: "SPRING" })).sort()).toEqual(["Spring trade show", "spring key accounts"].sort());
    expect(await names({ status: "VOID" })).toEqual(["Autumn reorders"]);
    expect((await names({ status: "OPEN" })).length).toBe(3);
    const first = (await list({})).rows[0];
    expect(first.name).toBe("Winter preview");
    expect(first.catalogs.map((c) => c.status)).toEqual(["OPEN", "LIMITED"]);
    expect(await countLinksByType(f.brand.id)).toEqual({ INSTANT: 1, DYNAMIC_BRAND: 0, CUSTOMER: 4 });
  });

  it("paginates with a total", async () => {
    const f = await createBrand();
    const o = await createLinkOptions(f.brand.id);
    await prisma.orderLink.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ brandId: f.brand.id, type: "DYNAMIC_BRAND" as const, token: `tok-${f.brand.id}-${i}`, name: `Link ${String(i).padStart(2, "0")}` })),
    });
    expect(o.catalogs).toHaveLength(3);
    const page2 = await listLinks(f.brand.id, "DYNAMIC_BRAND", linkListFilters({ sort: "name_asc" }), pageParams({ page: "2" }));
    expect(page2.total).toBe(30);
    expect(page2.rows.map((r) => r.name)).toEqual(["Link 25", "Link 26", "Link 27", "Link 28", "Link 29"]);
  });

  it("never reads another brand's link, history or deletions", async () => {
    const { f, ids } = await seedLinks();
    const other = await createBrand();
    expect(await getLink(other.brand.id, ids["Winter preview"])).toBeNull();
    expect(await getLinkHistory(other.brand.id, ids["Winter preview"])).toEqual([]);
    expect((await getLinkHistory(f.brand.id, ids["Autumn reorders"])).map((e) => e.action)).toEqual(["status.update", "link.create"]);
    await actAs(f.staff);
    await updateLinkStatusAction({ id: ids["Winter preview"], from: "OPEN", to: "DELETED", confirmDelete: true });
    expect((await listDeletedLinkActivity(other.brand.id, pageParams({}))).total).toBe(0);
    const log = await listDeletedLinkActivity(f.brand.id, pageParams({}));
    expect(log.rows.map((r) => [r.data, r.actorLabel])).toEqual([[{ name: "Winter preview", type: "CUSTOMER" }, f.staff.name]]);
  });
});
