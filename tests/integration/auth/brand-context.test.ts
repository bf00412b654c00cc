import { describe, expect, it } from "vitest";
import { switchBrandAction, switchBuyerAction } from "@/lib/auth/actions";
import { getBrandContext, requireBrandPermission } from "@/lib/auth/context";
import { actAs } from "../../support/next-request";
import { createBrand } from "../../support/fixtures";

describe("brand context", () => {
  it("resolves the signed-in member's brand and role from the session", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const ctx = await getBrandContext();
    expect(ctx).toMatchObject({ brand: { id: a.brand.id }, role: "STAFF" });
  });

  it("ignores an active-brand cookie naming another brand", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.owner, { brandId: b.brand.id });
    expect((await getBrandContext())?.brand.id).toBe(a.brand.id);
  });

  it("answers another brand's id with not found when switching brands", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.owner);
    expect(await switchBrandAction({ brandId: b.brand.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("answers another organization's id with not found in the Buyer App", async () => {
    const a = await createBrand();
    const b = await createBrand();
    await actAs(a.buyerUser);
    expect(await switchBuyerAction({ buyerId: b.buyer.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await switchBuyerAction({ buyerId: a.buyer.id })).toEqual({ ok: true, data: { buyerId: a.buyer.id } });
  });

  it("refuses a permission the role does not have", async () => {
    const a = await createBrand();
    await actAs(a.ops);
    await expect(requireBrandPermission("links.manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireBrandPermission("shipping.manage")).resolves.toMatchObject({ role: "OPS" });
  });

  it("treats a buyer user as having no brand, and a signed-out caller as unauthenticated", async () => {
    const a = await createBrand();
    await actAs(a.buyerUser);
    await expect(requireBrandPermission()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await actAs(null);
    await expect(requireBrandPermission()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
