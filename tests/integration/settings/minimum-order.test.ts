// The minimum order value through the real actions: the brand's in Settings, a catalog's and an
// order link's own overrides; typed in the currency's unit, stored in minor units as the order-rule
// engine reads them, and each bad amount refused beside its field with nothing written.
import { describe, expect, it } from "vitest";
import { saveCatalogAction } from "@/lib/catalogs/actions";
import type { CatalogFormInput } from "@/lib/catalogs/schemas";
import { prisma } from "@/lib/db/client";
import { createLinkAction, updateLinkAction } from "@/lib/links/actions";
import { getLink, getLinkFormOptions, linkFormValues } from "@/lib/links/queries";
import { effectiveMinimum } from "@/lib/order-rules/minimum-order-value";
import { updateMinimumOrderAction } from "@/lib/settings/actions";
import type { MinimumOrderRow } from "@/lib/settings/schemas";
import { createBrand, type BrandFixture } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { createLinkOptions, linkInput } from "../links/link-fixtures";

const row = (currency: string, amount = "", firstOrder = ""): MinimumOrderRow => ({ currency, amount, firstOrder });

const brandMinimum = async (f: BrandFixture) => (await prisma.brand.findUniqueOrThrow({ where: { id: f.brand.id }, select: { minimumOrder: true } })).minimumOrder;

function catalogInput(minimumOrder?: MinimumOrderRow[]): CatalogFormInput {
  return {
    name: "SS27", season: "", status: "OPEN", buyerIds: [], publicationDate: "", orderDeadline: "", discountRate: "",
    addressField: "SHOW", paymentMethods: ["PAY_OUTSIDE_APP"], shippingRateGroupIds: [], ...(minimumOrder ? { minimumOrder } : {}),
  };
}

const badAmounts: { name: string; rows: MinimumOrderRow[]; field: string; message: string }[] = [
  { name: "a negative amount", rows: [row("JPY", "-30000")], field: "minimumOrder.0.amount", message: "The amount cannot be negative." },
  { name: "text", rows: [row("JPY", "thirty thousand")], field: "minimumOrder.0.amount", message: "Enter an amount, e.g. 30000." },
  { name: "decimals in yen", rows: [row("JPY", "30000.5")], field: "minimumOrder.0.amount", message: "JPY amounts have no decimals." },
  { name: "three decimals in dollars", rows: [row("JPY", "30000"), row("USD", "", "300.125")], field: "minimumOrder.1.firstOrder", message: "Use at most 2 decimals for USD." },
  { name: "a first-order amount alone", rows: [row("USD", "", "500")], field: "minimumOrder.0.amount", message: "Enter the minimum for other orders as well (0 for none)." },
  { name: "a currency twice", rows: [row("JPY", "1000"), row("JPY", "2000")], field: "minimumOrder.1.currency", message: "JPY is listed twice." },
  { name: "an unknown currency", rows: [row("XXQ", "1000")], field: "minimumOrder.0.currency", message: "Use a three-letter currency code such as JPY or USD." },
];

describe("the brand's minimum order value (Settings > General)", () => {
  it("stores each currency's amount and first-order amount in minor units; blank rows set none", async () => {
    const a = await createBrand();
    await actAs(a.admin);
    const saved = await updateMinimumOrderAction({ minimumOrder: [row("JPY", "30,000", "50000"), row("USD", "300.50"), row("EUR")] });
    expect(saved.ok).toBe(true);
    expect(await brandMinimum(a)).toEqual({ JPY: { amount: 30000, firstOrder: 50000 }, USD: { amount: 30050, firstOrder: null } });
    // The order-rule engine reads it as stored: a first order and a reorder in yen.
    expect(effectiveMinimum({ brand: await brandMinimum(a), catalogs: [] }, "JPY", true)).toMatchObject({ amount: 50000, scope: "brand", firstOrder: true });
    expect(effectiveMinimum({ brand: await brandMinimum(a), catalogs: [] }, "JPY", false)).toMatchObject({ amount: 30000, firstOrder: false });
    expect(await prisma.auditEvent.count({ where: { brandId: a.brand.id, action: "brand.minimumOrder.update" } })).toBe(1);

    expect((await updateMinimumOrderAction({ minimumOrder: [row("JPY"), row("USD", "0")] })).ok).toBe(true);
    expect(await brandMinimum(a)).toEqual({ USD: { amount: 0, firstOrder: null } });
    expect((await updateMinimumOrderAction({ minimumOrder: [row("JPY")] })).ok).toBe(true);
    expect(await brandMinimum(a)).toBeNull();
  });

  for (const bad of badAmounts) {
    it(`refuses ${bad.name} beside the field and writes nothing`, async () => {
      const a = await createBrand();
      await prisma.brand.update({ where: { id: a.brand.id }, data: { minimumOrder: { JPY: { amount: 10000, firstOrder: null } } } });
      await actAs(a.owner);
      const result = await updateMinimumOrderAction({ minimumOrder: bad.rows });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(!result.ok && result.fieldErrors?.[bad.field]).toBe(bad.message);
      expect(await brandMinimum(a)).toEqual({ JPY: { amount: 10000, firstOrder: null } });
      expect(await prisma.auditEvent.count({ where: { brandId: a.brand.id, action: "brand.minimumOrder.update" } })).toBe(0);
    });
  }

  it("is for those who manage settings only", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    expect(await updateMinimumOrderAction({ minimumOrder: [row("JPY", "30000")] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await brandMinimum(a)).toBeNull();
  });
});

describe("a catalog's own minimum order value", () => {
  it("saves the override, keeps it when the form leaves it out, and clears it when every row is blank", async () => {
    const a = await createBrand();
    await actAs(a.staff);
    const created = await saveCatalogAction({ catalog: catalogInput([row("JPY", "20000"), row("USD", "200", "250.5")]) });
    if (!created.ok) throw new Error(created.message);
    const stored = async () => (await prisma.catalog.findUniqueOrThrow({ where: { id: created.data.id } })).minimumOrder;
    expect(await stored()).toEqual({ JPY: { amount: 20000, firstOrder: null }, USD: { amount: 20000, firstOrder: 25050 } });
    // The catalog's minimum wins over the brand's.
    expect(effectiveMinimum({ brand: { JPY: { amount: 30000 } }, catalogs: [await stored()] }, "JPY", false)).toMatchObject({ amount: 20000, scope: "catalog" });

    expect((await saveCatalogAction({ id: created.data.id, catalog: catalogInput() })).ok).toBe(true);
    expect(await stored()).toEqual({ JPY: { amount: 20000, firstOrder: null }, USD: { amount: 20000, firstOrder: 25050 } });
    expect((await saveCatalogAction({ id: created.data.id, catalog: catalogInput([row("JPY"), row("USD")]) })).ok).toBe(true);
    expect(await stored()).toBeNull();
  });

  it("refuses a bad amount beside its field, and another brand's catalog as not found; nothing written", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const catalog = await prisma.catalog.create({ data: { brandId: a.brand.id, name: "Mine", minimumOrder: { JPY: { amount: 5000 } } } });
    const theirs = await prisma.catalog.create({ data: { brandId: b.brand.id, name: "Theirs" } });
    await actAs(a.staff);
    const bad = await saveCatalogAction({ id: catalog.id, catalog: { ...catalogInput([row("JPY", "-1")]), name: "Renamed" } });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "catalog.minimumOrder.0.amount": "The amount cannot be negative." } });
    expect(await prisma.catalog.findUniqueOrThrow({ where: { id: catalog.id } })).toMatchObject({ name: "Mine", minimumOrder: { JPY: { amount: 5000 } } });
    expect(await saveCatalogAction({ id: theirs.id, catalog: catalogInput([row("JPY", "1000")]) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.catalog.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Theirs", minimumOrder: null });
  });
});

describe("an order link's own minimum order value", () => {
  it("a Customer Order Link keeps one per currency; an Instant Order Link only its own currency's", async () => {
    const a = await createBrand();
    const o = await createLinkOptions(a.brand.id);
    await actAs(a.staff);
    const customer = await createLinkAction(linkInput("CUSTOMER", [o.catalogs[0].id], { minimumOrder: [row("JPY", "40000", "60000"), row("USD", "400")] }));
    if (!customer.ok) throw new Error(customer.message);
    expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: customer.data.id } })).minimumOrder).toEqual({ JPY: { amount: 40000, firstOrder: 60000 }, USD: { amount: 40000, firstOrder: null } });

    const instant = await createLinkAction(linkInput("INSTANT", [o.catalogs[0].id], { currency: "USD", language: "EN", discountRate: "0", minimumOrder: [row("JPY", "40000"), row("USD", "300")] }));
    if (!instant.ok) throw new Error(instant.message);
    const stored = (await prisma.orderLink.findUniqueOrThrow({ where: { id: instant.data.id } })).minimumOrder;
    expect(stored).toEqual({ USD: { amount: 30000, firstOrder: null } });
    // The link's minimum wins over its catalogs' and the brand's.
    expect(effectiveMinimum({ brand: { USD: { amount: 50000 } }, catalogs: [{ USD: { amount: 100000 } }], link: stored }, "USD", false)).toMatchObject({ amount: 30000, scope: "link" });

    // The edit form reads it back as typed, a row for each currency the link may choose.
    const options = await getLinkFormOptions(a.brand.id);
    const values = linkFormValues((await getLink(a.brand.id, instant.data.id))!, options.minimumOrder.currencies);
    expect(values.minimumOrder).toContainEqual({ currency: "USD", amount: "300", firstOrder: "" });
    expect(values.minimumOrder).toContainEqual({ currency: "JPY", amount: "", firstOrder: "" });
  });

  it("refuses a bad amount on an edit beside its field and writes nothing; another brand's link is not found", async () => {
    const a = await createBrand();
    const b = await createBrand();
    const o = await createLinkOptions(a.brand.id);
    const ob = await createLinkOptions(b.brand.id);
    await actAs(b.staff);
    const theirs = await createLinkAction(linkInput("CUSTOMER", [ob.catalogs[0].id], { minimumOrder: [row("JPY", "1000")] }));
    await actAs(a.staff);
    const mine = await createLinkAction(linkInput("CUSTOMER", [o.catalogs[0].id], { minimumOrder: [row("JPY", "1000")] }));
    if (!mine.ok || !theirs.ok) throw new Error("link not created");
    const bad = await updateLinkAction({ id: mine.data.id, values: linkInput("CUSTOMER", [o.catalogs[0].id], { name: "Renamed", minimumOrder: [row("JPY", "1000.5")] }) });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "values.minimumOrder.0.amount": "JPY amounts have no decimals." } });
    expect(await prisma.orderLink.findUniqueOrThrow({ where: { id: mine.data.id } })).toMatchObject({ minimumOrder: { JPY: { amount: 1000, firstOrder: null } } });
    expect(await updateLinkAction({ id: theirs.data.id, values: linkInput("CUSTOMER", [o.catalogs[0].id], { minimumOrder: [row("JPY", "9")] }) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await prisma.orderLink.findUniqueOrThrow({ where: { id: theirs.data.id } })).minimumOrder).toEqual({ JPY: { amount: 1000, firstOrder: null } });
  });

  it("offers the currencies the brand sells in, with the brand's minimum a blank inherits", async () => {
    const a = await createBrand();
    await prisma.brand.update({ where: { id: a.brand.id }, data: { minimumOrder: { JPY: { amount: 30000, firstOrder: 50000 } } } });
    await prisma.product.create({
      data: { brandId: a.brand.id, productCode: "CUR-1", name: "Tee", skus: { create: [{ brandId: a.brand.id, code: "CUR-1-M", color: "Navy", size: "M", prices: { create: [{ currency: "JPY", wholesalePrice: 1000 }, { currency: "EUR", wholesalePrice: 700 }] } }] } },
    });
    const options = await getLinkFormOptions(a.brand.id);
    expect(options.minimumOrder).toEqual({ currencies: ["JPY", "EUR"], brandMinimum: { JPY: { amount: 30000, firstOrder: 50000 } } });
  });
});
